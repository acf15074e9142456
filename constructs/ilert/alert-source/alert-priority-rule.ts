import { ProviderEnum } from "../../core/provider-enum";

/** Priority of the alerts a source opens (`alert_priority_rule`). */
export class AlertPriorityRule extends ProviderEnum {
  /** Always high priority: page immediately. The provider's default. */
  public static readonly HIGH = new AlertPriorityRule("HIGH");
  /** Always low priority. */
  public static readonly LOW = new AlertPriorityRule("LOW");
  /** High during the source's support hours, low outside them. Needs `supportHours`. */
  public static readonly HIGH_DURING_SUPPORT_HOURS = new AlertPriorityRule("HIGH_DURING_SUPPORT_HOURS");
  /** Low during the source's support hours, high outside them. Needs `supportHours`. */
  public static readonly LOW_DURING_SUPPORT_HOURS = new AlertPriorityRule("LOW_DURING_SUPPORT_HOURS");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): AlertPriorityRule {
    return new AlertPriorityRule(value, true);
  }

  /** Whether this rule depends on support hours. */
  public get needsSupportHours(): boolean {
    return this === AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS || this === AlertPriorityRule.LOW_DURING_SUPPORT_HOURS;
  }
}
