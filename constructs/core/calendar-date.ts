/**
 * Dates of the proleptic Gregorian calendar, as the providers write them (`YYYY-MM-DD` and the
 * date-times built on it), checked without `Date`: `Date.UTC` reads years 0-99 as 1900-1999, and
 * `Date.parse` accepts days such as February 30 in some forms.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year`-`month`-`day` (month 1-12) is a day of the calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // A month outside 1-12 (or not an integer) has no entry, so no day.
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/** A date `YYYY-MM-DD`, year 0000 to 9999. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real date `YYYY-MM-DD`. */
export function isDate(value: unknown): value is string {
  const match = typeof value === "string" ? DATE_PATTERN.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
