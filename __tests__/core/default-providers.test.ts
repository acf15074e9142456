import { TerraformProvider, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { useProvider } from "../../constructs/core/default-providers";
import { thrown } from "../helpers/synth";

class AwsProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: "aws" });
  }
}

describe("useProvider", () => {
  const fix = "pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default";

  test("returns the stack's own provider of the kind, aliased or not", () => {
    const stack = new TerraformStack(Testing.app(), "payments");
    const eu = new IlertProvider(stack, "Eu", { alias: "eu" });
    const datadog = new DatadogProvider(stack, "Datadog", {});
    expect(useProvider(new Construct(stack, "A"), "ilert", "ilertProvider", eu)).toBe(eu);
    expect(useProvider(new Construct(stack, "B"), "datadog", "datadogProvider", datadog)).toBe(datadog);
  });

  test("without a provider, returns none and the stack gets a default one at synth", () => {
    const stack = new TerraformStack(Testing.app(), "payments");
    expect(useProvider(new Construct(stack, "A"), "ilert", "ilertProvider")).toBeUndefined();
    expect(Object.keys(JSON.parse(Testing.synth(stack)).provider)).toEqual(["ilert"]);
  });

  test("names a provider of the wrong kind by its kind, and anything else by its value", () => {
    const stack = new TerraformStack(Testing.app(), "payments");
    const scope = new Construct(stack, "A");
    const use = (provider: unknown): string =>
      thrown(() => useProvider(scope, "ilert", "ilertProvider", provider as TerraformProvider)).message;
    expect(use(new DatadogProvider(stack, "Datadog", {}))).toBe(
      `payments/A: invalid ilertProvider "a Datadog provider": expected an iLert provider; ${fix}`,
    );
    expect(use(new AwsProvider(stack, "Aws"))).toBe(
      `payments/A: invalid ilertProvider "a provider of type aws": expected an iLert provider; ${fix}`,
    );
    expect(use({ alias: "eu" })).toBe(`payments/A: invalid ilertProvider {"alias":"eu"}: expected an iLert provider; ${fix}`);
    expect(thrown(() => useProvider(scope, "datadog", "datadogProvider", new IlertProvider(stack, "Ilert", {}))).message).toBe(
      `payments/A: invalid datadogProvider "an iLert provider": expected a Datadog provider; pass the stack's DatadogProvider (aliased or not), or leave datadogProvider unset to use the stack's default`,
    );
  });

  test("refuses another stack's provider, naming both stacks", () => {
    const app = Testing.app();
    const shared = new IlertProvider(new TerraformStack(app, "shared"), "Ilert", {});
    const scope = new Construct(new TerraformStack(app, "payments"), "A");
    expect(thrown(() => useProvider(scope, "ilert", "ilertProvider", shared)).message).toBe(
      `payments/A: invalid ilertProvider "shared/Ilert": expected an iLert provider of stack payments, not of stack shared; declare an iLert provider in stack payments and pass that one, or leave ilertProvider unset to use the stack's default`,
    );
  });
});
