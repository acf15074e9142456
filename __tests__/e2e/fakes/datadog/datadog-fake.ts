import type { FakeApi, FakeRequest, FakeRequestHead, FakeResponse } from "../fake-server";
import { datadogError, errorBody } from "./api-errors";
import { post } from "./delivery";
import { DowntimeJson, Downtimes } from "./downtimes";
import { mentionedWebhooks } from "./message-template";
import { Creator, MonitorJson, Monitors } from "./monitors";
import { checkTransition } from "./transitions";
import { AlertEvent, eventVariables, renderWebhookBody } from "./webhook-render";
import { WebhookJson, Webhooks } from "./webhooks";

/**
 * A stateful fake of the parts of the Datadog API the Terraform provider (DataDog/datadog 3.82.0)
 * calls for `datadog_monitor`, `datadog_webhook` and `datadog_downtime_schedule` (v2 downtimes), plus
 * Datadog's side of an alert: rendering and posting the webhook payloads a monitor notification sends.
 */

/** One webhook request a notification sent. */
export interface WebhookDelivery {
  readonly webhook: string;
  readonly url: string;
  /** The body sent. */
  readonly payload: string;
  readonly status: number;
  readonly response: unknown;
}

export interface DatadogFakeOptions {
  readonly apiKey: string;
  readonly appKey: string;
  /** `$ORG_NAME` in webhook payloads. */
  readonly orgName?: string;
}

/** `$ORG_ID` in webhook payloads. */
const ORG_ID = 1_000_000;
/** The user every monitor is created by (the API reports the application key's owner). */
const CREATOR: Creator = { name: "Terraform", handle: "terraform@example.com", email: "terraform@example.com", id: 1 };

const WEBHOOKS = "/api/v1/integration/webhooks/configuration/webhooks";
const DOWNTIME = "/api/v2/downtime";

interface Route {
  readonly method: string;
  readonly path: RegExp;
  /** The query parameters the API documents for the operation, by type; any other is refused. */
  readonly query?: Readonly<Record<string, "string" | "boolean">>;
  answer(params: string[], request: FakeRequest): FakeResponse;
}

export class DatadogFake implements FakeApi {
  readonly name = "datadog";
  readonly state: {
    readonly monitors: Map<number, MonitorJson>;
    readonly webhooks: Map<string, WebhookJson>;
    /** Every downtime, canceled ones too (the API keeps them readable for about two days). */
    readonly downtimes: Map<string, DowntimeJson>;
  };
  private readonly monitors = new Monitors(CREATOR);
  private readonly webhooks = new Webhooks();
  private readonly downtimes = new Downtimes((id) => this.monitors.byId.has(id));
  private readonly routes: readonly Route[];
  private nextEventId = 8_000_000_000_001;

  constructor(private readonly options: DatadogFakeOptions) {
    this.state = { monitors: this.monitors.byId, webhooks: this.webhooks.byName, downtimes: this.downtimes.byId };
    const monitors = this.monitors;
    const webhooks = this.webhooks;
    const downtimes = this.downtimes;
    this.routes = [
      { method: "POST", path: /^\/api\/v1\/monitor\/validate$/, answer: (_, r) => ok(monitors.validate(r.body)) },
      {
        method: "POST",
        path: /^\/api\/v1\/monitor\/(\d+)\/validate$/,
        answer: ([id], r) => ok(monitors.validate(r.body, Number(id))),
      },
      { method: "POST", path: /^\/api\/v1\/monitor$/, answer: (_, r) => ok(monitors.create(r.body)) },
      {
        method: "GET",
        path: /^\/api\/v1\/monitor$/,
        query: {
          group_states: "string",
          name: "string",
          tags: "string",
          monitor_tags: "string",
          with_downtimes: "boolean",
          id_offset: "string",
          page: "string",
          page_size: "string",
        },
        answer: (_, r) => ok(monitors.list(r.query)),
      },
      {
        method: "GET",
        path: /^\/api\/v1\/monitor\/(\d+)$/,
        query: { group_states: "string", with_downtimes: "boolean" },
        answer: ([id], r) => ok(monitors.get(Number(id), r.query.get("with_downtimes") === "true")),
      },
      { method: "PUT", path: /^\/api\/v1\/monitor\/(\d+)$/, answer: ([id], r) => ok(monitors.update(Number(id), r.body)) },
      {
        method: "DELETE",
        path: /^\/api\/v1\/monitor\/(\d+)$/,
        // `force` only matters for a monitor other resources use (SLOs, composites), which the fake does not model.
        query: { force: "boolean" },
        answer: ([id]) => ok(monitors.delete(Number(id))),
      },
      { method: "POST", path: new RegExp(`^${WEBHOOKS}$`), answer: (_, r) => ({ status: 201, body: webhooks.create(r.body) }) },
      { method: "GET", path: new RegExp(`^${WEBHOOKS}/([^/]+)$`), answer: ([name]) => ok(webhooks.get(name)) },
      { method: "PUT", path: new RegExp(`^${WEBHOOKS}/([^/]+)$`), answer: ([name], r) => ok(webhooks.update(name, r.body)) },
      { method: "DELETE", path: new RegExp(`^${WEBHOOKS}/([^/]+)$`), answer: ([name]) => ok(webhooks.delete(name)) },
      { method: "POST", path: new RegExp(`^${DOWNTIME}$`), answer: (_, r) => ok(downtimes.create(r.body)) },
      {
        method: "GET",
        path: new RegExp(`^${DOWNTIME}/([^/]+)$`),
        query: { include: "string" },
        answer: ([id]) => ok(downtimes.get(id)),
      },
      { method: "PATCH", path: new RegExp(`^${DOWNTIME}/([^/]+)$`), answer: ([id], r) => ok(downtimes.update(id, r.body)) },
      {
        method: "DELETE",
        path: new RegExp(`^${DOWNTIME}/([^/]+)$`),
        answer: ([id]) => {
          downtimes.cancel(id);
          return { status: 204 };
        },
      },
    ];
  }

