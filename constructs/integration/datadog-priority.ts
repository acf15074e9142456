import { IConstruct } from "constructs";
import { fail } from "../core/validate";
import { DatadogPayload } from "../datadog/datadog-payload";

/**
 * Shared plumbing of {@link PriorityMapping} and {@link SeverityMapping}: Datadog monitor priorities
 * reach iLert as a payload field, which an alert-source template maps to iLert values.
 */

/** A Datadog monitor priority, as `$ALERT_PRIORITY` carries it (the keys of the mappings). */
type DatadogPriority = "P1" | "P2" | "P3" | "P4" | "P5";

/** The Datadog monitor priorities, highest first. */
const DATADOG_PRIORITIES: readonly DatadogPriority[] = Object.freeze(["P1", "P2", "P3", "P4", "P5"]);

/** The payload field the priority and severity templates read. */
const ALERT_PRIORITY_FIELD = "alert_priority";

/** The Datadog variable the field carries. */
const ALERT_PRIORITY_VARIABLE = "$ALERT_PRIORITY";

/**
 * The iLert `value_template.text_template` that reads the field. UNCERTAIN: iLert documents that
 * its templates read raw payload fields by name, and the provider's own example reads a Grafana
 * field as `{{ state }}`, but no source shows this text for a Datadog alert source. Verify on a
 * real account; if iLert wants another form, this is the only place to change.
 */
export const ALERT_PRIORITY_VALUE_TEMPLATE = `{{ ${ALERT_PRIORITY_FIELD} }}`;

/**
 * The defaults with the defined overrides applied, checked (keys P1-P5, values by `checkValue`),
 * in priority order. Object keys cannot repeat, so each priority maps to exactly one value.
 */
export function mappingEntries<V>(
  scope: IConstruct,
  prop: string,
  defaults: { readonly [datadogPriority: string]: V },
  overrides: unknown,
  checkValue: (prop: string, value: unknown) => void,
): [DatadogPriority, V][] {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    fail(
      scope,
      prop,
      overrides,
      "an object keyed by Datadog priority (P1-P5)",
      "pass e.g. { P3: ... } to override the defaults, or nothing to keep them",
    );
  }
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(DATADOG_PRIORITIES as readonly string[]).includes(key)) {
      fail(
        scope,
        prop,
        key,
        `keys ${DATADOG_PRIORITIES.join(", ")} (Datadog monitor priorities)`,
        `rename the key to one of those, upper-case`,
      );
    }
    if (value !== undefined) merged[key] = value;
  }
  return DATADOG_PRIORITIES.map((priority) => {
    checkValue(`${prop}.${priority}`, merged[priority]);
    return [priority, merged[priority] as V];
  });
}

/**
 * `payload` with `"alert_priority": "$ALERT_PRIORITY"` added when it lacks the field (custom payloads
 * included: the mapping cannot work without it). A field of that name carrying anything else fails.
 */
export function withPriorityField(scope: IConstruct, payload: DatadogPayload): DatadogPayload {
  const existing = payload.template[ALERT_PRIORITY_FIELD];
  if (existing === undefined) return payload.withFields({ [ALERT_PRIORITY_FIELD]: ALERT_PRIORITY_VARIABLE });
  if (existing !== ALERT_PRIORITY_VARIABLE) {
    fail(
      scope,
      `payload.${ALERT_PRIORITY_FIELD}`,
      existing,
      JSON.stringify(ALERT_PRIORITY_VARIABLE),
      `priorityMapping and severityMapping read the payload field "${ALERT_PRIORITY_FIELD}"; set it to "${ALERT_PRIORITY_VARIABLE}" or rename your field`,
    );
  }
  return payload;
}
