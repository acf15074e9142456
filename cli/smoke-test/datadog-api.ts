import { HttpAnswer, NoAnswer, request } from "./http-json";

/**
 * The Datadog API read of the smoke test: the live webhook, `GET
 * /api/v1/integration/webhooks/configuration/webhooks/{webhook_name}` of Datadog's API reference
 * (Webhooks Integration), with the API and application keys the provider uses.
 */

/** Where and as whom: the API's URL (`DD_HOST`, default `https://api.datadoghq.com/`) and both keys. */
export interface DatadogApi {
  readonly host: string;
  readonly apiKey: string;
  readonly appKey: string;
}

/** Datadog's API URL when none is configured (the provider's default, US1). */
export const DATADOG_DEFAULT_HOST = "https://api.datadoghq.com/";

/** A webhook as the API answers it (`WebhooksIntegration`). */
export interface DatadogWebhook {
  readonly name: string;
  readonly url: string;
  /** The payload template; null means Datadog's default body. */
  readonly payload?: string | null;
  /** Extra request headers, a JSON object as text. */
  readonly custom_headers?: string | null;
  readonly encode_as?: string;
}

/** The webhook named `name`. */
export function readWebhook(api: DatadogApi, name: string): Promise<HttpAnswer | NoAnswer> {
  const base = /^[a-z][a-z0-9+.-]*:\/\//i.test(api.host) ? api.host : `https://${api.host}`;
  return request(`${base.replace(/\/+$/, "")}/api/v1/integration/webhooks/configuration/webhooks/${encodeURIComponent(name)}`, {
    headers: { "dd-api-key": api.apiKey, "dd-application-key": api.appKey, accept: "application/json" },
  });
}
