import { describeValue } from "../constructs/core/shown-text";
import type { AppConfig, TeamConfig } from "./config-schema";
import { environmentsOf, webhookNameOf } from "./config-schema";

/**
 * The config's `adopt` keys ("this object exists in environment <key>, take it over"; written by
 * `ilert-datadog adopt`) checked across the file: each names an environment the team is deployed to,
 * an adopted webhook is the integration's webhook there, and no object is adopted twice (two
 * Terraform resources would then manage one object, each undoing the other's changes).
 */

/** One `adopt` entry of a team: where in the file, which kind of object, its id per environment. */
interface AdoptEntry {
  /** JSON path of the `adopt` map, e.g. `teams[0].schedule.adopt`. */
  readonly path: string;
  /** The kind, as messages name it: `schedule`, `escalation policy`, `alert source`, `webhook`, `monitor`. */
  readonly kind: string;
  /** Whether the object lives in iLert (an account per `ilertAccount`) or Datadog. */
  readonly api: "ilert" | "datadog";
  /** Environment key -> the adopted object's id there. */
  readonly ids: Readonly<Record<string, string>>;
}

/** Every `adopt` entry of a team, the integration's as two (the alert source, and its webhook where named). */
function adoptEntries(team: TeamConfig, index: number): AdoptEntry[] {
  const at = `teams[${index}]`;
  const entries: AdoptEntry[] = [];
  const s = team.schedule;
  if (s !== undefined && "adopt" in s && s.adopt)
    entries.push({ path: `${at}.schedule.adopt`, kind: "schedule", api: "ilert", ids: s.adopt });
  const e = team.escalation;
  if ("adopt" in e && e.adopt) entries.push({ path: `${at}.escalation.adopt`, kind: "escalation policy", api: "ilert", ids: e.adopt });
  const adopted = team.integration.adopt ?? {};
  entries.push(
    { path: `${at}.integration.adopt`, kind: "alert source", api: "ilert", ids: mapValues(adopted, (a) => a.alertSourceId) },
    { path: `${at}.integration.adopt`, kind: "webhook", api: "datadog", ids: mapValues(adopted, (a) => a.webhookName) },
  );
  team.monitors.forEach((m, k) => {
    if (m.adopt) entries.push({ path: `${at}.monitors[${k}].adopt`, kind: "monitor", api: "datadog", ids: m.adopt });
  });
  return entries; // an entry with no ids (the integration's when it adopts nothing) yields no key and no problem
}

/** Problems of a team's `adopt` keys: unknown environments, and an adopted webhook that is not the integration's. */
export function adoptionProblems(config: AppConfig, team: TeamConfig, index: number): string[] {
  const deployed = environmentsOf(config, team);
  const unknown = adoptEntries(team, index).flatMap((entry) =>
    Object.keys(entry.ids)
      .filter((environment) => !deployed.includes(environment))
      .map(
        (environment) =>
          `${entry.path}.${environment}: the team is not deployed to environment "${environment}"; use one of ${deployed.map((d) => `"${d}"`).join(", ")}, or remove the entry`,
      ),
  );
  const webhooks = Object.entries(team.integration.adopt ?? {}).flatMap(([environment, adopted]) => {
    const expected = webhookNameOf(team, environment);
    return adopted.webhookName === undefined || adopted.webhookName === expected
      ? []
      : [
          `teams[${index}].integration.adopt.${environment}.webhookName: invalid value ${describeValue(adopted.webhookName)}: expected the integration's webhook name "${expected}" (monitors mention @webhook-<name>); set teams[${index}].integration.webhookName to ${describeValue(adopted.webhookName)}`,
        ];
  });
  return [...new Set(unknown), ...webhooks];
}

/**
 * Objects adopted twice: the same iLert id of one kind in one iLert account (`ilertAccount`), or the
 * same webhook or monitor in one Datadog organisation (`datadogApiUrl`), by two entries or
 * environments.
 */
export function adoptedTwice(config: AppConfig): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  config.teams.forEach((team, index) => {
    for (const entry of adoptEntries(team, index)) {
      for (const [environment, id] of Object.entries(entry.ids)) {
        const env = config.environments.find((e) => e.key === environment);
        if (env === undefined) continue; // reported by adoptionProblems
        const account =
          entry.api === "ilert"
            ? `iLert account ${describeValue(env.ilertAccount)}`
            : `Datadog organisation ${env.datadogApiUrl ?? "(DD_HOST)"}`;
        const identity = `${entry.kind} ${id} of ${account}`;
        const first = seen.get(identity);
        if (first === undefined) seen.set(identity, `${entry.path}.${environment}`);
        else
          problems.push(
            `${entry.path}.${environment}: ${identity} is adopted already by ${first}; adopt each object once (two stacks would manage it, each undoing the other's changes)`,
          );
      }
    }
  });
  return problems;
}

function mapValues<T>(record: Readonly<Record<string, T>>, value: (v: T) => string | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record).flatMap(([k, v]) => (value(v) === undefined ? [] : [[k, value(v)!]])));
}
