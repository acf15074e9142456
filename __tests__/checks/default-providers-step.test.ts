import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { addDefaultProviders } from "../../constructs/checks/default-providers-step";
import { ProviderKind } from "../../constructs/core/default-providers";

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
