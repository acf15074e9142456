import { ProviderEnum } from "../../core/provider-enum";

/** Time after which iLert resolves an alert that received no new event (`auto_resolution_timeout`). */
export class AutoResolutionTimeout extends ProviderEnum {
  public static readonly MINUTES_10 = new AutoResolutionTimeout("PT10M");
  public static readonly MINUTES_20 = new AutoResolutionTimeout("PT20M");
  public static readonly MINUTES_30 = new AutoResolutionTimeout("PT30M");
  public static readonly MINUTES_40 = new AutoResolutionTimeout("PT40M");
  public static readonly MINUTES_50 = new AutoResolutionTimeout("PT50M");
  public static readonly MINUTES_60 = new AutoResolutionTimeout("PT60M");
  public static readonly MINUTES_90 = new AutoResolutionTimeout("PT90M");
  public static readonly HOURS_2 = new AutoResolutionTimeout("PT2H");
  public static readonly HOURS_3 = new AutoResolutionTimeout("PT3H");
  public static readonly HOURS_4 = new AutoResolutionTimeout("PT4H");
  public static readonly HOURS_5 = new AutoResolutionTimeout("PT5H");
  public static readonly HOURS_6 = new AutoResolutionTimeout("PT6H");
  public static readonly HOURS_12 = new AutoResolutionTimeout("PT12H");
  public static readonly HOURS_24 = new AutoResolutionTimeout("PT24H");

  /** Escape hatch for an ISO-8601 duration a newer provider accepts; not checked at synth. */
  public static custom(value: string): AutoResolutionTimeout {
    return new AutoResolutionTimeout(value, true);
  }
}
