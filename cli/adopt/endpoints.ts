import { DATADOG_MONITOR_PAGING, ilertPaging, Paging } from "./paging";

/**
 * Every endpoint `adopt` reads, in one place: the lists (with their page sizes, the maxima iLert's
 * OpenAPI document gives) and the single reads. GET only. The fakes answer each of them
 * (`__tests__/e2e/fakes/adopt-endpoints.test.ts`).
 */

/** A list endpoint and how it pages. */
export interface ListEndpoint {
  readonly path: string;
  readonly paging: Paging;
}

export const ILERT_LISTS = {
  alertSources: { path: "/api/alert-sources", paging: ilertPaging(50) },
  escalationPolicies: { path: "/api/escalation-policies", paging: ilertPaging(50) },
  schedules: { path: "/api/schedules", paging: ilertPaging(20) },
  users: { path: "/api/users", paging: ilertPaging(100) },
  teams: { path: "/api/teams", paging: ilertPaging(100) },
} satisfies Record<string, ListEndpoint>;

/** An alert source with every field the provider reads (list items lack the templates). */
export const ILERT_ALERT_SOURCE = (id: number) => `/api/alert-sources/${id}`;

/**
 * The `include` values of an alert source read: those iLert provider 2.20.0 asks for, so that adopt
 * sees what Terraform will. (The severity and services templates of 2.22.0 and later are not read.)
 */
export const ALERT_SOURCE_INCLUDES = [
  "summaryTemplate",
  "detailsTemplate",
  "routingTemplate",
  "textTemplate",
  "linkTemplates",
  "priorityTemplate",
  "eventFilter",
  "alertKeyTemplate",
  "eventTypeFilterCreate",
  "eventTypeFilterAccept",
  "eventTypeFilterResolve",
];

/** A schedule list's `include`: the layers of recurring schedules, the shifts of static ones. */
export const SCHEDULE_INCLUDES = ["scheduleLayers", "shifts"];

/** Datadog's key check: it checks the API key only (the Datadog provider calls it when it starts). */
export const DATADOG_VALIDATE = "/api/v1/validate";

export const DATADOG_MONITORS: ListEndpoint = { path: "/api/v1/monitor", paging: DATADOG_MONITOR_PAGING };

/** A webhook, by name: Datadog has no list of webhooks. */
export const DATADOG_WEBHOOK = (name: string) => `/api/v1/integration/webhooks/configuration/webhooks/${encodeURIComponent(name)}`;

/** `METHOD /path` of every request adopt makes (`{id}`, `{name}` for parameters), for the fakes' test. */
export const ADOPT_ENDPOINTS: readonly string[] = [
  `GET ${DATADOG_VALIDATE}`,
  ...Object.values(ILERT_LISTS).map((list) => `GET ${list.path}`),
  `GET ${ILERT_ALERT_SOURCE(0).replace("/0", "/{id}")}`,
  `GET ${DATADOG_MONITORS.path}`,
  `GET ${DATADOG_WEBHOOK("{name}").replace(encodeURIComponent("{name}"), "{name}")}`,
];
