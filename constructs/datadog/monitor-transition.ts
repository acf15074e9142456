import { ProviderEnum } from "../core/provider-enum";
import { conditionalName } from "./private/conditional-name";

/**
 * A monitor state change a notification handle can be limited to, written as the Datadog
 * conditional variable that selects it in a monitor message (`{{#is_alert}}...{{/is_alert}}`).
 */
export class MonitorTransition extends ProviderEnum {
  /** The monitor alerts (`{{#is_alert}}`). */
  public static readonly ALERT = new MonitorTransition("is_alert");
  /** The monitor warns (`{{#is_warning}}`). */
  public static readonly WARNING = new MonitorTransition("is_warning");
  /** The monitor triggers for missing data (`{{#is_no_data}}`). */
  public static readonly NO_DATA = new MonitorTransition("is_no_data");
  /** The monitor recovers from alert, warning, unknown or no data (`{{#is_recovery}}`); iLert resolves on it. */
  public static readonly RECOVERY = new MonitorTransition("is_recovery");

  /**
   * Escape hatch for another Datadog conditional, as written after `{{#`, e.g. `is_alert_recovery`
   * or `is_priority 'P1'`. Only its template syntax is checked.
   */
  public static custom(conditional: string): MonitorTransition {
    return new MonitorTransition(conditional, true);
  }

  /** The conditional's name, which closes its block (`{{/is_priority}}` for `is_priority 'P1'`). */
  public get blockName(): string {
    return conditionalName(this.value);
  }
}
