import { Aspects, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { addDefaultProviders, ProviderKind, StackSetup } from "../../constructs/core/stack-setup";
import { User } from "../../constructs";

/** The stack's providers as `<type>:<construct id>:<alias>`. */
function providers(stack: TerraformStack): string[] {
  return stack.node
    .findAll()
    .filter((c): c is IlertProvider | DatadogProvider => c instanceof IlertProvider || c instanceof DatadogProvider)
    .map((p) => `${p.terraformResourceType}:${p.node.id}:${p.alias ?? ""}`);
}

function stackWith(declare: (stack: TerraformStack) => void = () => undefined): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  declare(stack);
  return stack;
}

const both = new Set<ProviderKind>(["ilert", "datadog"]);

describe("addDefaultProviders", () => {
  test("adds an un-aliased provider of each needed kind, and nothing when nothing is needed", () => {
    const stack = stackWith();
    addDefaultProviders(stack, new Set());
    expect(providers(stack)).toEqual([]);
    addDefaultProviders(stack, new Set(["datadog"]));
    expect(providers(stack)).toEqual(["datadog:DefaultDatadogProvider:"]);
    addDefaultProviders(stack, both);
    expect(providers(stack)).toEqual(["datadog:DefaultDatadogProvider:", "ilert:DefaultIlertProvider:"]);
  });

  test("keeps the user's un-aliased provider, wherever in the stack it is declared, and adds no second", () => {
    const stack = stackWith((s) => new IlertProvider(new Construct(s, "Shared"), "Ilert", {}));
    addDefaultProviders(stack, both);
    expect(providers(stack)).toEqual(["ilert:Ilert:", "datadog:DefaultDatadogProvider:"]);
  });

  test("an aliased provider is not the default: the default is still added", () => {
    const stack = stackWith((s) => new DatadogProvider(s, "Eu", { alias: "eu" }));
    addDefaultProviders(stack, new Set(["datadog"]));
    expect(providers(stack)).toEqual(["datadog:Eu:eu", "datadog:DefaultDatadogProvider:"]);
  });
});

describe("StackSetup", () => {
  test("one aspect per stack, registered by the first construct that asks, before the checks engine's", () => {
    const app = Testing.app();
    const stack = stackWith();
    const user = User.fromEmail(stack, "Lead", "lead@example.com");
    const setup = StackSetup.of(new Construct(stack, "Deep"));
    expect(StackSetup.of(user)).toBe(setup);
    expect(Aspects.of(stack).all.map((a) => a.constructor.name)).toEqual(["StackSetup", "StackChecks"]);
    expect(Aspects.of(new TerraformStack(app, "plain")).all).toHaveLength(0);
  });

  test("at synth adds the default providers the stack's constructs need, and applies the provider version", () => {
    const stack = new TerraformStack(Testing.app({ context: { ilertProviderVersion: "2.20.0" } }), "test");
    StackSetup.of(stack).needProvider("ilert");
    expect(providers(stack)).toEqual([]);
    const synthesized = JSON.parse(Testing.synth(stack));
    expect(synthesized.provider).toEqual({ ilert: [{}] });
    expect(synthesized.terraform.required_providers).toEqual({ ilert: { source: "iLert/ilert", version: "2.20.0" } });
  });

  test("acts when cdktf visits the stack, not its other constructs (cdktf visits the stack first)", () => {
    const stack = stackWith();
    const setup = StackSetup.of(stack);
    setup.needProvider("ilert");
    setup.visit(new Construct(stack, "Deep"));
    expect(providers(stack)).toEqual([]);
    setup.visit(stack);
    expect(providers(stack)).toEqual(["ilert:DefaultIlertProvider:"]);
  });

  test("a stack whose constructs need no default provider gets none", () => {
    const stack = stackWith();
    StackSetup.of(stack);
    expect(JSON.parse(Testing.synth(stack)).provider).toBeUndefined();
  });
});
