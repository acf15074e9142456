import * as http from "http";
import type { AddressInfo } from "net";

/**
 * A stand-in for iLert's and Datadog's APIs (and iLert's event intake) on 127.0.0.1, for the smoke
 * test's unit tests: one origin, every request recorded, and a model small enough to break each link
 * of the paging path on purpose. The real fakes (and the real providers) are the e2e's.
 */

export interface StubRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export type Handler = (request: StubRequest) => { status: number; body?: unknown } | undefined;

export interface Stub {
  readonly url: string;
  readonly requests: StubRequest[];
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1; a request it does not answer gets 400 (as the fakes answer what they do not model). */
export async function startStub(handler: Handler): Promise<Stub> {
  const requests: StubRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(request);
      const answer = handler(request) ?? { status: 400, body: { message: `the stub does not answer ${request.method} ${request.path}` } };
      res
        .writeHead(answer.status, answer.body === undefined ? {} : { "content-type": "application/json" })
        .end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The integration key of the stub's alert source. */
export const KEY = "il1datstubkey0123456789abcdef";
export const WEBHOOK = "ilert-payments-datadog";
export const PAYLOAD = JSON.stringify({
  alert_transition: "$ALERT_TRANSITION",
  alert_id: "$ALERT_ID",
  title: "$EVENT_TITLE",
  alert_priority: "$ALERT_PRIORITY",
});

/** How the stub's vendors behave; each default is the working path. */
export interface VendorBehaviour {
  /** The alert source's read: found (active or not), missing, or refused. */
  source?: "active" | "inactive" | 404 | 401;
  /** The webhook's read. */
  webhook?: "as deployed" | 404 | 403;
  /** What the live webhook says, over the deployed one. */
  webhookFields?: Record<string, unknown>;
  /** The intake's answer. */
  intake?: 202 | 404;
  /** Whether Triggered opens an alert, and on which policy. */
  opens?: boolean;
  policy?: number;
  /** Whether Recovered resolves it. */
  resolves?: boolean;
  /** The alert list's answer. */
  list?: 200 | 401;
}

/** The stub's vendors: iLert (alert source 1011 on policy 1010, its alerts, its intake at `/api/v1/events/datadog/<KEY>`) and Datadog (the webhook). */
export function vendors(stubUrl: () => string, behaviour: VendorBehaviour = {}): Handler {
  const alerts: Record<string, unknown>[] = [];
  return (req) => {
    if (req.method === "GET" && req.path === "/api/alert-sources/1011") {
      if (typeof behaviour.source === "number")
        return { status: behaviour.source, body: { message: behaviour.source === 401 ? "missing token" : "not found" } };
      return { status: 200, body: { id: 1011, active: behaviour.source !== "inactive", escalationPolicy: { id: 1010 } } };
    }
    if (req.method === "GET" && req.path === `/api/v1/integration/webhooks/configuration/webhooks/${WEBHOOK}`) {
      if (typeof behaviour.webhook === "number")
        return { status: behaviour.webhook, body: { errors: [behaviour.webhook === 403 ? "Forbidden" : "Webhook does not exist"] } };
      return {
        status: 200,
        body: {
          name: WEBHOOK,
          url: `${stubUrl()}/api/v1/events/datadog/${KEY}`,
          payload: PAYLOAD,
          encode_as: "json",
          ...behaviour.webhookFields,
        },
      };
    }
    if (req.method === "POST" && req.path === `/api/v1/events/datadog/${KEY}`) {
      if (behaviour.intake === 404) return { status: 404, body: { message: `no DATADOG alert source with integration key ${KEY}` } };
      const event = JSON.parse(req.body);
      const open = alerts.find((a) => a.alertKey === event.alert_id && a.status === "PENDING");
      if (event.alert_transition === "Recovered" && open && behaviour.resolves !== false) open.status = "RESOLVED";
      if (event.alert_transition === "Triggered" && behaviour.opens !== false) {
        alerts.push({
          id: 5000 + alerts.length,
          status: "PENDING",
          alertKey: event.alert_id,
          summary: event.title,
          priority: event.alert_priority === "P5" ? "LOW" : "HIGH",
          alertSource: { id: 1011 },
          escalationPolicy: { id: behaviour.policy ?? 1010, name: "Payments" },
        });
      }
      return { status: 202, body: {} };
    }
    if (req.method === "GET" && req.path === "/api/alerts") {
      if (behaviour.list === 401) return { status: 401, body: { message: "missing token" } };
      return { status: 200, body: [...alerts].reverse() };
    }
    const read = /^\/api\/alerts\/(\d+)$/.exec(req.path);
    if (req.method === "GET" && read) {
      const alert = alerts.find((a) => a.id === Number(read[1]));
      return alert ? { status: 200, body: alert } : { status: 404, body: { message: "not found" } };
    }
    return undefined;
  };
}
