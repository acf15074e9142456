import { IConstruct } from "constructs";
import { AlertSourcePriorityTemplate } from "../../.gen/providers/ilert/alert-source";
import { ProviderEnum } from "../core/provider-enum";
import { checkEnum } from "../core/private/check-enum";
import { ALERT_PRIORITY_VALUE_TEMPLATE, mappingEntries } from "./datadog-priority";

/** An iLert alert priority (`priority_template.mapping.priority`). */
export class AlertPriority extends ProviderEnum {
  /** High priority. */
  public static readonly HIGH = new AlertPriority("HIGH");
  /** Low priority. */
  public static readonly LOW = new AlertPriority("LOW");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): AlertPriority {
    return new AlertPriority(value, true);
  }
}

/**
 * Maps the Datadog monitor priority (`$ALERT_PRIORITY`, P1-P5) to the iLert alert priority through
 * the alert source's `priority_template`. Events whose priority is not mapped (e.g. monitors without a
 * priority) get the alert source's `priorityRule`.
 */
export class PriorityMapping {
  /** The default mapping, keyed by Datadog priority: P1-P2 HIGH, P3-P5 LOW. */
  public static readonly DEFAULTS: { [datadogPriority: string]: AlertPriority } = Object.freeze({
    P1: AlertPriority.HIGH,
    P2: AlertPriority.HIGH,
    P3: AlertPriority.LOW,
    P4: AlertPriority.LOW,
    P5: AlertPriority.LOW,
  });

  /**
   * The default mapping, with some priorities overridden, e.g. `{ P3: AlertPriority.HIGH }`.
   * @param overrides iLert priorities keyed by Datadog priority: `P1` to `P5` (checked at synth)
   */
  public static fromDatadogPriority(overrides: { [datadogPriority: string]: AlertPriority } = {}): PriorityMapping {
    return new PriorityMapping(overrides);
  }

  private constructor(private readonly overrides: { [datadogPriority: string]: AlertPriority }) {}

  /** Checks the mapping for `scope` and returns the alert source's `priority_template` block. */
  public bind(scope: IConstruct, prop = "priorityMapping"): AlertSourcePriorityTemplate {
    // Every priority has a value: the defaults map all five, and an undefined override keeps the default.
    const entries = mappingEntries(scope, prop, PriorityMapping.DEFAULTS, this.overrides, (p, value) =>
      checkEnum(scope, p, value, AlertPriority),
    );
    return {
      valueTemplate: { textTemplate: ALERT_PRIORITY_VALUE_TEMPLATE },
      mapping: entries.map(([value, priority]) => ({ value, priority: priority.value })),
    };
  }
}
