import { fromTerraformString } from "../../constructs/core/terraform-escape";

/** A resource's or a nested block's attributes, as cdk.tf.json holds them. */
export type Body = Readonly<Record<string, unknown>>;

/** A nested block that occurs at most once: cdktf writes it as an object or a one-element list. */
export function oneBlock(value: unknown): Body {
  return ((Array.isArray(value) ? value[0] : value) ?? {}) as Body;
}

/** A nested block that may repeat: absent, one object, or a list. */
export function blockList(value: unknown): Body[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Body[];
}

/** A synthesized string attribute as the user wrote it (Terraform's `$${` and `%%{` escapes undone). */
export function literalText(value: unknown): string {
  return fromTerraformString(String(value));
}
