import { Testing } from "cdktf";
import { Construct } from "constructs";
import { PriorityMapping, SeverityMapping } from "../../constructs";
import { error, synthesized, VALUE_TEMPLATE } from "../helpers/priority-mapping";
import { thrown } from "../helpers/synth";

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

test("bind, directly: the severity template, with the prop named in errors", () => {
  const scope = new Construct(Testing.app(), "Scope");
  expect(SeverityMapping.fromDatadogPriority({ P1: 2 }).bind(scope)).toEqual({
    valueTemplate: { textTemplate: "{{ alert_priority }}" },
    mapping: [2, 2, 3, 4, 5].map((severity, i) => ({ value: `P${i + 1}`, severity })),
  });
  expect(thrown(() => SeverityMapping.fromDatadogPriority({ P5: 9 }).bind(scope, "sev")).message).toBe(
    "Scope: invalid sev.P5 9: expected an integer from 1 to 5; use an iLert severity from 1 (SEV1, most severe) to 5",
  );
});
