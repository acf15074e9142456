import { ProviderEnum } from "../../core/provider-enum";

/** Window in which events are grouped into one alert (`alert_grouping_window`), for the grouping `AlertCreation` modes. */
export class AlertGroupingWindow extends ProviderEnum {
  /** Group events arriving within 2 minutes into one alert. */
  public static readonly MINUTES_2 = new AlertGroupingWindow("PT2M");
  /** Group events arriving within 5 minutes into one alert. */
  public static readonly MINUTES_5 = new AlertGroupingWindow("PT5M");
  /** Group events arriving within 15 minutes into one alert. */
  public static readonly MINUTES_15 = new AlertGroupingWindow("PT15M");
  /** Group events arriving within 30 minutes into one alert. */
  public static readonly MINUTES_30 = new AlertGroupingWindow("PT30M");
  /** Group events arriving within 1 hour into one alert. */
  public static readonly HOURS_1 = new AlertGroupingWindow("PT1H");
  /** Group events arriving within 2 hours into one alert. */
  public static readonly HOURS_2 = new AlertGroupingWindow("PT2H");
  /** Group events arriving within 4 hours into one alert. */
  public static readonly HOURS_4 = new AlertGroupingWindow("PT4H");
  /** Group events arriving within 8 hours into one alert. */
  public static readonly HOURS_8 = new AlertGroupingWindow("PT8H");
  /** Group events arriving within 12 hours into one alert. */
  public static readonly HOURS_12 = new AlertGroupingWindow("PT12H");
  /** Group events arriving within 24 hours into one alert. */
  public static readonly HOURS_24 = new AlertGroupingWindow("PT24H");

  /** Escape hatch for an ISO-8601 duration a newer provider accepts; not checked at synth. */
  public static custom(value: string): AlertGroupingWindow {
    return new AlertGroupingWindow(value, true);
  }
}
