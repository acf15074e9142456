import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriority,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DatadogPayload,
  ProviderEnum,
} from "../../constructs";
import { kebabSlug } from "../../constructs/core/slug";
import { describeValue } from "../../constructs/core/shown-text";
import { parseMessage } from "../../constructs/datadog/private/monitor-message";
import { TEMPLATE_VARIABLE_REFERENCE } from "../../constructs/datadog/private/template-variable-reference";
import { DATADOG_TEMPLATE_VARIABLES } from "../../constructs/datadog/template-variables";
import { ALERT_PRIORITY_VALUE_TEMPLATE } from "../../constructs/integration/datadog-priority";
import type { AlertSourceJson, EscalationPolicyJson, IlertRef, MonitorJson, ScheduleJson } from "./api-shapes";
import { describeMonitor, describeSource, describeWebhook, FoundIntegration, FoundSetup, LeftAlone } from "./found-setup";
import type { IlertAccount } from "./ilert-account";
import { MONITOR_VIEW } from "./terraform-view";

/**
 * The config file `adopt` writes for `ilert-datadog app` (app/config.ts): one team per alert source
 * found with its webhook, every object it declares adopted in one environment (`adopt: { <env>: id }`),
 * written as it is in iLert and Datadog. An object the config app cannot declare as it is (a static
 * schedule, a rule notifying a list of schedules, ...) is referenced by id instead, which changes
 * nothing, and the report says why; an object two teams share is adopted by the first and referenced
 * by the others. People and iLert teams are referenced (by login email, by id), never declared.
 */

/** What the command line asks of the config. */
export interface ConfigOptions {
  /** The environment key the objects are adopted in, e.g. `prod`. */
  readonly environment: string;
  /** Whether the monitors that mention an adopted webhook are adopted too (else listed). */
  readonly monitors: boolean;
  /** One stack for every team (`environment`) or one per team (`team`). */
  readonly group: "environment" | "team";
}

/** What one found object became in the config, for the report. */
export interface ConfigEntry {
  /** The object, e.g. `escalation policy "Checkout" (id 45)`. */
  readonly object: string;
  /** Where it is in the config and how, e.g. `teams[0].escalation, adopted in prod`. */
  readonly becomes: string;
}

/** One team of the config and what it holds. */
export interface AdoptedTeam {
  readonly key: string;
  /** Its integration's index in the found setup. */
  readonly foundIndex: number;
  readonly source: AlertSourceJson;
  readonly entries: readonly ConfigEntry[];
  /** The ids of the monitors it adopts, in the order of its `monitors`. */
  readonly monitorIds: readonly number[];
}

/** The config, with what became of each object and what was left alone. */
export interface AdoptedConfig {
  /** The config file's content, as JSON. */
  readonly config: Record<string, unknown>;
  readonly teams: readonly AdoptedTeam[];
  readonly leftAlone: readonly LeftAlone[];
}

/** Objects a config declares, by kind and id: the first team adopts one, later teams reference it. */
interface Claimed {
  readonly schedules: Map<number, string>;
  readonly policies: Map<number, string>;
  readonly monitors: Map<number, string>;
}

/** A referenced rather than declared object: `{ existingId }`, and why. */
interface Reference {
  readonly existingId: string;
  readonly reason: string;
}

/**
 * What the config app refused in an earlier attempt (found by synthesizing it, adopt.ts), by the
 * index of the integration in the found setup, with the reason: schedules and policies to reference
 * instead of declaring, monitors (`<index>.<monitor id>`) and whole teams to leave alone.
 */
export interface Fallbacks {
  readonly schedules: ReadonlyMap<number, string>;
  readonly policies: ReadonlyMap<number, string>;
  readonly monitors: ReadonlyMap<string, string>;
  readonly teams: ReadonlyMap<number, string>;
}

export const NO_FALLBACKS: Fallbacks = { schedules: new Map(), policies: new Map(), monitors: new Map(), teams: new Map() };

