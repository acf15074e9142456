import { TerraformStack } from "cdktf";
import {
  AlertPriority,
  DatadogPayload,
  EscalationPolicy,
  IlertDatadogIntegration,
  IlertDatadogIntegrationProps,
  IlertDatadogValidationError,
  PriorityMapping,
  SeverityMapping,
} from "../../constructs";
import { only, synth, thrown } from "../helpers/synth";

function integration(stack: TerraformStack, props: Partial<IlertDatadogIntegrationProps> = {}): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, "Payments", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1234"),
    ...props,
  });
}

function synthesized(props: Partial<IlertDatadogIntegrationProps>): { source: Record<string, any>; payload: Record<string, unknown> } {
  const { tf } = synth((stack) => integration(stack, props));
  return {
    source: only(tf, "resource", "ilert_alert_source").body,
    payload: JSON.parse(only(tf, "resource", "datadog_webhook").body.payload),
  };
}

function error(props: Partial<IlertDatadogIntegrationProps>): string {
  const err = thrown(() => synth((stack) => integration(stack, props)));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

const VALUE_TEMPLATE = { text_template: "{{ alert_priority }}" };

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

  test("overrides replace single priorities", () => {
    const { source } = synthesized({
      priorityMapping: PriorityMapping.fromDatadogPriority({ P3: AlertPriority.HIGH, P1: AlertPriority.custom("CRITICAL") }),
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

describe("severity routing (severityMapping)", () => {
  test("the default maps P1-P5 to severities 1-5", () => {
    const { source, payload } = synthesized({ severityMapping: SeverityMapping.fromDatadogPriority() });
    expect(source.severity_template).toEqual({
      value_template: VALUE_TEMPLATE,
      mapping: [1, 2, 3, 4, 5].map((severity) => ({ value: `P${severity}`, severity })),
    });
    expect(payload.alert_priority).toBe("$ALERT_PRIORITY");
  });

  test("with both mappings, one shared payload field", () => {
    const { source, payload } = synthesized({
      priorityMapping: PriorityMapping.fromDatadogPriority(),
      severityMapping: SeverityMapping.fromDatadogPriority({ P2: 1, P5: 4 }),
    });
    expect(source.severity_template.mapping.map((m: { severity: number }) => m.severity)).toEqual([1, 1, 3, 4, 4]);
    expect(Object.keys(payload).filter((k) => payload[k] === "$ALERT_PRIORITY")).toEqual(["alert_priority"]);
  });

  test.each([0, 6, 2.5, "1"])("fails on severity %j", (severity) => {
    expect(error({ severityMapping: SeverityMapping.fromDatadogPriority({ P4: severity as number }) })).toBe(
      `test/Payments: invalid severityMapping.P4 ${JSON.stringify(severity)}: expected an integer from 1 to 5; use an iLert severity from 1 (SEV1, most severe) to 5`,
    );
  });
});

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
