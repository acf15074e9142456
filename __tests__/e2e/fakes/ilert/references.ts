import type { IlertStore } from "./store";
import type { EscalationRule, TeamShort } from "./types";

/**
 * What still names an object, for the refusal of its delete. UNCERTAIN: neither ilert-go nor the
 * provider shows what the API does when an object that others name is deleted (refuse, or cascade).
 * The fake refuses, with what names it: Terraform deletes the objects that name another first (they
 * depend on its id), so a refusal means a dependency Terraform did not know about (e.g. an id written
 * as a literal), which the real API may or may not forgive. Owned objects (a user's contacts and
 * preferences) are not references: they go with their owner.
 */
export type ReferencedKind = "user" | "team" | "schedule" | "escalation policy" | "support hour" | "contact";

/** Descriptions of the objects that name `kind` `id`, e.g. `schedule 12 (layer "Weekly")`; empty when none. */
export function referencesTo(store: IlertStore, kind: ReferencedKind, id: number): string[] {
  switch (kind) {
    case "user":
      return [
        ...[...store.schedules.values()].flatMap((s) =>
          [...(s.scheduleLayers ?? []).flatMap((l) => l.users), ...(s.shifts ?? []).map((shift) => shift.user)].some((u) => u.id === id)
            ? [`schedule ${s.id}`]
            : [],
        ),
        ...policiesWhoseRules(store, (r) => [r.user, ...(r.users ?? [])].some((u) => u?.id === id)),
        ...[...store.teams.values()].filter((t) => t.members.some((m) => m.user.id === id)).map((t) => `team ${t.id} (member)`),
      ];
    case "team": {
      const names = (teams: TeamShort[] | undefined) => (teams ?? []).some((t) => t.id === id);
      return [
        ...[...store.alertSources.values()].filter((s) => names(s.teams)).map((s) => `alert source ${s.id}`),
        ...[...store.escalationPolicies.values()]
          .filter((p) => names(p.teams) || p.escalationRules.some((r) => names(r.teams)))
          .map((p) => `escalation policy ${p.id}`),
        ...[...store.schedules.values()].filter((s) => names(s.teams)).map((s) => `schedule ${s.id}`),
        ...[...store.supportHours.values()].filter((h) => names(h.teams)).map((h) => `support hour ${h.id}`),
      ];
    }
    case "schedule":
      return policiesWhoseRules(store, (r) => [r.schedule, ...(r.schedules ?? [])].some((s) => s?.id === id));
    case "escalation policy":
      return [...store.alertSources.values()].filter((s) => s.escalationPolicy.id === id).map((s) => `alert source ${s.id}`);
    case "support hour":
      return [...store.alertSources.values()].filter((s) => s.supportHours?.id === id).map((s) => `alert source ${s.id}`);
    case "contact":
      return [...store.dutyPreferences.values()].filter((p) => p.contact?.id === id).map((p) => `duty preference ${p.id}`);
  }
}

function policiesWhoseRules(store: IlertStore, test: (rule: EscalationRule) => boolean): string[] {
  return [...store.escalationPolicies.values()].filter((p) => p.escalationRules.some(test)).map((p) => `escalation policy ${p.id}`);
}
