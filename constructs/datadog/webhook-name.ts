import { kebabSlug } from "../core/slug";

/**
 * Datadog does not document which characters a webhook name may hold; names with spaces fail only at
 * apply time (DataDog/terraform-provider-datadog#2618) and handles with parentheses do not work. The
 * provider's own tests use letters, digits, `-` and `_`, so that is what is accepted.
 */
export const WEBHOOK_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Derives a webhook name from an alert source name: `ilert-` and the name in lower-case kebab form. */
export function deriveWebhookName(name: string): string | undefined {
  // Only webhook-name characters: `_` is one, and is kept.
  const slug = kebabSlug(name, "_");
  return slug === "" ? undefined : `ilert-${slug}`;
}
