import { RunningFakes } from "../fakes/fakes";
import { expectThat } from "../e2e-run";

/** Look-ups in the fakes' state for the scenarios' assertions (objects in the APIs' JSON shapes). */

/** The one object of `map` whose `key` is `value`; fails when there is none or more than one. */
export function theOne<T extends Record<string, any>>(map: Map<unknown, T>, key: string, value: unknown, what: string): T {
  const found = [...map.values()].filter((o) => o[key] === value);
  expectThat(found.length === 1, `expected one ${what} with ${key} ${JSON.stringify(value)} in the fake, found ${found.length}`);
  return found[0];
}

/** The iLert user with `email` (seeded or declared). */
export function userByEmail(fakes: RunningFakes, email: string): Record<string, any> {
  return theOne(fakes.ilert.state.users, "email", email, "iLert user");
}

/** How many objects of each kind the fakes hold, e.g. to prove that a destroy removed exactly what it created. */
export function counts(fakes: RunningFakes): Record<string, number> {
  const { ilert, datadog } = fakes;
  return {
    alertSources: ilert.state.alertSources.size,
    escalationPolicies: ilert.state.escalationPolicies.size,
    schedules: ilert.state.schedules.size,
    teams: ilert.state.teams.size,
    users: ilert.state.users.size,
    emailContacts: ilert.state.emailContacts.size,
    phoneContacts: ilert.state.phoneContacts.size,
    dutyPreferences: ilert.state.dutyPreferences.size,
    supportHours: ilert.state.supportHours.size,
    webhooks: datadog.state.webhooks.size,
    monitors: datadog.state.monitors.size,
    // A destroy cancels a downtime, which Datadog keeps readable: the count is of those not canceled.
    downtimes: [...datadog.state.downtimes.values()].filter((d) => d.attributes.status !== "canceled").length,
  };
}

/** Requests that deleted something, other than those an injected fault refused. */
export function deletes(fakes: RunningFakes): string[] {
  return [...fakes.ilertServer.requests, ...fakes.datadogServer.requests]
    .filter((r) => r.method === "DELETE" && !r.injected)
    .map((r) => `[${r.api}] DELETE ${r.path} -> ${r.status}`);
}
