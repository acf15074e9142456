// Which days an on-call calendar can cover, decided once for the calendar (on-call-calendar.ts) and
// for the `oncall` command's options (cli/args.ts); docs/on-call-calendar.md says why.

/**
 * The first day a calendar can cover. The tz database (which `Intl` reads) records the time zones'
 * rules reliably from 1970 on only.
 */
export const CALENDAR_FIRST_DAY = "1970-01-01";

/**
 * The last day a calendar can cover: the end of that day is in year 9999 in UTC in every time zone
 * (UTC-12 at most), and iCalendar writes four-digit years only.
 */
export const CALENDAR_LAST_DAY = "9999-12-30";

/** The most days one calendar covers (ten years). */
export const MAX_CALENDAR_DAYS = 3660;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` has the form `YYYY-MM-DD` but lies outside the range (`0050-01-01`, `9999-12-31`). */
export function isOutsideCalendarRange(text: string): boolean {
  // In this fixed-width form, text order is date order.
  return DAY.test(text) && (text < CALENDAR_FIRST_DAY || text > CALENDAR_LAST_DAY);
}

/** The UTC midnight of `text`, a day `YYYY-MM-DD` of the calendar's range, or `undefined` (not a real date, such as `2026-02-30`, or outside the range). */
export function calendarDay(text: string): number | undefined {
  const match = DAY.exec(text);
  // Years of the range have four digits from 1970 on, so Date.UTC reads them as they are (not 0-99 as 1900-1999).
  const day = match && !isOutsideCalendarRange(text) ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  return !Number.isNaN(day) && new Date(day).toISOString().slice(0, 10) === text ? day : undefined;
}

/** The most days a calendar from `first` (a day of the range) can cover: {@link MAX_CALENDAR_DAYS}, fewer near the range's end. */
export function maxDaysFrom(first: number): number {
  return Math.min(MAX_CALENDAR_DAYS, Math.round((calendarDay(CALENDAR_LAST_DAY)! - first) / 86_400_000) + 1);
}
