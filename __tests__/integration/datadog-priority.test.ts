import { Testing } from "cdktf";
import { Construct } from "constructs";
import { DatadogPayload, PriorityMapping } from "../../constructs";
import { error, integration, synthesized } from "../helpers/priority-mapping";
import { synth, thrown } from "../helpers/synth";
import { ALERT_PRIORITY_VALUE_TEMPLATE, mappingEntries, withPriorityField } from "../../constructs/integration/datadog-priority";

describe("the payload field the mappings read", () => {
  const mapping = { priorityMapping: PriorityMapping.fromDatadogPriority() };

  test("is added to a custom payload that lacks it", () => {
    const custom = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID", summary: "$EVENT_TITLE" };
    expect(synthesized({ ...mapping, payload: DatadogPayload.custom(custom) }).payload).toStrictEqual({
      ...custom,
      alert_priority: "$ALERT_PRIORITY",
    });
  });

  test("is kept where the payload already carries it", () => {
    const custom = { alert_priority: "$ALERT_PRIORITY", alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" };
    expect(synthesized({ ...mapping, payload: DatadogPayload.custom(custom) }).payload).toStrictEqual(custom);
    const extended = DatadogPayload.ilertDefaultWith({ alert_priority: "$ALERT_PRIORITY", tags: "$TAGS" });
    expect(synthesized({ ...mapping, payload: extended }).payload).toStrictEqual({
      ...DatadogPayload.ILERT_TEMPLATE,
      alert_priority: "$ALERT_PRIORITY",
      tags: "$TAGS",
    });
  });

  test("fails when the payload uses the field for something else", () => {
    expect(error({ ...mapping, payload: DatadogPayload.ilertDefaultWith({ alert_priority: "$PRIORITY" }) })).toBe(
      'test/Payments: invalid payload.alert_priority "$PRIORITY": expected "$ALERT_PRIORITY"; priorityMapping and severityMapping read the payload field "alert_priority"; set it to "$ALERT_PRIORITY" or rename your field',
    );
  });

  test("is exposed on the integration's payload, for previews", () => {
    synth((stack) => expect(integration(stack, mapping).payload.template.alert_priority).toBe("$ALERT_PRIORITY"));
  });
});

describe("mappingEntries and withPriorityField, directly", () => {
  const scope = new Construct(Testing.app(), "Scope");
  const defaults = { P1: "a", P2: "b", P3: "c", P4: "d", P5: "e" } as const;

  test("mappingEntries: the defaults with the defined overrides, in priority order, each value checked at its prop path", () => {
    const checked: [string, unknown][] = [];
    const entries = mappingEntries(scope, "m", defaults, { P4: "x", P2: undefined, P1: "y" }, (prop, value) => checked.push([prop, value]));
    expect(entries).toEqual([
      ["P1", "y"],
      ["P2", "b"],
      ["P3", "c"],
      ["P4", "x"],
      ["P5", "e"],
    ]);
    expect(checked).toEqual(entries.map(([priority, value]) => [`m.${priority}`, value]));
  });

  test("mappingEntries: an array is not an object keyed by priority, and an unknown key is named", () => {
    expect(thrown(() => mappingEntries(scope, "m", defaults, ["a"], () => undefined)).message).toBe(
      'Scope: invalid m ["a"]: expected an object keyed by Datadog priority (P1-P5); pass e.g. { P3: ... } to override the defaults, or nothing to keep them',
    );
    expect(thrown(() => mappingEntries(scope, "m", defaults, { P0: "a" }, () => undefined)).message).toBe(
      'Scope: invalid m "P0": expected keys P1, P2, P3, P4, P5 (Datadog monitor priorities); rename the key to one of those, upper-case',
    );
  });

  test("withPriorityField: adds the field once, keeps a payload that carries it, and the value template reads it", () => {
    const added = withPriorityField(scope, DatadogPayload.custom({ alert_id: "$ALERT_ID" }));
    expect(added.template).toStrictEqual({ alert_id: "$ALERT_ID", alert_priority: "$ALERT_PRIORITY" });
    expect(withPriorityField(scope, added)).toBe(added);
    expect(ALERT_PRIORITY_VALUE_TEMPLATE).toBe("{{ alert_priority }}");
  });
});
