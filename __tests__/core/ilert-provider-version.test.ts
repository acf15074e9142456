import { App, TerraformStack, Testing } from "cdktf";
import * as fc from "fast-check";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { EscalationPolicy, EscalationTarget, IlertDatadogIntegration, IlertProviderVersion, User } from "../../constructs";
import { thrown } from "../helpers/synth";

/** A stack with an integration (and so both default providers), synthesized in an app with `context`. */
function requiredProviders(context: Record<string, unknown>, declare?: (stack: TerraformStack) => IlertProvider): Record<string, any> {
  const app = Testing.app({ context });
  const stack = new TerraformStack(app, "payments");
  const ilertProvider = declare?.(stack);
  const policy = new EscalationPolicy(stack, "Policy", {
    name: "Payments",
    rules: [{ target: EscalationTarget.user(User.fromId(stack, "Lead", "1")), escalationTimeoutMin: 0 }],
    ilertProvider,
  });
  new IlertDatadogIntegration(stack, "Datadog", { name: "Payments", escalationPolicy: policy, ilertProvider });
  return JSON.parse(Testing.synth(stack)).terraform.required_providers;
}

describe("IlertProviderVersion", () => {
  test("by default every stack requires the version the bindings are generated from", () => {
    const generated = new IlertProvider(new TerraformStack(new App(), "s"), "P", {}).terraformGeneratorMetadata;
    expect(IlertProviderVersion.TARGETED).toBe(generated?.providerVersion);
    expect(requiredProviders({}).ilert).toEqual({ source: "iLert/ilert", version: "2.25.0" });
  });

  test("the context key replaces the iLert constraint only, for the default provider and the user's", () => {
    expect(IlertProviderVersion.CONTEXT_KEY).toBe("ilertProviderVersion");
    const pinned = requiredProviders({ ilertProviderVersion: "2.20.0" });
    expect(pinned.ilert).toEqual({ source: "iLert/ilert", version: "2.20.0" });
    expect(pinned.datadog).toEqual({ source: "DataDog/datadog", version: "3.82.0" });
    const own = requiredProviders({ ilertProviderVersion: ">= 2.20.0, < 3.0.0" }, (s) => new IlertProvider(s, "Ilert", {}));
    expect(own.ilert).toEqual({ source: "iLert/ilert", version: ">= 2.20.0, < 3.0.0" });
  });

  test("accepts any Terraform version constraint, written as it is", () => {
    const op = fc.constantFrom("", "=", "!=", ">", ">=", "<", "<=", "~>");
    const version = fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("."));
    const constraint = fc.tuple(op, version).map(([o, v]) => `${o}${o ? " " : ""}${v}`);
    fc.assert(
      fc.property(fc.array(constraint, { minLength: 1, maxLength: 3 }), (parts) => {
        const value = parts.join(", ");
        expect(requiredProviders({ ilertProviderVersion: value }).ilert.version).toBe(value);
      }),
      { numRuns: 25 },
    );
  });

  test("refuses a value that is not a version constraint, with the stack's path and the fix", () => {
    const fix = 'set it to the iLert provider version you install (in cdktf.json "context"), or remove it to require 2.25.0';
    const accepted = 'expected a Terraform version constraint, e.g. "2.20.0" or ">= 2.20.0, < 3.0.0"';
    expect(thrown(() => requiredProviders({ ilertProviderVersion: "2.x" })).message).toBe(
      `payments: invalid context key ilertProviderVersion "2.x": ${accepted}; ${fix}`,
    );
    expect(thrown(() => requiredProviders({ ilertProviderVersion: 2.2 })).message).toBe(
      `payments: invalid context key ilertProviderVersion 2.2: ${accepted}; ${fix}`,
    );
    expect(thrown(() => requiredProviders({ ilertProviderVersion: "" })).message).toBe(
      `payments: invalid context key ilertProviderVersion "": ${accepted}; ${fix}`,
    );
  });
});
