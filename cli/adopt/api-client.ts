import { describeValue } from "../../constructs/core/shown-text";
import { AdoptError } from "./adopt-error";
import type { ApiAccess } from "./credentials";

/**
 * GET requests to one API with Node's own `fetch`: JSON answers, and every failure as one line
 * naming the API, the request, what happened and what to set ({@link AdoptError}). A 404 is a
 * {@link NotFound}, which callers expect for some reads (a webhook a monitor names but nobody made).
 */

/** A 404 answer to a read: the object does not exist (or the key cannot see it). */
export class NotFound extends Error {
  constructor(readonly path: string) {
    super(`not found: ${path}`);
    this.name = "NotFound";
  }
}

/** Which credential a refusal of one request means is wrong, and how the API tells. */
export interface Refused {
  readonly variable: string;
  readonly because: string;
}

/** What `fetch` the client calls: Node's own, or a test's. */
export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** How long one request may take before adopt gives up on it. */
const REQUEST_TIMEOUT_MS = 30_000;

/** One API's reader. */
export class ApiClient {
  constructor(
    readonly access: ApiAccess,
    private readonly fetchImpl: Fetch = (url, init) => fetch(url, init),
  ) {}

  /**
   * GET `path` with `query` (repeated keys for list values), the answer parsed as JSON. `refused`
   * says which credential a 401/403 answer to this request means is wrong, where the API tells.
   */
  async get(path: string, query: Readonly<Record<string, string | number | readonly string[]>> = {}, refused?: Refused): Promise<unknown> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
    }
    const search = params.size > 0 ? `?${params}` : "";
    const request = `GET ${path}${search}`;
    const { api, baseUrl } = this.access;
    let response: Response;
    try {
      response = await this.fetchImpl(`${baseUrl}${path}${search}`, {
        headers: { accept: "application/json", ...this.access.headers },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (e) {
      throw new AdoptError(`cannot reach ${api} at ${baseUrl} (${request}): ${networkProblem(e)}; ${this.endpointFix()}`);
    }
    const text = await response.text().catch(() => "");
    if (response.status === 404) throw new NotFound(path);
    if (response.status === 401 || response.status === 403) {
      throw new AdoptError(
        `${api} refused the credentials (${response.status}${reason(text)}) for ${request}: ${refused === undefined ? `check ${this.access.credentialVariables.join(", ")} (adopt needs read access to the account)` : `${refused.variable} is refused (${refused.because}): check it`} and that ${this.endpointFix(true)}`,
      );
    }
    if (!response.ok)
      throw new AdoptError(
        `${api} answered ${response.status}${reason(text)} to ${request}; adopt only reads, try again later or check ${this.access.endpointVariable}`,
      );
    try {
      return JSON.parse(text);
    } catch {
      throw new AdoptError(
        `${api} answered ${request} with something that is not JSON (${describeValue(text.slice(0, 60))}); is ${this.access.endpointVariable} (${baseUrl}) the API's address? ${this.endpointFix()}`,
      );
    }
  }

  private endpointFix(agreeing = false): string {
    const { endpointVariable, defaultBaseUrl, baseUrl } = this.access;
    return agreeing
      ? `${endpointVariable} names the account's API (now ${baseUrl})`
      : `set ${endpointVariable} to the API's address (unset, it is ${defaultBaseUrl})`;
  }
}

/** The API's own message of an error answer, where it gives one: iLert's `message`, Datadog's `errors`. */
function reason(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; errors?: unknown };
    const message = typeof body.message === "string" ? body.message : Array.isArray(body.errors) ? body.errors.join("; ") : undefined;
    return message === undefined || message === "" ? "" : `: ${describeValue(message).replace(/^"|"$/g, "")}`;
  } catch {
    return "";
  }
}

/** A failed connection in words: the system's code (ECONNREFUSED, ENOTFOUND, ...) or the timeout. */
function networkProblem(e: unknown): string {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error?.name === "TimeoutError") return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(e);
}
