import { IConstruct } from "constructs";
import { fail, isUnresolved } from "../../../core/validate";

/**
 * The ISO-8601 durations the library lets through to iLert (layer rotations, default shift
 * durations): whole days `P<n>D` or whole hours `PT<n>H`, n > 0, without leading zeros. iLert
 * documents no grammar; every form it shows is one of these (`P1D`, `P7D`, `PT8H`, `PT24H` in the
 * provider's docs, examples and tests and in ilert-go's comments; the UI rotates in "days or
 * weeks", and the provider's docs write a week `P7D`), so this is the conservative set. UNCERTAIN
 * whether iLert also takes weeks, minutes or mixed units; calendar months and years are refused in
 * any case, having no fixed length. See docs/provider-fidelity.md.
 */
const ILERT_DURATION = /^P(?:[1-9]\d*D|T[1-9]\d*H)$/;

/** The accepted form, in words, for messages. */
const ILERT_DURATION_TEXT = 'whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"';

/**
 * Any ISO-8601 duration of whole units: `P`, then years, months, days (or weeks alone), and after
 * `T` hours, minutes, seconds. Fractions are not read.
 */
const ISO_DURATION = /^P(?!$)(?:(\d+)W|(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

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

/**
 * The units of any ISO-8601 duration of whole units (not only the forms {@link checkIsoDuration}
 * accepts); undefined when it is not one, or is zero.
 */
export function parseIsoDuration(value: unknown): IsoDuration | undefined {
  const match = typeof value === "string" ? ISO_DURATION.exec(value) : null;
  if (!match) return undefined;
  const [weeks, years, months, days, hours, minutes, seconds] = match.slice(1).map((n) => Number(n ?? 0));
  const duration = { years, months, days: days + 7 * weeks, hours, minutes, seconds };
  // A zero duration (`P0D`, `PT0S`) matches the grammar but cannot be a shift or a rotation.
  return Object.values(duration).some((n) => n > 0) ? duration : undefined;
}

/**
 * How to rewrite `value` in a form iLert takes, or undefined when it is no ISO-8601 duration of
 * whole units (the caller's fix applies).
 */
function rewrite(value: string): string | undefined {
  if (!ISO_DURATION.test(value)) return undefined;
  const duration = parseIsoDuration(value);
  if (duration === undefined) return "give a duration greater than zero";
  const { years, months, days, hours, minutes, seconds } = duration;
  if (years > 0 || months > 0) return 'calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"';
  const totalSeconds = ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
  if (totalSeconds % 86400 === 0) return `write it as "P${totalSeconds / 86400}D"`;
  if (totalSeconds % 3600 === 0) return `write it as "PT${totalSeconds / 3600}H"`;
  return "iLert rotates in whole hours or days; round it to whole hours";
}

/** Checks a required iLert duration (a token passes); `fix` says how to fix a value that is no ISO-8601 duration. */
export function checkIsoDuration(scope: IConstruct, prop: string, value: unknown, fix: string): void {
  if (isUnresolved(value)) return;
  if (typeof value === "string" && ILERT_DURATION.test(value)) return;
  fail(scope, prop, value, ILERT_DURATION_TEXT, (typeof value === "string" && rewrite(value)) || fix);
}
