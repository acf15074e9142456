import { badRequest, notFound } from "./errors";
import { ID, Route, ok, route } from "./routing";
import type { IlertStore } from "./store";
import type { IlertAlert } from "./types";

/**
 * `GET /api/alerts` and `GET /api/alerts/{id}`: the alerts the Datadog intake opened (events.ts), so
 * that a user of the sandbox, a test and `ilert-datadog smoke-test` can see what opened, where it was
 * routed and whether it resolved. Written from iLert's OpenAPI document ("ilert REST API", `Alert`
 * and the list's parameters) and ilert-go 3.19.0 (`alert.go`), which name the list's filters
 * differently: the document `states`, `sources`, `policies`, `responders`, ilert-go `state`,
 * `alert-source`, `assigned-to`. Which names the live API takes is UNCERTAIN, so the fake takes both
 * (each repeatable, values of one name or both ORed). Any other parameter is refused with 400 naming
 * it, as the fake refuses what it does not model.
 */

/** The list's page size: the document's default and maximum. */
const DEFAULT_MAX_RESULTS = 50;
const MAX_RESULTS = 100;

/** Alert states: the document's three, and ilert-go's `NEW` (no alert of the fake has it). */
const STATES = ["PENDING", "ACCEPTED", "RESOLVED", "NEW"];

/** Each filter: the document's name and ilert-go's, and how a value is read. */
const FILTERS = {
  states: { names: ["states", "state"], value: state },
  sources: { names: ["sources", "alert-source"], value: id },
  policies: { names: ["policies"], value: id },
  responders: { names: ["responders", "assigned-to"], value: (v: string) => v },
} as const;

/** `include` values: the list takes `nextEscalationUser`, a single read also the others (document and ilert-go). */
const LIST_INCLUDES = ["nextEscalationUser"];
const READ_INCLUDES = ["nextEscalationUser", "escalationRules", "customDetails"];

const LIST_PARAMETERS = new Set([
  "start-index",
  "max-results",
  "include",
  "from",
  "until",
  ...Object.values(FILTERS).flatMap((f) => [...f.names]),
]);

export function alertRoutes(store: IlertStore): Route[] {
  return [
    route("GET", "/api/alerts", (req) => {
      const query = req.query;
      for (const name of query.keys()) if (!LIST_PARAMETERS.has(name)) throw badRequest(`unknown query parameter: ${name}`);
      checkIncludes(query, LIST_INCLUDES);
      const start = integer(query, "start-index", 0, 0);
      const max = integer(query, "max-results", DEFAULT_MAX_RESULTS, 1, MAX_RESULTS);
      const from = instant(query, "from");
      const until = instant(query, "until");
      const wanted = Object.fromEntries(
        Object.entries(FILTERS).map(([key, filter]) => [
          key,
          filter.names.flatMap((name) => query.getAll(name).map((v) => String(filter.value(v, name)))),
        ]),
      ) as Record<keyof typeof FILTERS, string[]>;
      const matches = (alert: IlertAlert) => {
        const view = alertView(store, alert);
        const reported = Date.parse(alert.reportTime);
        return (
          (wanted.states.length === 0 || wanted.states.includes(alert.status)) &&
          (wanted.sources.length === 0 || wanted.sources.includes(String(alert.alertSourceId))) &&
          (wanted.policies.length === 0 || wanted.policies.includes(String(alert.escalationPolicyId))) &&
          (wanted.responders.length === 0 ||
            view.responders.some(
              (r) => wanted.responders.includes(String(r.user.id)) || wanted.responders.includes(r.user.username ?? ""),
            )) &&
          (from === undefined || reported >= from) &&
          (until === undefined || reported <= until)
        );
      };
      // Newest first, as the iLert app lists them; the document advises paging by id within a window.
      const found = [...store.alerts].reverse().filter(matches);
      return ok(found.slice(start, start + max).map((a) => alertView(store, a)));
    }),
    route("GET", `/api/alerts/${ID}`, (req, [alertId]) => {
      for (const name of req.query.keys()) if (name !== "include") throw badRequest(`unknown query parameter: ${name}`);
      checkIncludes(req.query, READ_INCLUDES);
      const alert = store.alerts.find((a) => a.id === Number(alertId));
      if (alert === undefined) throw notFound(`alert ${alertId} not found`);
      return ok(alertView(store, alert));
    }),
  ];
}

/** A responder as the document's `Alert.responders` item has it. */
interface Responder {
  user: { id: number; username?: string; firstName?: string; lastName?: string; email: string };
  status: "PENDING" | "ACCEPTED";
}

/**
 * An alert as the API answers it (the document's `Alert`): the fields the fake knows. The source and
 * the policy are embedded as they are now (short forms when they were deleted since). The responders
 * are the user the first rule pages (a schedule's on-call user is not computed by the fake: none).
 */
export function alertView(store: IlertStore, alert: IlertAlert) {
  const source = store.alertSources.get(alert.alertSourceId);
  const policy = store.escalationPolicies.get(alert.escalationPolicyId);
  const policyShort = { id: alert.escalationPolicyId, name: policy?.name };
  const user = alert.firstTarget.type === "USER" ? store.users.get(alert.firstTarget.id) : undefined;
  const responders: Responder[] =
    user === undefined
      ? []
      : [
          {
            user: { id: user.id, username: user.username, firstName: user.firstName, lastName: user.lastName, email: user.email },
            status: "PENDING",
          },
        ];
  return {
    id: alert.id,
    summary: alert.summary,
    reportTime: alert.reportTime,
    resolvedOn: alert.resolvedOn ?? null,
    status: alert.status,
    priority: alert.priority,
    alertKey: alert.alertKey,
    alertSource:
      source === undefined
        ? { id: alert.alertSourceId }
        : {
            id: source.id,
            name: source.name,
            integrationType: source.integrationType,
            escalationPolicy: source.escalationPolicy,
            teams: source.teams ?? [],
          },
    escalationPolicy: policyShort,
    responders,
  };
}

function checkIncludes(query: URLSearchParams, accepted: readonly string[]): void {
  for (const value of query.getAll("include")) {
    if (!accepted.includes(value)) throw badRequest(`include: "${value}" is not one of ${accepted.join(", ")}`);
  }
}

function integer(query: URLSearchParams, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = query.get(name);
  if (text === null) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) throw badRequest(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
  return value;
}

/** `from` / `until`: an ISO 8601 date-time, compared with `reportTime`. */
function instant(query: URLSearchParams, name: string): number | undefined {
  const text = query.get(name);
  if (text === null) return undefined;
  const value = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(value)) throw badRequest(`${name}: "${text}" is not an ISO 8601 date-time, e.g. 2026-03-23T09:00:00Z`);
  return value;
}

function state(value: string): string {
  if (!STATES.includes(value)) throw badRequest(`state: "${value}" is not one of ${STATES.join(", ")}`);
  return value;
}

function id(value: string, name: string): string {
  if (!/^[1-9]\d{0,18}$/.test(value)) throw badRequest(`${name}: "${value}" is not a numeric id`);
  return value;
}
