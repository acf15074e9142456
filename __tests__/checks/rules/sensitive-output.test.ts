import { Fn, Testing, TerraformOutput, TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration } from "../../../constructs";
import { errors } from "../../helpers/annotations";

function stackWithOutput(
  value: (i: IlertDatadogIntegration) => unknown,
  sensitive?: boolean,
  change?: (output: TerraformOutput, i: IlertDatadogIntegration, stack: TerraformStack) => void,
): { stack: TerraformStack; output: TerraformOutput } {
  const stack = new TerraformStack(Testing.app(), "test");
  const integration = new IlertDatadogIntegration(stack, "Payments", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
  });
  const output = new TerraformOutput(stack, "out", { value: value(integration), sensitive });
  change?.(output, integration, stack);
  Testing.synth(stack);
  return { stack, output };
}

const E1 = (attribute: string) =>
  `[ILDD-E1] invalid output value: it exposes ${attribute} (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true on the TerraformOutput, or do not output it`;

/** The message for an output whose value a stack override wrote: it names the output and the override. */
const E1_OVERRIDE = (name: string, attribute: string, override: string) =>
  `[ILDD-E1] invalid value of output "${name}" (written by stack.addOverride("${override}", ...)): it exposes ${attribute} (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true with stack.addOverride("output.${name}.sensitive", true), or do not output it`;

describe("ILDD-E1: outputs that reference the integration key or URL", () => {
  test("fail synthesis unless marked sensitive", () => {
    const { output } = stackWithOutput((i) => i.integrationUrl);
    expect(errors(output)).toEqual([E1("integration_url")]);
  });

  test("are caught inside expressions and for the key too", () => {
    expect(errors(stackWithOutput((i) => Fn.upper(i.alertSource.integrationKey)).output)).toEqual([E1("integration_key")]);
    expect(errors(stackWithOutput((i) => ({ url: `see ${i.integrationUrl}` })).output)).toEqual([E1("integration_url")]);
  });

  test("pass when sensitive or wrapped in Fn.nonsensitive, and other outputs are not affected", () => {
    expect(errors(stackWithOutput((i) => i.integrationUrl, true).output)).toEqual([]);
    expect(errors(stackWithOutput((i) => Fn.nonsensitive(i.integrationUrl)).output)).toEqual([]);
    expect(errors(stackWithOutput((i) => i.notificationHandle).output)).toEqual([]);
    expect(errors(stackWithOutput((i) => i.alertSource.id).output)).toEqual([]);
  });

  test("outside Fn.nonsensitive the reference still counts", () => {
    const { output } = stackWithOutput((i) => `${Fn.nonsensitive(i.alertSource.id)} ${Fn.lower(i.alertSource.integrationKey)}`);
    expect(errors(output)).toEqual([E1("integration_key")]);
  });

  test("are caught when an override sets the value or drops sensitive (the written output is read)", () => {
    // output.addOverride("value", integrationUrl): the road around the prop.
    const overridden = stackWithOutput(
      () => "placeholder",
      false,
      (output, i) => output.addOverride("value", i.integrationUrl),
    );
    expect(errors(overridden.output)).toEqual([E1("integration_url")]);
    const unmarked = stackWithOutput(
      (i) => i.integrationUrl,
      true,
      (output) => output.addOverride("sensitive", false),
    );
    expect(errors(unmarked.output)).toEqual([E1("integration_url")]);
    const byStack = stackWithOutput(
      () => "placeholder",
      false,
      (_output, i, stack) => stack.addOverride("output.out.value", i.alertSource.integrationKey),
    );
    expect(errors(byStack.output)).toEqual([E1_OVERRIDE("out", "integration_key", "output.out.value")]);
    const unmarkedByStack = stackWithOutput(
      (i) => i.integrationUrl,
      true,
      (_output, _i, stack) => stack.addOverride("output.out.sensitive", false),
    );
    expect(errors(unmarkedByStack.output)).toEqual([E1_OVERRIDE("out", "integration_url", "output.out.sensitive")]);
    // Marked sensitive by an override: passes.
    const marked = stackWithOutput(
      (i) => i.integrationUrl,
      false,
      (output) => output.addOverride("sensitive", true),
    );
    expect(errors(marked.output)).toEqual([]);
  });

  test('an output only a stack override declares is reported on the stack, by its name and the override (the walk\'s stack.addOverride("output.url2.value", ...))', () => {
    const { stack } = stackWithOutput(
      () => "x",
      false,
      (_output, i, s) => {
        s.addOverride("output.url2.value", i.integrationUrl);
        s.addOverride("output.whole", { value: i.alertSource.integrationKey });
      },
    );
    expect(errors(stack)).toEqual([
      E1_OVERRIDE("url2", "integration_url", "output.url2.value"),
      E1_OVERRIDE("whole", "integration_key", "output.whole.value"),
    ]);
  });

  test("make a real synth fail", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const integration = new IlertDatadogIntegration(stack, "Payments", {
      name: "Payments",
      escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
    });
    new TerraformOutput(stack, "url", { value: integration.integrationUrl });
    expect(() => app.synth()).toThrow(
      /Encountered Annotations with level "ERROR"[\s\S]*\[test\/url\] \[ILDD-E1\] invalid output value: it exposes integration_url/,
    );
  });
});
