import { DayOfWeek } from "../schedule/day-of-week";

/** Support hours on some days of the week, in the support hours' time zone, e.g. Monday to Friday 08:00-18:00. */
export interface SupportDays {
  /** The days; each day of the week in at most one entry of `supportDays`. */
  readonly days: DayOfWeek[];
  /** When support starts on each of the days, `HH:mm` from `00:00` to `23:59`. */
  readonly start: string;
  /**
   * When support ends on each of the days, `HH:mm` after `start`; `23:59` for the end of the day
   * (iLert's own form of a day's end).
   */
  readonly end: string;
}
