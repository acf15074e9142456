import { TerraformProvider, TerraformStack } from "cdktf";
import { IlertProviderVersion } from "../ilert-provider-version";
import { fail } from "../validate";

/** One Terraform version constraint: an optional operator and a version of 1-3 numbers, maybe with a pre-release. */
const CONSTRAINT = String.raw`\s*(?:=|!=|>=|<=|>|<|~>)?\s*\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?\s*`;
const CONSTRAINTS = new RegExp(`^${CONSTRAINT}(?:,${CONSTRAINT})*$`);

/**
 * Applies the cdktf context key {@link IlertProviderVersion.CONTEXT_KEY} to `stack` (at synth, by the
 * stack setup): when set, and the stack has an iLert provider, its `required_providers` entry requires
 * that constraint instead of {@link IlertProviderVersion.TARGETED}.
 */
export function applyIlertProviderVersion(stack: TerraformStack): void {
  const constraint: unknown = stack.node.tryGetContext(IlertProviderVersion.CONTEXT_KEY);
  if (constraint === undefined) return;
  if (typeof constraint !== "string" || !CONSTRAINTS.test(constraint)) {
    fail(
      stack,
      `context key ${IlertProviderVersion.CONTEXT_KEY}`,
      constraint,
      'a Terraform version constraint, e.g. "2.20.0" or ">= 2.20.0, < 3.0.0"',
      `set it to the iLert provider version you install (in cdktf.json "context"), or remove it to require ${IlertProviderVersion.TARGETED}`,
    );
  }
  const hasIlert = stack.node.findAll().some((c) => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === "ilert");
  if (hasIlert) stack.addOverride("terraform.required_providers.ilert.version", constraint.trim());
}
