import { randomBytes } from "crypto";
import { badRequest } from "./errors";
import { MAILBOX_INTEGRATION_TYPES } from "./enums";
import { ID, NAME, Route, created, noContent, ok, page, route, withIncludes } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { AlertSource, TeamShort } from "./types";

/** The fields the API answers only when asked with `include=` (the provider always asks for all of them). */
const INCLUDE_ONLY = [
  "summaryTemplate",
  "detailsTemplate",
  "routingTemplate",
  "alertKeyTemplate",
  "linkTemplates",
  "priorityTemplate",
  "eventFilter",
  "eventTypeFilterCreate",
  "eventTypeFilterAccept",
  "eventTypeFilterResolve",
];

/** An alert source as sent: the computed fields (id, key, URL, status) may come back from the client's state and are ignored. */
interface AlertSourceBody {
  name: string;
  integrationType: string;
  integrationKey?: string;
  active?: boolean;
  escalationPolicy: { id: number };
  teams?: TeamShort[];
  supportHours?: { id?: number };
  filterOperator?: string;
  resolveFilterOperator?: string;
  [field: string]: unknown;
}

/**
 * `/api/alert-sources`. `integrationUrl(key)` is where the source receives events. Besides echoing what
 * was sent, the API: generates the integration key (except for email sources, whose key is the mailbox),
 * answers the escalation policy as an object, keeps the deprecated `filterOperator` and
 * `resolveFilterOperator` for `EMAIL` sources only, and keeps the teams when an update omits them.
 */
export function alertSourceRoutes(store: IlertStore, integrationUrl: (integrationKey: string) => string): Route[] {
  const view = (source: AlertSource, query: URLSearchParams) =>
    withIncludes(
      {
        ...source,
        escalationPolicy: store.escalationPolicies.get(source.escalationPolicy.id) ?? source.escalationPolicy,
        status: statusOf(store, source),
      },
      INCLUDE_ONLY,
      query,
    );

  const write = (body: AlertSourceBody, id: number, current?: AlertSource): AlertSource => {
    // id, integrationUrl and status are the API's: a client sending them back (the provider does) changes nothing.
    const {
      escalationPolicy,
      teams,
      filterOperator,
      resolveFilterOperator,
      integrationKey,
      id: _id,
      integrationUrl: _url,
      status: _status,
      ...rest
    } = body;
    if (current && current.integrationType !== body.integrationType) {
      throw badRequest(`the integrationType of alert source ${id} cannot change (${current.integrationType} -> ${body.integrationType})`);
    }
    const policy = store.escalationPolicies.get(escalationPolicy.id);
    if (policy === undefined) throw badRequest(`escalation policy ${escalationPolicy.id} does not exist`);
    const supportHoursId = body.supportHours?.id;
    if (supportHoursId !== undefined && !store.supportHours.has(supportHoursId))
      throw badRequest(`support hour ${supportHoursId} does not exist`);
    const isMailbox = MAILBOX_INTEGRATION_TYPES.includes(body.integrationType);
    const key = isMailbox && integrationKey ? integrationKey : (current?.integrationKey ?? `il1dat${randomBytes(16).toString("hex")}`);
    const source: AlertSource = {
      ...rest,
      id,
      integrationKey: key,
      integrationUrl: integrationUrl(key),
      active: body.active ?? true,
      escalationPolicy: { id: policy.id, name: policy.name },
      // The API keeps the deprecated email filter operators for the legacy EMAIL type only.
      ...(body.integrationType === "EMAIL" ? definedOnly({ filterOperator, resolveFilterOperator }) : {}),
    };
    const afterTeams = store.teamsAfterWrite(teams, current?.teams);
    if (afterTeams !== undefined) source.teams = afterTeams;
    store.alertSources.set(id, source);
    return source;
  };

  return [
    route("POST", "/api/alert-sources", (req) => created(view(write(checkBody("alertSource", req.body), store.nextId()), req.query))),
    // List items are the API's `AlertSourceNoIncludes`: no templates, whatever `include` asks.
    route("GET", "/api/alert-sources", (req) =>
      ok(page(store.alertSources.values(), req.query).map((s) => view(s, new URLSearchParams()))),
    ),
    route("GET", `/api/alert-sources/name/${NAME}`, (req, [name]) =>
      ok(
        view(
          store.find(store.alertSources, `alert source '${name}'`, (s) => s.name === name),
          req.query,
        ),
      ),
    ),
    route("GET", `/api/alert-sources/${ID}`, (req, [id]) => ok(view(store.get(store.alertSources, "alert source", Number(id)), req.query))),
    route("PUT", `/api/alert-sources/${ID}`, (req, [id]) => {
      const current = store.get(store.alertSources, "alert source", Number(id));
      return ok(view(write(checkBody("alertSource", req.body), current.id, current), req.query));
    }),
    route("DELETE", `/api/alert-sources/${ID}`, (_req, [id]) => {
      store.remove(store.alertSources, "alert source", Number(id));
      return noContent();
    }),
  ];
}

/** What the API reports as the source's status: disabled, or whether it has open alerts. */
function statusOf(store: IlertStore, source: AlertSource): string {
  if (!source.active) return "DISABLED";
  return store.alerts.some((a) => a.alertSourceId === source.id && a.status === "PENDING") ? "PENDING" : "ALL_RESOLVED";
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
