import { isDate } from "../../../core/calendar-date";

/**
 * How an exception's days (a holiday) are written to iLert's `exception.start` / `exception.end`,
 * and read back from a synthesized stack: the one place to change when iLert's form is known.
 *
 * UNCERTAIN (docs/on-call.md#holidays-exceptions-of-support-hours): iLert's OpenAPI types both as
 * `date` (`YYYY-MM-DD`), ilert-go 3.19.0's comment says "Date time string in ISO format", the
 * provider's docs "date and time". Chosen: the OpenAPI's form, the first and the last day (both
 * included), as the API's own schema is the most direct statement of what it accepts. Whole days
 * are the unit either way: they can be written in each of the candidate forms.
 */
export const EXCEPTION_DATES_CHOICE =
  "the first and the last day as dates \"YYYY-MM-DD\" (iLert's OpenAPI types both as date; ilert-go and the provider's docs say date and time: UNCERTAIN)";

/** An exception's days, both included, as `YYYY-MM-DD` in the support hours' time zone. */
export interface ExceptionDays {
  /** The first day. */
  readonly firstDay: string;
  /** The last day (included). */
  readonly lastDay: string;
}

/** The provider's `start` and `end` of an exception covering `days`. */
export function exceptionBounds(days: ExceptionDays): { start: string; end: string } {
  return { start: days.firstDay, end: days.lastDay };
}

/** The days of an exception from its synthesized `start` and `end` (as {@link exceptionBounds} wrote them), if they are that form. */
export function readExceptionBounds(start: unknown, end: unknown): ExceptionDays | undefined {
  return isDate(start) && isDate(end) ? { firstDay: start, lastDay: end } : undefined;
}
