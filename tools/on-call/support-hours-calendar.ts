// Support hours and holidays in the on-call calendar: the shape of one support hours' days and what the
// calendar chose where iLert is silent; how the days are computed and written as Markdown is
// private/support-hours-calendar.ts, as iCalendar icalendar.ts.
import { EXCEPTION_DATES_CHOICE } from "../../constructs/ilert/alert-source/private/exception-dates";
import { DeclaredException, DeclaredSupportHours, HoursOfDay } from "./declared-support-hours";

/** The support of one day, in the support hours' time zone. */
export interface SupportDay {
  /** The day, `YYYY-MM-DD`. */
  readonly day: string;
  /**
   * The hours of support, `HH:mm` (`24:00`: to midnight).
   * @default - none: no support that day
   */
  readonly hours?: HoursOfDay;
  /**
   * The exception that applies to the day.
   * @default - none: the week's hours apply
   */
  readonly exception?: DeclaredException;
}

/** A period of support (UTC). */
export interface SupportPeriod {
  /** When it starts. */
  readonly start: Date;
  /** When it ends. */
  readonly end: Date;
  /**
   * The name of the exception that makes it (a day with support all day).
   * @default - none: the week's hours
   */
  readonly exception?: string;
}

/** One declared support hours' days in the window. */
export interface SupportHoursCalendar {
  /** The support hours. */
  readonly supportHours: DeclaredSupportHours;
  /** The name of its iCalendar file (`--format ics`), unique in the calendar, e.g. `prod-support-hours-office-hours.ics`. */
  readonly icsFile: string;
  /** Each day of the window; empty when `error` is set. */
  readonly days: readonly SupportDay[];
  /** The periods of support, in time order; empty when `error` is set. */
  readonly periods: readonly SupportPeriod[];
  /** The exceptions that cover a day of the window. */
  readonly exceptions: readonly DeclaredException[];
  /**
   * Why the days could not be computed (e.g. an exception's day that is a Terraform reference).
   * @default - unset when the days were computed
   */
  readonly error?: string;
}

/**
 * Where iLert does not document how support hours apply, what the calendar chose; printed with
 * calendars that show support hours.
 */
export const SUPPORT_HOURS_CHOICES: Readonly<Record<string, string>> = {
  holidayDates: `An exception's start and end are ${EXCEPTION_DATES_CHOICE} (exceptionBounds).`,
  holidayDays:
    "An exception covers its days whole, from midnight to midnight in the support hours' time zone: DURING is support all day, OUTSIDE none; another status leaves the week's hours (supportHoursCalendar).",
  holidayOverlaps: "Where exceptions overlap, the one listed later wins, as a later layer does (supportHoursCalendar).",
};