  /**
   * Datadog answers a missing or wrong key with 403 `{"errors":["Forbidden"]}`. `GET /validate` checks
   * the API key only ("Check if the API key (not the APP key) is valid", API reference).
   */
  authenticate(request: FakeRequestHead): void {
    const apiKeyOk = request.headers["dd-api-key"] === this.options.apiKey;
    const appKeyOk = isValidate(request) || request.headers["dd-application-key"] === this.options.appKey;
    if (!apiKeyOk || !appKeyOk) throw datadogError(403, "Forbidden");
  }

  handle(request: FakeRequest): FakeResponse {
    if (isValidate(request)) return ok({ valid: true });
    for (const route of this.routes) {
      const match = route.path.exec(request.path);
      if (match === null || route.method !== request.method) continue;
      checkQuery(request.query, route.query ?? {});
      return route.answer(match.slice(1), request);
    }
    // The real API answers 404, but the provider reads a 404 as "deleted" and would drop the resource
    // silently: a request the fake does not model must fail loudly instead.
    throw datadogError(400, `the Datadog fake does not model ${request.method} ${request.path}`);
  }

  errorBody(message: string): unknown {
    return errorBody(message);
  }

  /** Whether the fake answers `method` `path`, rather than refusing it as unknown. */
  answers(method: string, path: string): boolean {
    return isValidate({ method, path }) || this.routes.some((r) => r.method === method && r.path.test(path));
  }

  /**
   * What Datadog does when monitor `monitorId` changes state: every webhook its message mentions for
   * this notification (conditional blocks evaluated) gets the payload rendered for the event, posted
   * to its URL. A mention of a webhook that does not exist sends nothing, as in Datadog.
   */
  async notify(monitorId: number, transition: string): Promise<WebhookDelivery[]> {
    const checked = checkTransition(transition);
    const { monitor, before, after } = this.monitors.transition(monitorId, checked);
    const event: AlertEvent = {
      monitor: { ...monitor, priority: monitor.priority ?? null },
      transition: checked,
      before,
      after,
      eventId: this.nextEventId++,
      date: Date.now(),
      org: { id: ORG_ID, name: this.options.orgName ?? "Datadog Fake Org" },
    };
    const deliveries: WebhookDelivery[] = [];
    for (const name of mentionedWebhooks(eventVariables(event).EVENT_MSG)) {
      const webhook = this.webhooks.byName.get(name);
      if (webhook === undefined) continue;
      const { body, contentType } = renderWebhookBody(webhook.payload, webhook.encode_as, event);
      const { status, response } = await post(webhook.url, body, contentType, webhook.custom_headers);
      deliveries.push({ webhook: name, url: webhook.url, payload: body, status, response });
    }
    return deliveries;
  }
}

function isValidate(request: Pick<FakeRequestHead, "method" | "path">): boolean {
  return request.method === "GET" && request.path === "/api/v1/validate";
}

function ok(body: unknown): FakeResponse {
  return { status: 200, body };
}

/** Refuses a query parameter the operation does not document, or a boolean other than `true` / `false`. */
function checkQuery(query: URLSearchParams, documented: Readonly<Record<string, "string" | "boolean">>): void {
  for (const [name, value] of query) {
    const type = Object.prototype.hasOwnProperty.call(documented, name) ? documented[name] : undefined;
    if (type === undefined) throw datadogError(400, `unknown query parameter: ${name}`);
    if (type === "boolean" && value !== "true" && value !== "false") throw datadogError(400, `${name}: "${value}" is not a boolean`);
  }
}
