import { App, Fn, TerraformLocal, TerraformOutput, TerraformProvider, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { buildAppIndex, buildCheckIndex, CheckedIntegration } from "../../constructs/checks/check-index";

/** A stand-in for an integration: a construct with a webhook name. */
function integration(scope: Construct, id: string, webhookName: string): CheckedIntegration {
  return Object.assign(new Construct(scope, id), { webhookName, notificationHandle: `@webhook-${webhookName}` });
}

function monitor(scope: Construct, id: string, message: string, escalationMessage?: string): Monitor {
  return new Monitor(scope, id, { name: id, type: "metric alert", query: "avg:cpu{*} > 1", message, escalationMessage });
}

describe("buildAppIndex", () => {
  test("the first integration in tree order owns a webhook name; unresolved names own nothing", () => {
    const app = Testing.app();
    const eu = new TerraformStack(app, "eu");
    const us = new TerraformStack(app, "us");
    const byStack = new Map<TerraformStack, CheckedIntegration[]>([
      [eu, [integration(eu, "A", "ilert-a"), integration(eu, "Token", Fn.lower("X"))]],
      [us, [integration(us, "A2", "ilert-a"), integration(us, "B", "ilert-b")]],
    ]);
    const index = buildAppIndex(app, (stack) => byStack.get(stack) ?? []);
    expect([...index.webhookOwners].map(([name, owner]) => `${name} ${owner.node.path}`)).toEqual(["ilert-a eu/A", "ilert-b us/B"]);
  });

  test("counts the monitors and gathers the handles their messages and escalation messages mention", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    monitor(stack, "One", "CPU high @webhook-ilert-a @slack-ops", "still high @webhook-ilert-b");
    monitor(new Construct(stack, "Nested"), "Two", "@webhook-ilert-a again");
    const index = buildAppIndex(app, () => []);
    expect(index.monitorCount).toBe(2);
    expect([...index.mentionedHandles]).toEqual(["@webhook-ilert-a", "@webhook-ilert-b"]);
    expect(index.someMessageUnresolved).toBe(false);
  });

  test("notes a message only known at apply time, which may mention any handle", () => {
    const app = Testing.app();
    monitor(new TerraformStack(app, "s"), "One", Fn.join("", ["@webhook-", Fn.lower("X")]));
    const index = buildAppIndex(app, () => []);
    expect([index.monitorCount, index.mentionedHandles.size, index.someMessageUnresolved]).toEqual([1, 0, true]);
  });
});

describe("buildCheckIndex", () => {
  test("the stack's plain outputs, locals, variables and library providers, as they will be written", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = new TerraformStack(app, "s");
    const ilert = new IlertProvider(stack, "Ilert", { apiToken: "literal" });
    new DatadogProvider(stack, "Datadog", { alias: "eu", apiUrl: "https://api.datadoghq.eu/" });
    new AwsLikeProvider(stack, "Aws");
    const local = new TerraformLocal(stack, "key", Fn.lower("X"));
    const variable = new TerraformVariable(stack, "token", { type: "string", sensitive: true });
    new TerraformOutput(stack, "plain", { value: local.asString });
    new TerraformOutput(stack, "secret", { value: "s", sensitive: true });
    new TerraformOutput(stack, "unmarked", { value: "u", sensitive: true }).addOverride("sensitive", false);
    const appIndex = buildAppIndex(app, () => []);
    const integrations = [integration(stack, "I", "ilert-i")];

    const index = buildCheckIndex(stack, appIndex, integrations);
    expect(index.stack).toBe(stack);
    expect(index.app).toBe(appIndex);
    expect(index.integrations).toBe(integrations);
    expect(index.plainOutputs.map((o) => [o.output.node.id, o.text])).toEqual([
      ["plain", '"${local.key}"'],
      ["unmarked", '"u"'],
    ]);
    expect([...index.values.locals]).toEqual([["key", '${lower("X")}']]);
    expect([...index.values.variables]).toEqual([["token", { type: "string", sensitive: true }]]);
    expect(index.variables.map((v) => [v.construct, v.name])).toEqual([[variable, "token"]]);
    // Only the library's provider types.
    expect(index.providers.map((p) => [p.construct.node.id, p.name, p.value])).toEqual([
      ["Ilert", "ilert", { api_token: "literal" }],
      ["Datadog", "datadog", { alias: "eu", api_url: "https://api.datadoghq.eu/" }],
    ]);
    expect(index.providers[0].construct).toBe(ilert);
    expect([...index.localOverrides]).toEqual([]);
  });

  test("what stack overrides wrote: the overridden outputs and locals, with the override's path", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = new TerraformStack(app, "s");
    new TerraformLocal(stack, "own", "o");
    new TerraformLocal(stack, "changed", "c");
    new TerraformOutput(stack, "plain", { value: "p" });
    stack.addOverride("locals.changed", "${var.token}");
    stack.addOverride("locals.added", "a");
    stack.addOverride("output.bare", { description: "no value" });
    stack.addOverride("output.plain.value", "${local.changed}");

    const index = buildCheckIndex(
      stack,
      buildAppIndex(app, () => []),
      [],
    );
    expect([...index.localOverrides]).toEqual([
      ["changed", "locals.changed"],
      ["added", "locals.added"],
    ]);
    // An output without a value has no text.
    expect(index.plainOutputs.map((o) => [o.name, o.text, o.override])).toEqual([
      ["plain", '"${local.changed}"', "output.plain.value"],
      ["bare", "", "output.bare"],
    ]);
  });
});

/** A provider of another type, which the checks do not read. */
class AwsLikeProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: "aws" });
  }
}
