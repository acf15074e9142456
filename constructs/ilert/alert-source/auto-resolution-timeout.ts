import { ProviderEnum } from "../../core/provider-enum";

/** Time after which iLert resolves an alert that received no new event (`auto_resolution_timeout`). */
export class AutoResolutionTimeout extends ProviderEnum {
  /** Resolve after 10 minutes without a new event. */
  public static readonly MINUTES_10 = new AutoResolutionTimeout("PT10M");
  /** Resolve after 20 minutes without a new event. */
  public static readonly MINUTES_20 = new AutoResolutionTimeout("PT20M");
  /** Resolve after 30 minutes without a new event. */
  public static readonly MINUTES_30 = new AutoResolutionTimeout("PT30M");
  /** Resolve after 40 minutes without a new event. */
  public static readonly MINUTES_40 = new AutoResolutionTimeout("PT40M");
  /** Resolve after 50 minutes without a new event. */
  public static readonly MINUTES_50 = new AutoResolutionTimeout("PT50M");
  /** Resolve after 60 minutes without a new event. */
  public static readonly MINUTES_60 = new AutoResolutionTimeout("PT60M");
  /** Resolve after 90 minutes without a new event. */
  public static readonly MINUTES_90 = new AutoResolutionTimeout("PT90M");
  /** Resolve after 2 hours without a new event. */
  public static readonly HOURS_2 = new AutoResolutionTimeout("PT2H");
  /** Resolve after 3 hours without a new event. */
  public static readonly HOURS_3 = new AutoResolutionTimeout("PT3H");
  /** Resolve after 4 hours without a new event. */
  public static readonly HOURS_4 = new AutoResolutionTimeout("PT4H");
  /** Resolve after 5 hours without a new event. */
  public static readonly HOURS_5 = new AutoResolutionTimeout("PT5H");
  /** Resolve after 6 hours without a new event. */
  public static readonly HOURS_6 = new AutoResolutionTimeout("PT6H");
  /** Resolve after 12 hours without a new event. */
  public static readonly HOURS_12 = new AutoResolutionTimeout("PT12H");
  /** Resolve after 24 hours without a new event. */
  public static readonly HOURS_24 = new AutoResolutionTimeout("PT24H");

  /** Escape hatch for an ISO-8601 duration a newer provider accepts; not checked at synth. */
  public static custom(value: string): AutoResolutionTimeout {
    return new AutoResolutionTimeout(value, true);
  }
}