/** The config for `found`, read against `ilert`. */
export function adoptedConfig(
  found: FoundSetup,
  ilert: IlertAccount,
  options: ConfigOptions,
  fallbacks: Fallbacks = NO_FALLBACKS,
): AdoptedConfig {
  const claimed: Claimed = { schedules: new Map(), policies: new Map(), monitors: new Map() };
  const keys = new Set<string>();
  const leftAlone: LeftAlone[] = [...found.leftAlone];
  const teams: AdoptedTeam[] = [];
  const entries: Record<string, unknown>[] = [];
  found.integrations.forEach((integration, foundIndex) => {
    const dropped = fallbacks.teams.get(foundIndex);
    if (dropped !== undefined) {
      leftAlone.push({ object: describeSource(integration.source), reason: `the config app cannot declare it as it is: ${dropped}` });
      return;
    }
    // "Checkout (Datadog)" is the checkout team's: every source here is a Datadog one.
    const key = uniqueKey(integration.source.name.replace(/[\s([-]*datadog[\s)\]]*$/i, "") || integration.source.name, keys);
    const team = new TeamWriter(integration, foundIndex, entries.length, key, ilert, options, claimed, fallbacks);
    entries.push(team.write());
    leftAlone.push(...team.leftAlone);
    teams.push({ key, foundIndex, source: integration.source, entries: team.entries, monitorIds: team.monitorIds });
  });
  const config = {
    ...(options.group === "team" ? { stackPer: "team" } : {}),
    environments: [{ key: options.environment }],
    teams: entries,
  };
  return { config, teams, leftAlone };
}

/** The rotation as the config writes it: "daily", "weekly", or the ISO duration. */
function rotationOf(iso: string): string {
  return iso === "P1D" ? "daily" : iso === "P7D" ? "weekly" : iso;
}

