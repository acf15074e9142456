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
}
