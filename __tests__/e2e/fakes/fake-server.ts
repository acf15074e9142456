import * as http from "http";
import type { AddressInfo } from "net";

/**
 * The HTTP layer shared by the local API fakes: one server per API on 127.0.0.1 and an ephemeral port,
 * JSON in and out, every request logged, injected faults, and never a 5xx (both vendors' clients
 * retry 5xx for minutes, which would turn a fake's bug into a hung deploy instead of a clear error).
 * Users run the fakes as a sandbox (`npm run fakes`), so a hostile or malformed request gets a 4xx and
 * the server keeps serving: a request target that does not parse or decode is a 400, the credentials
 * are checked before the body is read, and a body is read only up to {@link MAX_BODY_BYTES}.
 */

/**
 * The largest request body the fakes read (413 above it). The providers' bodies are a few kilobytes:
 * the largest, an alert source with every template or a monitor with a long message, stays far below.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request as a fake API sees it before its body is read: enough to check its credentials. */
export interface FakeRequestHead {
  readonly method: string;
  /** The decoded path, without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
}

/** A request as a fake API sees it. */
export interface FakeRequest extends FakeRequestHead {
  /** The parsed JSON body; undefined when the body is empty. */
  readonly body: unknown;
}

/** What a fake API answers. */
export interface FakeResponse {
  readonly status: number;
  /** Sent as JSON; nothing is sent when undefined (e.g. 204). */
  readonly body?: unknown;
}

/** A refusal the way the vendor refuses: a 4xx with a body in the vendor's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The response body; the API's own error shape. */
    readonly body: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** One vendor's API, kept in memory. */
export interface FakeApi {
  /** Short name used in the log ("ilert", "datadog"). */
  readonly name: string;
  /** Checks the credentials of a request before its body is read; throws ApiError to refuse it. */
  authenticate(request: FakeRequestHead): void;
  /** Answers one request whose credentials were checked; throws ApiError to refuse it. */
  handle(request: FakeRequest): FakeResponse | Promise<FakeResponse>;
  /** The body of an error the fake raises itself (unknown route, bad JSON, injected fault). */
  errorBody(message: string): unknown;
}

/** A fault injected into the next matching requests. */
export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly message: string;
  /** How many matching requests still fail. */
  remaining: number;
  /** How many requests this fault refused so far. */
  hits: number;
}

/** One line of the request log. */
export interface LoggedRequest {
  readonly api: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** The reason of a refusal. */
  readonly error?: string;
  /** True when an injected fault answered. */
  readonly injected: boolean;
}

/** An API fake listening on 127.0.0.1. */
export class FakeServer {
  /** Starts `api` on 127.0.0.1 and an ephemeral port. `log` receives one line per request. */
  static async start(api: FakeApi, log: (line: string) => void = () => undefined): Promise<FakeServer> {
    const fake = new FakeServer(api, log);
    await new Promise<void>((resolve, reject) => {
      fake.server.once("error", reject);
      fake.server.listen(0, "127.0.0.1", () => resolve());
    });
    return fake;
  }

  /** Every request answered so far, in order. */
  readonly requests: LoggedRequest[] = [];
  private readonly faults: Fault[] = [];
  private readonly server: http.Server;

  private constructor(
    readonly api: FakeApi,
    private readonly log: (line: string) => void,
  ) {
    this.server = http.createServer((req, res) => void this.serve(req, res).catch((e: Error) => this.lastResort(res, e)));
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Refuses the next `times` requests matching `method` and `path` with `status` (4xx) and `message`. */
  failNext(method: string, path: RegExp, options: { status?: number; message?: string; times?: number } = {}): Fault {
    const status = options.status ?? 400;
    if (status < 400 || status > 499) throw new Error(`a fault must be a 4xx (clients retry 5xx for minutes), not ${status}`);
    const fault: Fault = {
      method,
      path,
      status,
      message: options.message ?? `injected fault: ${method} ${path.source} refused`,
      remaining: options.times ?? 1,
      hits: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  /** Requests the fake refused without an injected fault: each is a defect of the library or the fake. */
  refused(): LoggedRequest[] {
    return this.requests.filter((r) => r.status >= 400 && !r.injected && r.status !== 404);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Keeps the server serving when answering fails after all (e.g. the log cannot be written). */
  private lastResort(res: http.ServerResponse, e: Error): void {
    console.error(`[${this.api.name}] could not answer a request: ${e.message}`);
    if (!res.headersSent) res.writeHead(400, { connection: "close" });
    res.end();
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const target = req.url ?? "/";
    let status: number;
    let body: unknown;
    let error: string | undefined;
    let injected = false;
    let path = target;
    try {
      const head = { method, headers: req.headers, ...parseTarget(target, this.api) };
      path = head.path;
      this.api.authenticate(head);
      const raw = await readBody(req, this.api);
      const fault = this.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(head.path));
      if (fault) {
        fault.remaining--;
        fault.hits++;
        injected = true;
        throw new ApiError(fault.status, fault.message, this.api.errorBody(fault.message));
      }
      let parsed: unknown;
      if (raw.length > 0) {
        try {
          parsed = JSON.parse(raw);
        } catch (e) {
          throw new ApiError(400, `the body is not JSON: ${(e as Error).message}`, this.api.errorBody("malformed JSON"));
        }
      }
      ({ status, body } = await this.api.handle({ ...head, body: parsed }));
    } catch (e) {
      // Anything else the fake throws is still a 4xx: a 5xx would be retried by the clients for minutes.
      const apiError = e instanceof ApiError ? e : new ApiError(400, `fake error: ${(e as Error).stack}`, this.api.errorBody(String(e)));
      ({ status, body } = apiError);
      error = apiError.message;
    }
    this.requests.push({ api: this.api.name, method, path, status, error, injected });
    this.log(`[${this.api.name}] ${method} ${target} -> ${status}${error ? `: ${error}` : ""}`);
    const json = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders =
      json === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(json) };
    // A body refused before it was read in full (credentials, size) is not read on: the connection closes.
    if (!req.complete) {
      headers.connection = "close";
      req.resume();
    }
    res.writeHead(status, headers).end(json);
  }
}

/**
 * The path (decoded) and query of a request target. A target that is not a URL (`http://[bad/`) or
 * whose path does not decode (`%E0%A4%A`) is refused with 400: the request is malformed.
 */
function parseTarget(target: string, api: FakeApi): { path: string; query: URLSearchParams } {
  let url: URL;
  try {
    url = new URL(target, "http://127.0.0.1");
  } catch {
    throw new ApiError(400, `malformed request target ${JSON.stringify(target)}`, api.errorBody("malformed request target"));
  }
  try {
    return { path: decodeURIComponent(url.pathname), query: url.searchParams };
  } catch {
    throw new ApiError(400, `the path ${url.pathname} is not URL-encoded UTF-8`, api.errorBody("malformed request path"));
  }
}

/**
 * The body as text, read up to {@link MAX_BODY_BYTES}: a longer body (declared, or sent without a
 * length) is refused with 413 as soon as it is known, without reading or keeping the rest.
 */
function readBody(req: http.IncomingMessage, api: FakeApi): Promise<string> {
  const tooLarge = () =>
    new ApiError(413, `the body exceeds the fake's limit of ${MAX_BODY_BYTES} bytes`, api.errorBody("request body too large"));
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off("data", onData);
      reject(tooLarge());
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
