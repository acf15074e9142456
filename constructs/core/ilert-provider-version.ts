import { TerraformProvider, TerraformStack } from "cdktf";
import { fail } from "./validate";

/** One Terraform version constraint: an optional operator and a version of 1-3 numbers, maybe with a pre-release. */
const CONSTRAINT = String.raw`\s*(?:=|!=|>=|<=|>|<|~>)?\s*\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?\s*`;
const CONSTRAINTS = new RegExp(`^${CONSTRAINT}(?:,${CONSTRAINT})*$`);

/**
 * The iLert provider version the library targets, and how to require another one.
 *
 * Every stack that uses the library requires `iLert/ilert` at {@link IlertProviderVersion.TARGETED}.
 * To plan with another version (e.g. an older one that is all a private provider mirror has), set
 * the cdktf context key {@link IlertProviderVersion.CONTEXT_KEY} to a Terraform version constraint,
 * e.g. in cdktf.json: `"context": { "ilertProviderVersion": "2.20.0" }`. It replaces the constraint
 * in every stack that has an iLert provider. Features newer than that version (README, Deploy) are
 * then refused by the provider at plan time, not by the library.
 */
export class IlertProviderVersion {
  /** The version the iLert bindings are generated from: what every stack requires by default. */
  public static readonly TARGETED = "2.25.0";

  /** The cdktf context key whose value replaces the iLert provider's version constraint. */
  public static readonly CONTEXT_KEY = "ilertProviderVersion";

  /**
   * Applies the context key to `stack` (at synth, by the checks engine): when set, and the stack has
   * an iLert provider, its `required_providers` entry requires that constraint instead.
   */
  public static applyTo(stack: TerraformStack): void {
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
}
