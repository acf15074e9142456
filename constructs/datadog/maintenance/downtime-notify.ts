import { ProviderEnum } from "../../core/provider-enum";

/** A monitor state that notifies when a downtime ends (`notify_end_states`). */
export class DowntimeNotifyEndState extends ProviderEnum {
  /** The monitor is alerting. */
  public static readonly ALERT = new DowntimeNotifyEndState("alert");
  /** The monitor has no data. */
  public static readonly NO_DATA = new DowntimeNotifyEndState("no data");
  /** The monitor is warning. */
  public static readonly WARN = new DowntimeNotifyEndState("warn");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): DowntimeNotifyEndState {
    return new DowntimeNotifyEndState(value, true);
  }
}

/** How a downtime ending notifies monitors still in a `notify_end_states` state (`notify_end_types`). */
export class DowntimeNotifyEndType extends ProviderEnum {
  /** When the downtime is canceled (e.g. by `terraform destroy`). */
  public static readonly CANCELED = new DowntimeNotifyEndType("canceled");
  /** When the downtime expires at its end. */
  public static readonly EXPIRED = new DowntimeNotifyEndType("expired");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): DowntimeNotifyEndType {
    return new DowntimeNotifyEndType(value, true);
  }
}
