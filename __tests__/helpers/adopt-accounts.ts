import type { Fetch } from "../../cli/adopt/api-client";
import type {
  AlertSourceJson,
  EscalationPolicyJson,
  MonitorJson,
  ScheduleJson,
  TeamJson,
  UserJson,
  WebhookJson,
} from "../../cli/adopt/api-shapes";
import type { DatadogAccount } from "../../cli/adopt/datadog-account";
import type { IlertAccount } from "../../cli/adopt/ilert-account";

/**
 * A hand-made iLert + Datadog setup for the adopt tests, in the APIs' JSON, and a stub `fetch` that
 * answers adopt's requests from it as the APIs page them (the e2e's fakes need the e2e install).
 */

export const ILERT = "https://ilert.example.test";
export const DATADOG = "https://datadog.example.test";
export const KEY = "il1dat0123456789abcdef";
export const ENV = { ILERT_API_TOKEN: "token", ILERT_ENDPOINT: ILERT, DD_API_KEY: "api", DD_APP_KEY: "app", DD_HOST: DATADOG };

export const USERS: UserJson[] = [
  { id: 1001, email: "alice@example.com", firstName: "Alice", lastName: "A" },
  { id: 1002, email: "bob@example.com", firstName: "Bob", lastName: "B" },
  { id: 1003, email: "lead@example.com", firstName: "Lee", lastName: "L" },
];
export const TEAMS: TeamJson[] = [
  { id: 1200, name: "Payments", visibility: "PUBLIC", members: [] },
  { id: 1201, name: "Search", visibility: "PUBLIC", members: [] },
];
export const SCHEDULE: ScheduleJson = {
  id: 67,
  name: "Checkout on-call",
  timezone: "Europe/Berlin",
  type: "RECURRING",
  scheduleLayers: [{ name: "Weekly", startsOn: "2026-01-05T09:00", users: [{ id: 1001 }, { id: 1002 }], rotation: "P7D" }],
  showGaps: true,
  defaultShiftDuration: "PT12H",
  teams: [{ id: 1200, name: "Payments" }],
};
export const POLICY: EscalationPolicyJson = {
  id: 45,
  name: "Checkout",
  escalationRules: [
    { escalationTimeout: 15, schedule: { id: 67 } },
    { escalationTimeout: 30, user: { id: 1003 } },
  ],
  repeating: true,
  frequency: 2,
  delayMin: 0,
  teams: [
    { id: 1200, name: "Payments" },
    { id: 1201, name: "Search" },
  ],
};
export const SOURCE: AlertSourceJson = {
  id: 101,
  name: "Checkout (Datadog)",
  integrationType: "DATADOG",
  integrationKey: KEY,
  integrationUrl: `${ILERT}/api/v1/events/datadog/${KEY}`,
  escalationPolicy: { id: 45, name: "Checkout" },
  alertCreation: "ONE_OPEN_ALERT_ALLOWED",
  alertPriorityRule: "HIGH",
  active: true,
  autoResolutionTimeout: "PT4H",
  summaryTemplate: { textTemplate: "{{ title }} ({{ service }})" },
  teams: [
    { id: 1200, name: "Payments" },
    { id: 1201, name: "Search" },
  ],
};
export const PAYLOAD =
  '{\n  "body": "$EVENT_MSG",\n  "alert_transition": "$ALERT_TRANSITION",\n  "alert_id": "$ALERT_ID",\n  "service": "checkout"\n}';
export const WEBHOOK: WebhookJson = { name: "ilert-checkout", url: SOURCE.integrationUrl!, payload: PAYLOAD, encode_as: "json" };
export const MONITOR: MonitorJson = {
  id: 7001,
  name: "Checkout errors",
  type: "query alert",
  query: "sum(last_5m):sum:checkout.errors{*}.as_count() > 50",
  message: "Errors. @webhook-ilert-checkout see the dashboard",
  priority: 2,
  tags: ["team:checkout"],
  options: { thresholds: { critical: 50 }, notify_no_data: false, include_tags: true, require_full_window: true, new_host_delay: 300 },
  draft_status: "published",
};

