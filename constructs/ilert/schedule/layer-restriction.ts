import { DayOfWeek } from "./day-of-week";

/** A point in the week, in the schedule's time zone. */
export interface TimeOfWeek {
  /** The day. */
  readonly day: DayOfWeek;
  /** The time of day, `HH:mm` from `00:00` to `23:59`. */
  readonly time: string;
}

/**
 * A window of the week in which a layer is active, e.g. from Monday 09:00 to Monday 17:00. A window
 * may wrap into the next week (Friday 18:00 to Monday 08:00). (The provider calls the two ends
 * `from` and `to`; `from` is a reserved word in Python.)
 */
export interface LayerRestriction {
  /** Where the window starts. */
  readonly start: TimeOfWeek;
  /** Where the window ends. */
  readonly end: TimeOfWeek;
}
