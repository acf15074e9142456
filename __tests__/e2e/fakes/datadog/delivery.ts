/** Posting a rendered webhook body to the webhook's URL, as Datadog's notifier does. */

/** Datadog gives up on a webhook request after 15 seconds (webhooks docs, "Usage"). */
const TIMEOUT_MS = 15_000;

/** The receiver's answer. */
export interface DeliveryResult {
  readonly status: number;
  /** The response body: parsed JSON, or the text when it is not JSON. */
  readonly response: unknown;
}

/**
 * POSTs `body` to `url` with the webhook's custom headers (a JSON object text) on top of the content
 * type. Datadog retries a 5xx up to 5 times; the fake posts once and reports the status, so a test sees
 * the receiver's first answer. A network failure throws.
 */
export async function post(url: string, body: string, contentType: string, customHeaders?: string): Promise<DeliveryResult> {
  const headers = { "content-type": contentType, ...(customHeaders === undefined ? {} : JSON.parse(customHeaders)) };
  const res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await res.text();
  return { status: res.status, response: parseOrText(text) };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
