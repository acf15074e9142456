import { ProviderEnum } from "../../core/provider-enum";

/**
 * How incoming Datadog events become iLert alerts (`alert_creation`).
 * `ONE_ALERT_GROUPED_PER_WINDOW` and `INTELLIGENT_GROUPING` need an `alertGroupingWindow`.
 */
export class AlertCreation extends ProviderEnum {
  /** A new alert for every event (iLert's name comes from email sources). The provider's default. */
  public static readonly ONE_ALERT_PER_EMAIL = new AlertCreation("ONE_ALERT_PER_EMAIL");
  /** One alert per distinct event title. */
  public static readonly ONE_ALERT_PER_EMAIL_SUBJECT = new AlertCreation("ONE_ALERT_PER_EMAIL_SUBJECT");
  /** At most one pending (unaccepted) alert; further events are appended to it. */
  public static readonly ONE_PENDING_ALERT_ALLOWED = new AlertCreation("ONE_PENDING_ALERT_ALLOWED");
  /** At most one open alert; further events are appended to it. */
  public static readonly ONE_OPEN_ALERT_ALLOWED = new AlertCreation("ONE_OPEN_ALERT_ALLOWED");
  /** Open and resolve by an extracted alert key. */
  public static readonly OPEN_RESOLVE_ON_EXTRACTION = new AlertCreation("OPEN_RESOLVE_ON_EXTRACTION");
  /** Group events arriving within `alertGroupingWindow` into one alert. */
  public static readonly ONE_ALERT_GROUPED_PER_WINDOW = new AlertCreation("ONE_ALERT_GROUPED_PER_WINDOW");
  /** Group similar events (iLert's similarity scoring) within `alertGroupingWindow`. */
  public static readonly INTELLIGENT_GROUPING = new AlertCreation("INTELLIGENT_GROUPING");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): AlertCreation {
    return new AlertCreation(value, true);
  }

  /** Whether this mode needs `alertGroupingWindow` (and accepts it). */
  public get needsGroupingWindow(): boolean {
    return this === AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW || this === AlertCreation.INTELLIGENT_GROUPING;
  }
}