/** The setup's objects, each list replaceable. */
export interface Setup {
  readonly sources: AlertSourceJson[];
  readonly policies: EscalationPolicyJson[];
  readonly schedules: ScheduleJson[];
  readonly users: UserJson[];
  readonly teams: TeamJson[];
  readonly monitors: MonitorJson[];
  readonly webhooks: WebhookJson[];
}

export function setup(overrides: Partial<Setup> = {}): Setup {
  return {
    sources: [SOURCE],
    policies: [POLICY],
    schedules: [SCHEDULE],
    users: USERS,
    teams: TEAMS,
    monitors: [MONITOR],
    webhooks: [WEBHOOK],
    ...overrides,
  };
}

/** The accounts as adopt's readers return them for `s`. */
export function accounts(s: Setup = setup()): { ilert: IlertAccount; datadog: DatadogAccount } {
  const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  return {
    ilert: {
      alertSources: s.sources,
      datadogSources: s.sources.filter((x) => x.integrationType === "DATADOG"),
      escalationPolicies: byId(s.policies),
      schedules: byId(s.schedules),
      users: byId(s.users),
      teams: byId(s.teams),
    },
    datadog: { monitors: s.monitors, webhooks: new Map(s.webhooks.map((w) => [w.name, w])), missingWebhooks: [] },
  };
}

/** One request the stub answered. */
export interface StubRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
}

/**
 * A `fetch` answering adopt's GET requests from `s`: iLert lists paged by start-index/max-results
 * (at most `maxPage` items a page, whatever is asked), an alert source by id, Datadog's key check
 * (valid), its monitors paged by page/page_size, webhooks by name (404 when missing); `answer`
 * overrides any request first.
 */
export function stubFetch(
  s: Setup = setup(),
  options: { maxPage?: number; answer?: (url: URL) => Response | undefined } = {},
): { fetch: Fetch; requests: StubRequest[] } {
  const requests: StubRequest[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const fetch: Fetch = async (href, init) => {
    requests.push({ url: href, headers: init.headers });
    const url = new URL(href);
    const own = options.answer?.(url);
    if (own !== undefined) return own;
    const q = url.searchParams;
    const page = <T>(items: T[]) => {
      const start = Number(q.get("start-index") ?? 0);
      const max = Math.min(Number(q.get("max-results") ?? 50), options.maxPage ?? Infinity);
      return json(items.slice(start, start + max));
    };
    const lists: Record<string, unknown[]> = {
      "/api/alert-sources": s.sources.map(({ summaryTemplate: _t, ...listItem }) => listItem),
      "/api/escalation-policies": s.policies,
      "/api/schedules": s.schedules,
      "/api/users": s.users,
      "/api/teams": s.teams,
    };
    if (url.origin === ILERT && url.pathname in lists) return page(lists[url.pathname]);
    const source = /^\/api\/alert-sources\/(\d+)$/.exec(url.pathname);
    if (url.origin === ILERT && source) {
      const found = s.sources.find((x) => x.id === Number(source[1]));
      return found ? json(found) : json({ message: "not found" }, 404);
    }
    if (url.origin === DATADOG && url.pathname === "/api/v1/validate") return json({ valid: true });
    if (url.origin === DATADOG && url.pathname === "/api/v1/monitor") {
      const [n, size] = [Number(q.get("page")), Number(q.get("page_size"))];
      return json(s.monitors.slice(n * size, (n + 1) * size));
    }
    const webhook = /^\/api\/v1\/integration\/webhooks\/configuration\/webhooks\/([^/]+)$/.exec(url.pathname);
    if (url.origin === DATADOG && webhook) {
      const found = s.webhooks.find((w) => w.name === decodeURIComponent(webhook[1]));
      return found ? json(found) : json({ errors: ["Webhook does not exist"] }, 404);
    }
    return json({ message: `stub: no route for ${url.pathname}` }, 400);
  };
  return { fetch, requests };
}
