import { IConstruct } from "constructs";
import { AlertSourceSeverityTemplate } from "../../.gen/providers/ilert/alert-source";
import { checkInteger } from "../core/validate";
import { ALERT_PRIORITY_VALUE_TEMPLATE, mappingEntries } from "./datadog-priority";

/**
 * Maps the Datadog monitor priority (`$ALERT_PRIORITY`, P1-P5) to the iLert alert severity (1-5,
 * SEV1 the most severe) through the alert source's `severity_template`.
 */
export class SeverityMapping {
  /** The default mapping, keyed by Datadog priority: P1 -> 1, ..., P5 -> 5. */
  public static readonly DEFAULTS: { [datadogPriority: string]: number } = Object.freeze({ P1: 1, P2: 2, P3: 3, P4: 4, P5: 5 });

  /**
   * The default mapping, with some priorities overridden, e.g. `{ P2: 1 }`.
   * @param overrides iLert severities (1-5) keyed by Datadog priority: `P1` to `P5` (checked at synth)
   */
  public static fromDatadogPriority(overrides: { [datadogPriority: string]: number } = {}): SeverityMapping {
    return new SeverityMapping(overrides);
  }

  private constructor(private readonly overrides: { [datadogPriority: string]: number }) {}

  /** Checks the mapping for `scope` and returns the alert source's `severity_template` block. */
  public bind(scope: IConstruct, prop = "severityMapping"): AlertSourceSeverityTemplate {
    const entries = mappingEntries<number>(scope, prop, SeverityMapping.DEFAULTS, this.overrides, (p, value) =>
      checkInteger(scope, p, value, 1, 5, "use an iLert severity from 1 (SEV1, most severe) to 5"),
    );
    return {
      valueTemplate: { textTemplate: ALERT_PRIORITY_VALUE_TEMPLATE },
      mapping: entries.map(([value, severity]) => ({ value, severity })),
    };
  }
}
