import { ProviderEnum } from "../../core/provider-enum";

/** Window in which events are grouped into one alert (`alert_grouping_window`), for the grouping `AlertCreation` modes. */
export class AlertGroupingWindow extends ProviderEnum {
  public static readonly MINUTES_2 = new AlertGroupingWindow("PT2M");
  public static readonly MINUTES_5 = new AlertGroupingWindow("PT5M");
  public static readonly MINUTES_15 = new AlertGroupingWindow("PT15M");
  public static readonly MINUTES_30 = new AlertGroupingWindow("PT30M");
  public static readonly HOURS_1 = new AlertGroupingWindow("PT1H");
  public static readonly HOURS_2 = new AlertGroupingWindow("PT2H");
  public static readonly HOURS_4 = new AlertGroupingWindow("PT4H");
  public static readonly HOURS_8 = new AlertGroupingWindow("PT8H");
  public static readonly HOURS_12 = new AlertGroupingWindow("PT12H");
  public static readonly HOURS_24 = new AlertGroupingWindow("PT24H");

  /** Escape hatch for an ISO-8601 duration a newer provider accepts; not checked at synth. */
  public static custom(value: string): AlertGroupingWindow {
    return new AlertGroupingWindow(value, true);
  }
}