/** A config key for `name` (lower-case kebab, starting with a letter, at most 40 characters), unique among `taken`. */
export function uniqueKey(name: string, taken: Set<string>, fallback = "team"): string {
  const slug = kebabSlug(name).replace(/^[^a-z]+/, "");
  const base = (slug === "" ? fallback : slug).slice(0, 36).replace(/-+$/, "");
  // Keys the config app reserves (app/construct-ids.ts) get a suffix like a repeated key.
  const reserved = new Set(["backend", "user-settings", "constructor"]);
  let key = base;
  for (let n = 2; taken.has(key) || reserved.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** The value of an enum-like prop unless it is the provider's default; undefined too for a value the library does not know. */
function enumValue(cls: { lookup(value: string): ProviderEnum | undefined }, value: unknown, providerDefault?: string): string | undefined {
  if (typeof value !== "string" || value === providerDefault || value === "") return undefined;
  return cls.lookup(value)?.value;
}

class TeamWriter {
  readonly entries: ConfigEntry[] = [];
  readonly leftAlone: LeftAlone[] = [];
  readonly monitorIds: number[] = [];
  private readonly at: string;
  private teamTarget?: number;

  constructor(
    private readonly found: FoundIntegration,
    private readonly index: number,
    configIndex: number,
    private readonly key: string,
    private readonly ilert: IlertAccount,
    private readonly options: ConfigOptions,
    private readonly claimed: Claimed,
    private readonly fallbacks: Fallbacks,
  ) {
    this.at = `teams[${configIndex}]`;
  }

  write(): Record<string, unknown> {
    const { source } = this.found;
    const { escalation, scheduleId } = this.escalation(source.escalationPolicy.id);
    const schedule = scheduleId === undefined ? undefined : this.schedule(scheduleId);
    const integration = this.integration();
    const monitors = this.monitors();
    const team: Record<string, unknown> = { key: this.key, name: source.name };
    if (this.teamTarget !== undefined) {
      team.ilertTeamId = String(this.teamTarget);
      // Objects without teams of their own would otherwise be given this team.
      for (const object of [schedule, escalation, integration])
        if (object && !("existingId" in object) && !object.ilertTeamIds) object.ilertTeamIds = [];
    }
    if (schedule !== undefined) team.schedule = schedule;
    team.escalation = escalation;
    team.integration = integration;
    this.notePeople(team);
    if (monitors.length > 0) team.monitors = monitors;
    else
      team.suppress = [
        {
          id: "ILDD-W1",
          reason: `the monitors that mention @webhook-${this.found.webhook.name} are not in this config${this.options.monitors ? "" : " (adopt ran without --monitors)"}; they keep paging as they are`,
        },
      ];
    return team;
  }

  /** The people and iLert teams the team's objects name: referenced, not managed. */
  private notePeople(team: Record<string, unknown>): void {
    const emails = new Set<string>();
    const teamIds = new Set<string>();
    for (const object of [team.schedule, team.escalation, team.integration] as (Record<string, unknown> | undefined)[]) {
      for (const id of (object?.ilertTeamIds as string[] | undefined) ?? []) teamIds.add(id);
      for (const layer of (object?.layers as { users: string[] }[] | undefined) ?? []) layer.users.forEach((u) => emails.add(u));
      for (const rule of (object?.rules as { notify: { user?: string; users?: string[] } }[] | undefined) ?? []) {
        [rule.notify.user, ...(rule.notify.users ?? [])].forEach((u) => u !== undefined && emails.add(u));
      }
    }
    if (typeof team.ilertTeamId === "string") teamIds.add(team.ilertTeamId);
    if (emails.size > 0)
      this.note(
        `people ${[...emails].join(", ")}`,
        "referenced by login email (looked up at plan), not managed: their contacts and on-call reminders stay as they are (the iLert provider cannot import contacts and reminders)",
      );
    if (teamIds.size > 0) {
      const named = [...teamIds].map((id) => {
        const name = this.ilert.teams.get(Number(id))?.name;
        return name === undefined ? id : `${id} ${describeValue(name)}`;
      });
      this.note(`iLert teams ${named.join(", ")}`, "referenced by id (ilertTeamIds, ilertTeamId), not managed");
    }
  }

  private adopted(id: number | string): Record<string, string> {
    return { [this.options.environment]: String(id) };
  }

  private note(object: string, becomes: string): void {
    this.entries.push({ object, becomes });
  }

  private reference(kind: "schedule" | "escalation", object: string, ref: Reference): Record<string, unknown> {
    this.note(object, `${this.at}.${kind}: referenced by id, not adopted: ${ref.reason}`);
    return { existingId: ref.existingId };
  }

  // --- escalation policy ----------------------------------------------------------------------------

  private escalation(policyId: number): { escalation: Record<string, unknown>; scheduleId?: number } {
    const policy = this.ilert.escalationPolicies.get(policyId);
    const object = policy ? `escalation policy ${describeValue(policy.name)} (id ${policyId})` : `escalation policy ${policyId}`;
    const refer = (reason: string) => ({ escalation: this.reference("escalation", object, { existingId: String(policyId), reason }) });
    if (policy === undefined) return refer("the policy list of the account does not show it (can the API key read it?)");
    const owner = this.claimed.policies.get(policyId);
    if (owner !== undefined) return refer(`${owner} adopts it`);
    const fallback = this.fallbacks.policies.get(this.index);
    if (fallback !== undefined) return refer(fallback);
    const rules = this.rules(policy);
    if (typeof rules === "string") return refer(rules);
    this.claimed.policies.set(policyId, `${this.at}.escalation`);
    this.note(object, `${this.at}.escalation, adopted in ${this.options.environment}`);
    const escalation: Record<string, unknown> = { name: policy.name, rules: rules.rules };
    if (policy.repeating === true) escalation.repeating = true;
    if (policy.repeating === true && policy.frequency !== undefined && policy.frequency !== 1) escalation.frequency = policy.frequency;
    if (policy.delayMin !== undefined && policy.delayMin !== 0) escalation.delayMin = policy.delayMin;
    if (typeof policy.routingKey === "string" && policy.routingKey !== "") escalation.routingKey = policy.routingKey;
    this.owners(escalation, policy.teams);
    escalation.adopt = this.adopted(policyId);
    return { escalation, scheduleId: rules.scheduleId };
  }

  /** The policy's rules in the config's words, or why they cannot be. */
  private rules(policy: EscalationPolicyJson): { rules: Record<string, unknown>[]; scheduleId?: number } | string {
    let scheduleId: number | undefined;
    const rules: Record<string, unknown>[] = [];
    for (const [i, rule] of policy.escalationRules.entries()) {
      const targets = (["user", "users", "schedule", "schedules", "teams"] as const).filter((k) => {
        const t = rule[k];
        return Array.isArray(t) ? t.length > 0 : t !== undefined && t !== null;
      });
      if (targets.length !== 1)
        return `its rule ${i + 1} notifies ${targets.length === 0 ? "nobody" : targets.join(" and ")}: the config app declares rules that notify one user, users, the team's schedule or the team`;
      const email = (ref: IlertRef) => this.ilert.users.get(ref.id)?.email;
      let notify: Record<string, unknown>;
      switch (targets[0]) {
        case "user": {
          const address = email(rule.user!);
          if (address === undefined) return `its rule ${i + 1} notifies user ${rule.user!.id}, whom the user list does not show`;
          notify = { user: address };
          break;
        }
        case "users": {
          const addresses = rule.users!.map(email);
          if (addresses.includes(undefined)) return `its rule ${i + 1} notifies a user the user list does not show`;
          notify = { users: addresses };
          break;
        }
        case "schedule":
          if (scheduleId !== undefined && scheduleId !== rule.schedule!.id)
            return "it notifies two schedules: the config app declares one schedule per team";
          scheduleId = rule.schedule!.id;
          notify = { schedule: true };
          break;
        case "schedules":
          return `its rule ${i + 1} notifies a list of schedules (schedules): the config app declares a rule notifying the team's one schedule (schedule)`;
        case "teams": {
          const teams = rule.teams!;
          if (teams.length !== 1 || (this.teamTarget !== undefined && this.teamTarget !== teams[0].id))
            return `its rule ${i + 1} notifies ${teams.length === 1 ? "another team than an earlier rule" : "several teams"}: the config app declares rules notifying the team's one iLert team`;
          this.teamTarget = teams[0].id;
          notify = { team: true };
          break;
        }
      }
      rules.push({ notify, escalateAfterMin: rule.escalationTimeout });
    }
    return { rules, scheduleId };
  }

  // --- schedule -------------------------------------------------------------------------------------

  private schedule(scheduleId: number): Record<string, unknown> {
    const schedule = this.ilert.schedules.get(scheduleId);
    const object = schedule ? `schedule ${describeValue(schedule.name)} (id ${scheduleId})` : `schedule ${scheduleId}`;
    const refer = (reason: string) => this.reference("schedule", object, { existingId: String(scheduleId), reason });
    if (schedule === undefined) return refer("the schedule list of the account does not show it (can the API key read it?)");
    const owner = this.claimed.schedules.get(scheduleId);
    if (owner !== undefined) return refer(`${owner} adopts it`);
    const fallback = this.fallbacks.schedules.get(this.index);
    if (fallback !== undefined) return refer(fallback);
    const layers = this.layers(schedule);
    if (typeof layers === "string") return refer(layers);
    this.claimed.schedules.set(scheduleId, `${this.at}.schedule`);
    this.note(object, `${this.at}.schedule, adopted in ${this.options.environment}`);
    const written: Record<string, unknown> = { name: schedule.name, timezone: schedule.timezone, layers };
    if (schedule.showGaps === true) written.showGaps = true;
    if (typeof schedule.defaultShiftDuration === "string" && schedule.defaultShiftDuration !== "")
      written.defaultShiftDuration = schedule.defaultShiftDuration;
    this.owners(written, schedule.teams);
    written.adopt = this.adopted(scheduleId);
    return written;
  }

  private layers(schedule: ScheduleJson): Record<string, unknown>[] | string {
    if (schedule.type !== "RECURRING") return `a ${schedule.type.toLowerCase()} schedule: the config app declares recurring ones (layers)`;
    const layers = schedule.scheduleLayers ?? [];
    if (layers.length === 0) return "the schedule list shows it without layers";
    const written: Record<string, unknown>[] = [];
    for (const [i, layer] of layers.entries()) {
      if (layer.endsOn)
        return `its layer ${i + 1} ends (${layer.endsOn}): the iLert provider never sends a layer's end, so the library declares none`;
      const emails = layer.users.map((u) => this.ilert.users.get(u.id)?.email);
      if (emails.includes(undefined)) return `its layer ${i + 1} has a user the user list does not show`;
      const restrictions = layer.restrictions ?? [];
      if (restrictions.length > 0 && layer.restrictionType !== "TIMES_OF_WEEK")
        return `its layer ${i + 1} is restricted by ${describeValue(layer.restrictionType)}: the library declares TIMES_OF_WEEK restrictions`;
      written.push({
        name: layer.name,
        rotation: rotationOf(layer.rotation),
        start: layer.startsOn,
        users: emails,
        ...(restrictions.length > 0
          ? {
              restrictions: restrictions.map((r) => ({
                from: { day: r.from.dayOfWeek, time: r.from.time },
                to: { day: r.to.dayOfWeek, time: r.to.time },
              })),
            }
          : {}),
      });
    }
    return written;
  }

  // --- integration ----------------------------------------------------------------------------------

  private integration(): Record<string, unknown> {
    const { source, webhook, match } = this.found;
    const i: Record<string, unknown> = { name: source.name, webhookName: webhook.name };
    const set = (key: string, value: unknown) => value !== undefined && (i[key] = value);
    set("alertCreation", enumValue(AlertCreation, source.alertCreation, "ONE_ALERT_PER_EMAIL"));
    set("alertGroupingWindow", enumValue(AlertGroupingWindow, source.alertGroupingWindow));
    set("priorityRule", enumValue(AlertPriorityRule, source.alertPriorityRule, "HIGH"));
    set("autoResolutionTimeout", enumValue(AutoResolutionTimeout, source.autoResolutionTimeout));
    for (const field of ["summaryTemplate", "detailsTemplate"] as const) {
      const text = (source[field] as { textTemplate?: unknown } | null | undefined)?.textTemplate;
      if (typeof text === "string" && text !== "") i[field] = text;
    }
    set("priorityMapping", priorityMapping(source));
    if (source.active === false) i.active = false;
    if (typeof source.supportHours?.id === "number") i.supportHoursId = String(source.supportHours.id);
    set("payload", payloadOf(webhook.payload));
    this.owners(i, source.teams);
    i.adopt = { [this.options.environment]: { alertSourceId: String(source.id), webhookName: webhook.name } };
    this.note(describeSource(source), `${this.at}.integration, adopted in ${this.options.environment} (alert source id)`);
    this.note(
      describeWebhook(webhook.name),
      `${this.at}.integration, adopted in ${this.options.environment} (webhookName)${match === "by-key" ? "; its URL ends with the alert source's key but is not the API's integration URL (see the changes)" : ""}`,
    );
    return i;
  }

  // --- monitors -------------------------------------------------------------------------------------

  private monitors(): Record<string, unknown>[] {
    const keys = new Set<string>();
    const written: Record<string, unknown>[] = [];
    for (const monitor of this.found.monitors) {
      const object = describeMonitor(monitor);
      if (!this.options.monitors) {
        this.note(object, `listed, not adopted: it mentions @webhook-${this.found.webhook.name} (adopt with --monitors to take it over)`);
        continue;
      }
      const owner = this.claimed.monitors.get(monitor.id);
      if (owner !== undefined) {
        this.note(object, `not in this team: ${owner} adopts it (it mentions more than one adopted webhook)`);
        continue;
      }
      const refused = this.fallbacks.monitors.get(`${this.index}.${monitor.id}`);
      if (refused !== undefined) {
        this.leftAlone.push({ object, reason: `the config app cannot declare it as it is: ${refused}` });
        continue;
      }
      if (!parseMessage(monitor.message).ok) {
        this.leftAlone.push({
          object,
          reason:
            "its message has unbalanced {{#...}} blocks, so Datadog routes none of its notifications; fix the message in Datadog, then run adopt again",
        });
        continue;
      }
      const key = uniqueKey(monitor.name, keys, "monitor");
      this.claimed.monitors.set(monitor.id, `${this.at}.monitors[${written.length}]`);
      this.note(object, `${this.at}.monitors[${written.length}], adopted in ${this.options.environment}`);
      written.push(monitorEntry(monitor, key, this.adopted(monitor.id)));
      this.monitorIds.push(monitor.id);
    }
    return written;
  }

  /** `ilertTeamIds` of an object owned by teams. */
  private owners(object: Record<string, unknown>, teams: readonly IlertRef[] | undefined): void {
    if (teams !== undefined && teams.length > 0) object.ilertTeamIds = teams.map((t) => String(t.id));
  }
}

/** The priority mapping of an alert source whose priority template is the library's own form, P1-P5 each mapped once. */
function priorityMapping(source: AlertSourceJson): Record<string, string> | undefined {
  const template = source.priorityTemplate;
  if (!template || template.valueTemplate?.textTemplate !== ALERT_PRIORITY_VALUE_TEMPLATE) return undefined;
  const mappings = template.mappings ?? [];
  const priorities = ["P1", "P2", "P3", "P4", "P5"];
  const ok =
    mappings.length === priorities.length &&
    mappings.every((m, i) => m.value === priorities[i] && AlertPriority.lookup(m.priority) !== undefined);
  return ok ? Object.fromEntries(mappings.map((m) => [m.value, m.priority])) : undefined;
}

/**
 * The config's `payload` for a webhook's payload text: none when it is iLert's template exactly as the
 * library writes it, else the text itself, kept byte for byte, with the options its checks need:
 * variables Datadog does not define (custom variables, presumably), and iLert's fields missing.
 */
export function payloadOf(text: string | null | undefined): Record<string, unknown> | undefined {
  if (typeof text !== "string" || text === DatadogPayload.ilertDefault().toJson()) return undefined;
  const payload: Record<string, unknown> = { json: text };
  const unknown = [
    ...new Set(
      [...text.matchAll(TEMPLATE_VARIABLE_REFERENCE)]
        .filter((m) => m[2] === undefined && !DATADOG_TEMPLATE_VARIABLES.has(m[1]))
        .map((m) => m[1]),
    ),
  ];
  if (unknown.length > 0) payload.customVariables = unknown;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return payload;
  }
  const fields = parsed as Record<string, unknown> | null;
  if (!Object.entries(DatadogPayload.ILERT_REQUIRED_FIELDS).every(([field, variable]) => fields?.[field] === variable))
    payload.withoutIlertFields = true;
  return payload;
}

/**
 * The monitor options the config declares (its `options` keys), by the Terraform attribute they set:
 * each is written where the provider reads a value other than what it plans without one
 * (terraform-view.ts), so the first apply keeps it.
 */
const MONITOR_OPTIONS: Readonly<Record<string, string>> = {
  notify_no_data: "notifyNoData",
  no_data_timeframe: "noDataTimeframe",
  renotify_interval: "renotifyInterval",
  notify_audit: "notifyAudit",
  include_tags: "includeTags",
  require_full_window: "requireFullWindow",
  evaluation_delay: "evaluationDelay",
  new_group_delay: "newGroupDelay",
  new_host_delay: "newHostDelay",
  timeout_h: "timeoutH",
  escalation_message: "escalationMessage",
};

const THRESHOLDS: Readonly<Record<string, string>> = {
  critical: "critical",
  warning: "warning",
  ok: "ok",
  unknown: "unknown",
  critical_recovery: "criticalRecovery",
  warning_recovery: "warningRecovery",
};

/** The zero value of `value`'s type: what an SDKv2 provider reads as "unset". */
function zeroLike(value: unknown): unknown {
  return typeof value === "number" ? 0 : typeof value === "boolean" ? false : "";
}

/** A monitor as the config app declares it. */
function monitorEntry(monitor: MonitorJson, key: string, adopt: Record<string, string>): Record<string, unknown> {
  const entry: Record<string, unknown> = { key, name: monitor.name, type: monitor.type, query: monitor.query, message: monitor.message };
  if (typeof monitor.priority === "number") entry.priority = monitor.priority;
  if (monitor.tags && monitor.tags.length > 0) entry.tags = [...monitor.tags];
  const options = monitor.options ?? {};
  const thresholds = Object.fromEntries(
    Object.entries(options.thresholds ?? {})
      .filter(([name, value]) => typeof value === "number" && name in THRESHOLDS)
      .map(([name, value]) => [THRESHOLDS[name], value]),
  );
  if (Object.keys(thresholds).length > 0) entry.thresholds = thresholds;
  const written = Object.fromEntries(
    MONITOR_VIEW.attributes.flatMap((attribute) => {
      const key = MONITOR_OPTIONS[attribute.name];
      const value = attribute.read(monitor);
      // None where the provider plans a default: the config cannot write it, the takeover check reports it.
      if (key === undefined || value === undefined || value === null) return [];
      const unset = typeof attribute.absent === "object" ? attribute.absent.default : zeroLike(value);
      if (value === unset) return [];
      return [[key, value]];
    }),
  );
  if (Object.keys(written).length > 0) entry.options = written;
  entry.adopt = adopt;
  return entry;
}
