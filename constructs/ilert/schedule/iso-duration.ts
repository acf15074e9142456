import { IConstruct } from "constructs";
import { fail, isUnresolved } from "../../core/validate";

/**
 * ISO-8601 durations as iLert reads them (schedule rotations, default shift durations): `P`, then
 * whole numbers of years, months, days (or weeks alone), and after `T` hours, minutes, seconds,
 * e.g. `P7D`, `P1W`, `PT12H`, `P1DT12H`. Fractions are not accepted: iLert rotates in whole units.
 */
const ISO_DURATION = /^P(?!$)(?:(\d+)W|(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

/** The accepted form, in words, for messages. */
const ISO_DURATION_TEXT = 'an ISO-8601 duration of whole units greater than zero, e.g. "P1D", "P7D", "P14D" or "PT12H"';

/** The whole units of an ISO-8601 duration (weeks are given as 7 days). */
export interface IsoDuration {
  /** Calendar years. */
  readonly years: number;
  /** Calendar months. */
  readonly months: number;
  /** Days, weeks included. */
  readonly days: number;
  /** Hours. */
  readonly hours: number;
  /** Minutes. */
  readonly minutes: number;
  /** Seconds. */
  readonly seconds: number;
}

/** The units of an ISO-8601 duration as iLert reads them; undefined when it is not one, or is zero. */
export function parseIsoDuration(value: unknown): IsoDuration | undefined {
  const match = typeof value === "string" ? ISO_DURATION.exec(value) : null;
  if (!match) return undefined;
  const [weeks, years, months, days, hours, minutes, seconds] = match.slice(1).map((n) => Number(n ?? 0));
  const duration = { years, months, days: days + 7 * weeks, hours, minutes, seconds };
  // A zero duration (`P0D`, `PT0S`) matches the grammar but cannot be a shift or a rotation.
  return Object.values(duration).some((n) => n > 0) ? duration : undefined;
}

/** Checks a required ISO-8601 duration (a token passes). */
export function checkIsoDuration(scope: IConstruct, prop: string, value: unknown, fix: string): void {
  if (isUnresolved(value)) return;
  if (parseIsoDuration(value) === undefined) fail(scope, prop, value, ISO_DURATION_TEXT, fix);
}
