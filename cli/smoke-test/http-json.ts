/**
 * The smoke test's HTTP: Node's `fetch`, JSON in and out, a time limit on every request, and network
 * failures turned into a value (the link that does not answer is a finding, not a crash).
 */

/** No single request may take longer: Datadog itself gives up on a webhook after 15 seconds. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** An answer: its status and its body (parsed JSON, or the text when it is not JSON). */
export interface HttpAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** A request that got no answer: why (`ECONNREFUSED`, `timeout`, ...). */
export interface NoAnswer {
  readonly status: undefined;
  readonly reason: string;
}

/** Sends a request; resolves with the answer, or with why there was none. */
export async function request(
  url: string,
  init: { readonly method?: string; readonly headers?: Record<string, string>; readonly body?: string } = {},
): Promise<HttpAnswer | NoAnswer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: "manual" });
    const text = await response.text();
    return { status: response.status, body: parseOrText(text) };
  } catch (e) {
    return { status: undefined, reason: reasonOf(e) };
  }
}

/** The short reason of a failed fetch: the system error's code (`ECONNREFUSED`), `timeout`, or the message. */
export function reasonOf(e: unknown): string {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error?.name === "TimeoutError") return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(e);
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
