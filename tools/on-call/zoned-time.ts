// Time-zone arithmetic with Intl only. A "wall" time is a zone's local date and clock reading,
// held as the milliseconds at which UTC shows the same reading (Date.UTC of the local fields), so
// that calendar arithmetic on it is plain UTC arithmetic and no zone offset leaks into it.

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
    });
    FORMATTERS.set(timeZone, format);
  }
  return format;
}

/** The wall time `timeZone` shows at `instant` (epoch milliseconds). */
export function wallTime(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second")) + millis;
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

/** The wall time of a schedule date-time `YYYY-MM-DDTHH:mm`; throws for anything else. */
export function parseLocalDateTime(value: string): number {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) throw new Error(`not a schedule date-time "YYYY-MM-DDTHH:mm": ${JSON.stringify(value)}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** `YYYY-MM-DD HH:mm` of a wall time, for people. */
export function formatWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 16).replace("T", " ");
}
