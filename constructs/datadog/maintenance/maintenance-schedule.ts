/** A planned window that happens once. */
export interface OneTimeMaintenanceProps {
  /** When it starts: an ISO 8601 date-time with `Z` or an offset, e.g. `2026-12-24T22:00:00Z` or `2026-12-24T23:00+01:00`. */
  readonly start: string;
  /** When it ends, after `start`, in the same form. */
  readonly end: string;
  /**
   * IANA time zone Datadog shows the times in (`display_timezone`), e.g. `Europe/Berlin`.
   * @default - Datadog's default, UTC
   */
  readonly timezone?: string;
}

/** One recurrence of a recurring window: a start, a rule and a length. */
export interface MaintenanceRecurrence {
  /**
   * The recurrence rule (RFC 5545 `RRULE`), e.g. `FREQ=WEEKLY;BYDAY=TU`, without `DTSTART`, `DTEND`
   * or `DURATION` (given by `start` and `duration`).
   */
  readonly rrule: string;
  /**
   * The first occurrence: a local date-time `YYYY-MM-DDTHH:mm` (or with `:ss`) in the schedule's
   * time zone; each occurrence starts at its time of day.
   */
  readonly start: string;
  /** How long each occurrence lasts: whole minutes, hours, days or weeks, e.g. `90m`, `2h`, `1d`, `1w`. */
  readonly duration: string;
}

/** A planned window that recurs. */
export interface RecurringMaintenanceProps {
  /** IANA time zone the recurrences are computed in, e.g. `Europe/Berlin`. */
  readonly timezone: string;
  /** One to five recurrences (Datadog's limit). */
  readonly recurrences: MaintenanceRecurrence[];
}

/** When a maintenance window mutes its monitors: once, or on a recurrence. */
export class MaintenanceSchedule {
  /** A window that happens once, from `start` to `end`. */
  public static once(props: OneTimeMaintenanceProps): MaintenanceSchedule {
    return new MaintenanceSchedule(props);
  }

  /** A window that recurs by up to five recurrence rules, e.g. every Tuesday 22:00-24:00. */
  public static recurring(props: RecurringMaintenanceProps): MaintenanceSchedule {
    return new MaintenanceSchedule(undefined, props);
  }

  private constructor(
    /** The one-time window; undefined for a recurring one. */
    public readonly oneTimeProps?: OneTimeMaintenanceProps,
    /** The recurrences; undefined for a one-time window. */
    public readonly recurringProps?: RecurringMaintenanceProps,
  ) {}
}
