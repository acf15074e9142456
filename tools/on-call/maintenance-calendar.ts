// Maintenance windows in the on-call calendar: the shape of one window's occurrences; how they are
// computed and written as Markdown is private/maintenance-calendar.ts, as iCalendar icalendar.ts.
import { DeclaredMaintenanceWindow } from "./declared-maintenance";
import { Occurrence } from "./recurrence";

/** One maintenance window's occurrences in the calendar's window. */
export interface MaintenanceCalendar {
  /** The window. */
  readonly maintenance: DeclaredMaintenanceWindow;
  /** The name of its iCalendar file (`--format ics`), unique in the calendar, e.g. `prod-maintenance-database-patches.ics`. */
  readonly icsFile: string;
  /** When it mutes its monitors, in time order (a one-time window without end: to the end of the calendar); empty when `error` is set. */
  readonly occurrences: readonly Occurrence[];
  /**
   * Why the occurrences could not be computed (a rule the calendar does not expand, a start Datadog sets itself).
   * @default - unset when the occurrences were computed
   */
  readonly error?: string;
}
