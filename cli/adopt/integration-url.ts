import type { AlertSourceJson, WebhookJson } from "./api-shapes";

/**
 * Whether a webhook posts to an alert source. UNCERTAIN (ilert-provider.md §12): that the "Datadog
 * Webhook URL" the iLert UI shows, which a person pasted into the webhook, is exactly the REST API's
 * `integrationUrl`. The UI shows `https://api.ilert.com/api/v1/events/datadog/<key>` (older
 * screenshots: another host), the same form. So a webhook posts to a source when its URL is the
 * source's `integrationUrl`, or else when its path ends with the source's integration key (the key
 * is unique to the source). The second kind is adopted too, and the first apply then sets the URL to
 * the `integrationUrl` (the library always references it): adopt reports that change.
 */
export function postsTo(webhook: WebhookJson, source: AlertSourceJson): "exactly" | "by-key" | undefined {
  if (source.integrationUrl !== undefined && webhook.url === source.integrationUrl) return "exactly";
  const key = source.integrationKey;
  if (key === undefined || key === "") return undefined;
  let path: string;
  try {
    path = new URL(webhook.url).pathname;
  } catch {
    return undefined;
  }
  return path.replace(/\/+$/, "").split("/").pop() === key ? "by-key" : undefined;
}
