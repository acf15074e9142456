import { badRequest } from "./errors";
import { ID, NAME, Route, created, noContent, ok, page, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { EscalationPolicy, EscalationRule } from "./types";

/**
 * `/api/escalation-policies`. Every rule must name someone to page, and everyone it names must exist;
 * the answer embeds the users and schedules (the provider reads their ids back).
 */
export function escalationPolicyRoutes(store: IlertStore): Route[] {
  const rule = (sent: EscalationRule, index: number): EscalationRule => {
    const targets = [sent.user, sent.schedule, ...(sent.users ?? []), ...(sent.schedules ?? []), ...(sent.teams ?? [])];
    if (!targets.some((t) => t !== undefined)) {
      throw badRequest(`body/escalationRules/${index}: a rule needs a user, users, a schedule, schedules or teams`);
    }
    const expanded: EscalationRule = { ...sent };
    if (sent.user) expanded.user = store.userView(sent.user.id);
    if (sent.users) expanded.users = sent.users.map((u) => store.userView(u.id));
    if (sent.schedule) expanded.schedule = store.scheduleView(sent.schedule.id);
    if (sent.schedules) expanded.schedules = sent.schedules.map((s) => store.scheduleView(s.id));
    if (sent.teams) expanded.teams = store.teamViews(sent.teams);
    return expanded;
  };

  const write = (body: EscalationPolicy, id: number, current?: EscalationPolicy): EscalationPolicy => {
    const { teams, ...rest } = body;
    const policy: EscalationPolicy = { ...rest, id, escalationRules: body.escalationRules.map(rule) };
    const afterTeams = store.teamsAfterWrite(teams, current?.teams);
    if (afterTeams !== undefined) policy.teams = afterTeams;
    store.escalationPolicies.set(id, policy);
    return policy;
  };

  return [
    route("POST", "/api/escalation-policies", (req) => created(write(checkBody("escalationPolicy", req.body), store.nextId()))),
    route("GET", "/api/escalation-policies", (req) => ok(page(store.escalationPolicies.values(), req.query))),
    route("GET", `/api/escalation-policies/name/${NAME}`, (_req, [name]) =>
      ok(store.find(store.escalationPolicies, `escalation policy '${name}'`, (p) => p.name === name)),
    ),
    route("GET", `/api/escalation-policies/${ID}`, (_req, [id]) =>
      ok(store.get(store.escalationPolicies, "escalation policy", Number(id))),
    ),
    route("PUT", `/api/escalation-policies/${ID}`, (req, [id]) => {
      const current = store.get(store.escalationPolicies, "escalation policy", Number(id));
      return ok(write(checkBody("escalationPolicy", req.body), current.id, current));
    }),
    route("DELETE", `/api/escalation-policies/${ID}`, (_req, [id]) => {
      store.removeUnreferenced(store.escalationPolicies, "escalation policy", Number(id));
      return noContent();
    }),
  ];
}
