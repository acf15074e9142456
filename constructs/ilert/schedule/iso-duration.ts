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

/** Checks a required ISO-8601 duration (a token passes). */
export function checkIsoDuration(scope: IConstruct, prop: string, value: unknown, fix: string): void {
  if (isUnresolved(value)) return;
  const match = typeof value === "string" ? ISO_DURATION.exec(value) : null;
  // A zero duration (`P0D`, `PT0S`) matches the grammar but cannot be a shift or a rotation.
  if (!match || match.slice(1).every((n) => n === undefined || Number(n) === 0)) fail(scope, prop, value, ISO_DURATION_TEXT, fix);
}
