import * as http from "http";
import type { AddressInfo } from "net";

/**
 * The HTTP layer shared by the local API fakes: one server per API on 127.0.0.1 and an ephemeral port,
 * JSON in and out, every request logged, injected faults, and never a 5xx (both vendors' clients
 * retry 5xx for minutes, which would turn a fake's bug into a hung deploy instead of a clear error).
 */

/** A request as a fake API sees it. */
export interface FakeRequest {
  readonly method: string;
  /** The decoded path, without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
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
  /** Answers one request; throws ApiError to refuse it. */
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
    this.server = http.createServer((req, res) => void this.serve(req, res));
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

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const path = decodeURIComponent(url.pathname);
    let status: number;
    let body: unknown;
    let error: string | undefined;
    let injected = false;
    try {
      const raw = await readBody(req);
      const fault = this.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
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
      ({ status, body } = await this.api.handle({ method, path, query: url.searchParams, headers: req.headers, body: parsed }));
    } catch (e) {
      // Anything else the fake throws is still a 4xx: a 5xx would be retried by the clients for minutes.
      const apiError = e instanceof ApiError ? e : new ApiError(400, `fake error: ${(e as Error).stack}`, this.api.errorBody(String(e)));
      ({ status, body } = apiError);
      error = apiError.message;
    }
    this.requests.push({ api: this.api.name, method, path, status, error, injected });
    this.log(`[${this.api.name}] ${method} ${url.pathname}${url.search} -> ${status}${error ? `: ${error}` : ""}`);
    if (body === undefined) {
      res.writeHead(status).end();
    } else {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    }
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
