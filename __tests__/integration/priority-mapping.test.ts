import { AlertPriority, DatadogPayload, PriorityMapping } from "../../constructs";
import { error, synthesized, VALUE_TEMPLATE } from "../helpers/priority-mapping";

describe("priority routing (priorityMapping)", () => {
  test("the default maps P1-P2 to HIGH and P3-P5 to LOW, reading the payload's alert_priority", () => {
    const { source, payload } = synthesized({ priorityMapping: PriorityMapping.fromDatadogPriority() });
    expect(source.priority_template).toEqual({
      value_template: VALUE_TEMPLATE,
      mapping: [
        { value: "P1", priority: "HIGH" },
        { value: "P2", priority: "HIGH" },
        { value: "P3", priority: "LOW" },
        { value: "P4", priority: "LOW" },
        { value: "P5", priority: "LOW" },
      ],
    });
    expect(payload).toStrictEqual({ ...DatadogPayload.ILERT_TEMPLATE, alert_priority: "$ALERT_PRIORITY" });
    expect(source.severity_template).toBeUndefined();
  });

  test("overrides replace single priorities, a custom() one marked as such", () => {
    const critical = AlertPriority.custom("CRITICAL");
    expect([critical.isCustom, AlertPriority.HIGH.isCustom, AlertPriority.LOW.isCustom]).toEqual([true, false, false]);
    const { source } = synthesized({
      priorityMapping: PriorityMapping.fromDatadogPriority({ P3: AlertPriority.HIGH, P1: critical }),
    });
    expect(source.priority_template.mapping.map((m: { priority: string }) => m.priority)).toEqual([
      "CRITICAL",
      "HIGH",
      "HIGH",
      "LOW",
      "LOW",
    ]);
  });

  test("without a mapping there is no template and no extra payload field", () => {
    const { source, payload } = synthesized({});
    expect(source.priority_template).toBeUndefined();
    expect(payload.alert_priority).toBeUndefined();
  });

  test.each<[string, unknown, string]>([
    [
      "an unknown key",
      { P6: AlertPriority.LOW },
      'test/Payments: invalid priorityMapping "P6": expected keys P1, P2, P3, P4, P5 (Datadog monitor priorities); rename the key to one of those, upper-case',
    ],
    [
      "a lower-case key",
      { p1: AlertPriority.LOW },
      'test/Payments: invalid priorityMapping "p1": expected keys P1, P2, P3, P4, P5 (Datadog monitor priorities); rename the key to one of those, upper-case',
    ],
    [
      "a plain string value",
      { P2: "LOW" },
      'test/Payments: invalid priorityMapping.P2 "LOW": expected one of "HIGH", "LOW"; use AlertPriority.LOW instead of a plain string',
    ],
    [
      "overrides that are not an object",
      "HIGH",
      'test/Payments: invalid priorityMapping "HIGH": expected an object keyed by Datadog priority (P1-P5); pass e.g. { P3: ... } to override the defaults, or nothing to keep them',
    ],
  ])("fails on %s", (_label, overrides, message) => {
    expect(error({ priorityMapping: PriorityMapping.fromDatadogPriority(overrides as never) })).toBe(message);
  });

  test("fails on a mapping that is not a PriorityMapping", () => {
    expect(error({ priorityMapping: { P1: "HIGH" } as never })).toBe(
      'test/Payments: invalid priorityMapping {"P1":"HIGH"}: expected a PriorityMapping; use PriorityMapping.fromDatadogPriority()',
    );
  });
});
