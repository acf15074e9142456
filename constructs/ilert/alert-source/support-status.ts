import { ProviderEnum } from "../../core/provider-enum";

/** Whether an exception of support hours (a holiday) counts as inside or outside them (`support_status`). */
export class SupportStatus extends ProviderEnum {
  /** Inside support hours all day, e.g. a weekend staffed for a release. The provider's default. */
  public static readonly DURING = new SupportStatus("DURING");
  /** Outside support hours all day, e.g. a public holiday. */
  public static readonly OUTSIDE = new SupportStatus("OUTSIDE");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): SupportStatus {
    return new SupportStatus(value, true);
  }
}
