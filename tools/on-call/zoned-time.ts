// Time-zone arithmetic with Intl only. A "wall" time is a zone's local date and clock reading,
// held as the milliseconds at which UTC shows the same reading (Date.UTC of the local fields), so
// that calendar arithmetic on it is plain UTC arithmetic and no zone offset leaks into it.
import { describeValue } from "../../constructs/core/shown-text";

/** Milliseconds in a calendar day (of wall time). */
export const DAY_MS = 86_400_000;

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = FORMATTERS.get(timeZone);
  if (format === undefined) {
    // Throws a RangeError for a time zone Intl does not know.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    FORMATTERS.set(timeZone, format);
  }
  return format;
}

const HOUR_MS = 3_600_000;

/** Per time zone, its offset (wall time minus instant, whole seconds) at each whole UTC hour asked about. */
const OFFSETS = new Map<string, Map<number, number>>();

/** The wall time `timeZone` shows at `instant` (epoch milliseconds). */
export function wallTime(instant: number, timeZone: string): number {
  // Asking Intl costs microseconds, and a calendar asks for every hand-over and day; a zone's offset
  // changes at most once in an hour (once in two days, see instantOf), so where the offsets at the
  // whole hours before and after agree, that offset holds in between.
  const hour = Math.floor(instant / HOUR_MS) * HOUR_MS;
  const offset = offsetAt(hour, timeZone);
  return offset === offsetAt(hour + HOUR_MS, timeZone) ? instant + offset : intlWallTime(instant, timeZone);
}

function offsetAt(hour: number, timeZone: string): number {
  let zone = OFFSETS.get(timeZone);
  if (zone === undefined) OFFSETS.set(timeZone, (zone = new Map()));
  let offset = zone.get(hour);
  // Stryker disable next-line ConditionalExpression: equivalent, asking Intl every time gives the same offsets, only slower
  if (offset === undefined) {
    // A bound on what a long-lived process keeps: some 110 years of hours.
    // Stryker disable next-line EqualityOperator: where the cache is cleared (at a million hours, one more, or every hour) changes no offset, only the time
    if (zone.size >= 1_000_000) zone.clear();
    offset = intlWallTime(hour, timeZone) - hour;
    zone.set(hour, offset);
  }
  return offset;
}

/** The wall time `timeZone` shows at `instant`, as Intl tells it. */
function intlWallTime(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const millis = ((instant % 1000) + 1000) % 1000;
  // Intl counts years before year 1 as years "BC": 1 BC is year 0.
  const year = parts.find((p) => p.type === "era")?.value === "BC" ? 1 - field("year") : field("year");
  return utcMillis(year, field("month") - 1, field("day"), field("hour"), field("minute"), field("second")) + millis;
}

/** `Date.UTC`, but for every year: Date.UTC reads years 0 to 99 as 1900 to 1999. */
export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  // A fast path: the setters below give the same for any year at three times the cost, and the rotation
  // engine asks at least three times a turn.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, skipping the fast path (always, or for year 100) gives the same milliseconds
  if (year >= 100) return Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second);
  return date.getTime();
}

/**
 * The instant at which `timeZone` shows the wall time `wall`. A wall time skipped by a clock change
 * (02:30 on a spring-forward night) is moved forward by the length of the gap (03:30 summer time);
 * a wall time that occurs twice (02:30 on a fall-back night) is its first occurrence. This is the
 * "compatible" disambiguation of JavaScript's Temporal and of RFC 5545 (section 3.3.5).
 */
export function instantOf(wall: number, timeZone: string): number {
  // The zone's offsets a day either side; a zone changes its offset at most once in two days.
  const before = wallTime(wall - DAY_MS, timeZone) - (wall - DAY_MS);
  const after = wallTime(wall + DAY_MS, timeZone) - (wall + DAY_MS);
  const valid = [wall - before, wall - after].filter((t) => wallTime(t, timeZone) === wall);
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall time of a schedule date-time `YYYY-MM-DDTHH:mm` (`T24:00`: the next day's 00:00); throws for anything else. */
export function parseLocalDateTime(value: string): number {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) throw new Error(`not a schedule date-time "YYYY-MM-DDTHH:mm": ${describeValue(value)}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return utcMillis(year, month - 1, day, hour, minute);
}

/** `YYYY-MM-DD HH:mm` of a wall time, for people. */
export function formatWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 16).replace("T", " ");
}

/** Whether `tz` is UTC under any of its names (`Etc/UTC`, `UTC`, ...); false for a zone Intl does not know. */
export function isUtc(tz: string): boolean {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone === "UTC";
  } catch {
    return false; // not a time zone Intl knows: shown as given, beside UTC
  }
}
