import { TerraformStack, Testing } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { applyIlertProviderVersion } from "../../../constructs/core/private/ilert-provider-constraint";
import { thrown } from "../../helpers/synth";

// The context key end to end (every stack, the user's provider, the accepted constraints) is tested
// through the public IlertProviderVersion in __tests__/core/ilert-provider-version.test.ts.
describe("applyIlertProviderVersion", () => {
  const stackWith = (context: Record<string, unknown>): TerraformStack => new TerraformStack(Testing.app({ context }), "other");

  test.each([
    ["no provider", () => undefined, undefined],
    ["a Datadog provider only", (stack: TerraformStack) => new DatadogProvider(stack, "Datadog"), ["datadog"]],
  ])("a stack without an iLert provider (%s) gets no iLert requirement", (_label, declare, required) => {
    const stack = stackWith({ ilertProviderVersion: "2.20.0" });
    declare(stack);
    applyIlertProviderVersion(stack);
    const requiredProviders = JSON.parse(Testing.synth(stack)).terraform?.required_providers;
    expect(requiredProviders && Object.keys(requiredProviders)).toEqual(required);
  });

  test("without the context key the stack keeps the targeted version; with it, the constraint is trimmed", () => {
    const plain = stackWith({});
    new IlertProvider(plain, "Ilert", {});
    applyIlertProviderVersion(plain);
    expect(JSON.parse(Testing.synth(plain)).terraform.required_providers.ilert.version).toBe("2.25.0");
    const pinned = stackWith({ ilertProviderVersion: " >= 2.20.0 " });
    new IlertProvider(pinned, "Ilert", {});
    applyIlertProviderVersion(pinned);
    expect(JSON.parse(Testing.synth(pinned)).terraform.required_providers.ilert.version).toBe(">= 2.20.0");
  });

  test("refuses a value that is not a constraint even when the stack has no iLert provider", () => {
    expect(thrown(() => applyIlertProviderVersion(stackWith({ ilertProviderVersion: "latest" }))).message).toBe(
      'other: invalid context key ilertProviderVersion "latest": expected a Terraform version constraint, e.g. "2.20.0" or ">= 2.20.0, < 3.0.0"; set it to the iLert provider version you install (in cdktf.json "context"), or remove it to require 2.25.0',
    );
  });
});
