import { SupportStatus } from "./support-status";

/**
 * Whole days on which support hours do not apply as the week says, e.g. a public holiday (outside
 * support hours) or a staffed weekend (inside), in the support hours' time zone.
 */
export interface SupportHoursException {
  /** Its name, e.g. `Christmas`, 1-255 bytes. */
  readonly name: string;
  /** The first day, `YYYY-MM-DD`. */
  readonly firstDay: string;
  /**
   * The last day (included), `YYYY-MM-DD`, not before `firstDay`.
   * @default - `firstDay`: one day
   */
  readonly lastDay?: string;
  /**
   * Whether the days are inside or outside support hours.
   * @default SupportStatus.OUTSIDE (a holiday; the library always writes the status, whose provider default is DURING)
   */
  readonly supportStatus?: SupportStatus;
}
