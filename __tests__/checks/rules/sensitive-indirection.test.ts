import { Fn, TerraformLocal, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { DataIlertAlertSource } from "../../../.gen/providers/ilert/data-ilert-alert-source";
import { EscalationPolicy, IlertDatadogIntegration } from "../../../constructs";
import { errors } from "../../helpers/annotations";

/** Declares an integration, then what `build` adds (locals, outputs), and synthesizes. */
function check(build: (stack: TerraformStack, i: IlertDatadogIntegration) => TerraformOutput): TerraformOutput {
  const stack = new TerraformStack(Testing.app(), "test");
  const integration = new IlertDatadogIntegration(stack, "Payments", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
  });
  const output = build(stack, integration);
  Testing.synth(stack);
  return output;
}

const SOURCE = "ilert_alert_source.Payments_AlertSource_867A8466";
const E2 = (what: string) =>
  `[ILDD-E2] invalid output value: it exposes ${what}, and Terraform keeps the sensitive mark through locals, whole-resource references and functions, so terraform plan fails; expected sensitive: true; set sensitive: true on the TerraformOutput, or wrap the value in Fn.nonsensitive(...) if it may be shown`;

describe("ILDD-E2: outputs that reach the integration key or URL indirectly", () => {
  test("through a local", () => {
    const output = check(
      (stack, i) => new TerraformOutput(stack, "out", { value: new TerraformLocal(stack, "url", i.integrationUrl).asString }),
    );
    expect(errors(output)).toEqual([E2("integration_url through local.url")]);
  });

  test("through a local a stack override sets (the written locals are read)", () => {
    const output = check((stack, i) => {
      const local = new TerraformLocal(stack, "url", "placeholder");
      stack.addOverride("locals.url", i.integrationUrl);
      return new TerraformOutput(stack, "out", { value: local.asString });
    });
    // The local is named with the override that wrote it.
    expect(errors(output)).toEqual([E2('integration_url through local.url (written by stack.addOverride("locals.url", ...))')]);
    // A local only a stack override declares, in a chain.
    const chained = check((stack, i) => {
      stack.addOverride("locals.key", Fn.upper(i.alertSource.integrationKey));
      const settings = new TerraformLocal(stack, "settings", { pager: "${local.key}" });
      return new TerraformOutput(stack, "out", { value: settings.asString });
    });
    expect(errors(chained)).toEqual([
      E2('integration_key through local.settings -> local.key (written by stack.addOverride("locals.key", ...))'),
    ]);
  });

  test("an output a stack override writes is named, with the override", () => {
    const output = check((stack, i) => {
      new TerraformLocal(stack, "url", i.integrationUrl);
      stack.addOverride("output.url2.value", "${local.url}");
      return new TerraformOutput(stack, "out", { value: "x" });
    });
    expect(errors(output.node.scope!)).toEqual([
      `[ILDD-E2] invalid value of output "url2" (written by stack.addOverride("output.url2.value", ...)): it exposes integration_url through local.url, and Terraform keeps the sensitive mark through locals, whole-resource references and functions, so terraform plan fails; expected sensitive: true; set sensitive: true with stack.addOverride("output.url2.sensitive", true), or wrap the value in Fn.nonsensitive(...) if it may be shown`,
    ]);
  });

  test("through a chain of locals, inside objects and functions", () => {
    const output = check((stack, i) => {
      const key = new TerraformLocal(stack, "key", Fn.upper(i.alertSource.integrationKey));
      const settings = new TerraformLocal(stack, "settings", { pager: { key: key.asString } });
      return new TerraformOutput(stack, "out", { value: Fn.jsonencode(settings.asAnyMap) });
    });
    expect(errors(output)).toEqual([E2("integration_key through local.settings -> local.key")]);
  });

  test("a whole-resource reference, directly or through a local, also from the data source", () => {
    const whole = check((stack, i) => new TerraformOutput(stack, "out", { value: i.alertSource.fqn }));
    expect(errors(whole)).toEqual([E2(`the whole ${SOURCE} (it holds integration_key and integration_url)`)]);
    const viaLocal = check(
      (stack, i) => new TerraformOutput(stack, "out", { value: new TerraformLocal(stack, "src", i.alertSource.fqn).asString }),
    );
    expect(errors(viaLocal)).toEqual([E2(`the whole ${SOURCE} (it holds integration_key and integration_url) through local.src`)]);
    const data = check(
      (stack) => new TerraformOutput(stack, "out", { value: new DataIlertAlertSource(stack, "Existing", { name: "Payments" }).fqn }),
    );
    expect(errors(data)).toEqual([E2("the whole data.ilert_alert_source.Existing (it holds integration_key and integration_url)")]);
  });

  test.each<[string, (stack: TerraformStack, i: IlertDatadogIntegration) => TerraformOutput]>([
    [
      "the output is sensitive",
      (s, i) => new TerraformOutput(s, "out", { value: new TerraformLocal(s, "url", i.integrationUrl).asString, sensitive: true }),
    ],
    [
      "the local wraps the value in Fn.nonsensitive",
      (s, i) => new TerraformOutput(s, "out", { value: new TerraformLocal(s, "url", Fn.nonsensitive(i.integrationUrl)).asString }),
    ],
    [
      "the output wraps the local in Fn.nonsensitive",
      (s, i) => new TerraformOutput(s, "out", { value: Fn.nonsensitive(new TerraformLocal(s, "url", i.integrationUrl).asString) }),
    ],
    [
      "the local holds a non-sensitive attribute",
      (s, i) => new TerraformOutput(s, "out", { value: new TerraformLocal(s, "id", i.alertSource.id).asString }),
    ],
    [
      "locals refer to each other in a cycle",
      (s) => {
        new TerraformLocal(s, "a", "${local.b}");
        return new TerraformOutput(s, "out", { value: new TerraformLocal(s, "b", "${local.a}").asString });
      },
    ],
  ])("passes when %s", (_label, build) => {
    expect(errors(check(build))).toEqual([]);
  });

  test("a direct reference is ILDD-E1's, not reported again here", () => {
    expect(errors(check((stack, i) => new TerraformOutput(stack, "out", { value: i.integrationUrl })))).toEqual([
      expect.stringMatching(/^\[ILDD-E1\] /),
    ]);
  });
});
