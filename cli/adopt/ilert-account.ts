import { ApiClient } from "./api-client";
import type { AlertSourceJson, EscalationPolicyJson, ScheduleJson, TeamJson, UserJson } from "./api-shapes";
import { ALERT_SOURCE_INCLUDES, ILERT_ALERT_SOURCE, ILERT_LISTS, ListEndpoint, SCHEDULE_INCLUDES } from "./endpoints";
import { readAllPages } from "./paging";

/** The integration type of the alert sources adopt takes over. */
export const DATADOG_INTEGRATION_TYPE = "DATADOG";

/** What adopt read from the iLert account. */
export interface IlertAccount {
  /** Every alert source, as the list has them (no templates). */
  readonly alertSources: readonly AlertSourceJson[];
  /** The alert sources of type DATADOG, each read whole (templates included). */
  readonly datadogSources: readonly AlertSourceJson[];
  readonly escalationPolicies: ReadonlyMap<number, EscalationPolicyJson>;
  readonly schedules: ReadonlyMap<number, ScheduleJson>;
  readonly users: ReadonlyMap<number, UserJson>;
  readonly teams: ReadonlyMap<number, TeamJson>;
}

/**
 * Reads the account: every list page by page (alert sources, escalation policies, schedules with
 * their layers or shifts, users, teams), then each DATADOG alert source whole, since list items
 * lack the templates. Lists, not one read per object, so a large account costs pages, not objects.
 */
export async function readIlertAccount(client: ApiClient, progress: (line: string) => void): Promise<IlertAccount> {
  const list = <T extends { id: number }>(what: string, endpoint: ListEndpoint, query: Record<string, readonly string[]> = {}) =>
    readAllPages<T>(
      `iLert ${what}`,
      endpoint.paging,
      (page) => client.get(endpoint.path, { ...page, ...query }),
      (item) => String(item.id),
      progress,
    );
  const alertSources = await list<AlertSourceJson>("alert sources", ILERT_LISTS.alertSources);
  const datadogSources: AlertSourceJson[] = [];
  for (const source of alertSources.filter((s) => s.integrationType === DATADOG_INTEGRATION_TYPE)) {
    datadogSources.push((await client.get(ILERT_ALERT_SOURCE(source.id), { include: ALERT_SOURCE_INCLUDES })) as AlertSourceJson);
  }
  if (datadogSources.length > 0) progress(`iLert alert sources of type ${DATADOG_INTEGRATION_TYPE}: ${datadogSources.length} read whole`);
  const byId = <T extends { id: number }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    alertSources,
    datadogSources,
    escalationPolicies: byId(await list<EscalationPolicyJson>("escalation policies", ILERT_LISTS.escalationPolicies)),
    schedules: byId(await list<ScheduleJson>("schedules", ILERT_LISTS.schedules, { include: SCHEDULE_INCLUDES })),
    users: byId(await list<UserJson>("users", ILERT_LISTS.users)),
    teams: byId(await list<TeamJson>("teams", ILERT_LISTS.teams)),
  };
}
