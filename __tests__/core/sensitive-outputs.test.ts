import { Fn, Testing, TerraformOutput, TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration } from "../../constructs";

function stackWithOutput(
  value: (i: IlertDatadogIntegration) => unknown,
  sensitive?: boolean,
): { stack: TerraformStack; output: TerraformOutput } {
  const stack = new TerraformStack(Testing.app(), "test");
  const integration = new IlertDatadogIntegration(stack, "Payments", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
  });
  const output = new TerraformOutput(stack, "out", { value: value(integration), sensitive });
  Testing.synth(stack);
  return { stack, output };
}

const errors = (output: TerraformOutput) => output.node.metadata.filter((m) => m.type === "@cdktf/error").map((m) => m.data);

describe("outputs that expose the integration key or URL", () => {
  test("fail synthesis unless marked sensitive", () => {
    const { output } = stackWithOutput((i) => i.integrationUrl);
    expect(errors(output)).toEqual([
      "test/out: invalid output value: it exposes integration_url (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true on the TerraformOutput, or do not output it",
    ]);
  });

  test("are caught inside expressions and for the key too", () => {
    expect(errors(stackWithOutput((i) => Fn.upper(i.alertSource.integrationKey)).output)).toHaveLength(1);
    expect(errors(stackWithOutput((i) => ({ url: `see ${i.integrationUrl}` })).output)).toHaveLength(1);
  });

  test("pass when sensitive, and other outputs are not affected", () => {
    expect(errors(stackWithOutput((i) => i.integrationUrl, true).output)).toEqual([]);
    expect(errors(stackWithOutput((i) => i.notificationHandle).output)).toEqual([]);
    expect(errors(stackWithOutput((i) => i.alertSource.id).output)).toEqual([]);
  });

  test("make a real synth fail", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const integration = new IlertDatadogIntegration(stack, "Payments", {
      name: "Payments",
      escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
    });
    new TerraformOutput(stack, "url", { value: integration.integrationUrl });
    expect(() => app.synth()).toThrow(/Encountered Annotations with level "ERROR"[\s\S]*exposes integration_url/);
  });
});
