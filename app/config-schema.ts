import { z } from "zod";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriority,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DayOfWeek,
  ProviderEnum,
  ProviderEnumClass,
  ReminderMethod,
  SupportStatus,
} from "../constructs";
import { ILERT_ID_PATTERN, MAX_ILERT_ID } from "../constructs/core/ilert-id";
import { backendSchema } from "./backend";
import { loginEmail } from "./login-email";
import { DATADOG_API_URL, ILERT_ENDPOINT, ProviderUrlKey, providerUrlProblem } from "./provider-url";
import { strict } from "./strict-object";

/**
 * The format of the config file of the app in main.ts (environments, teams, backend): its zod
 * schema, the types of a parsed config, and what the app makes of keys a config leaves out (a
 * team's webhook name, environments, responders; the environment that declares an account's user
 * settings). The checks across the file (app/config.ts) and the constructs built from it
 * (app/build.ts) both read it. Which file is read is decided by chooseConfigFile (config-source.ts).
 */

/** An enum-like class of the library: it lists its constants and looks one up by provider value. */
type EnumClass<T extends ProviderEnum> = ProviderEnumClass<T> & Pick<typeof ProviderEnum, "values" | "lookup">;

/** The provider values of an enum-like class (its static constants), for the schema. */
function valuesOf<T extends ProviderEnum>(cls: EnumClass<T>): [string, ...string[]] {
  return cls.values().map((v) => v.value) as [string, ...string[]];
}

/** The constant of an enum-like class with the given provider value (the schema checked it exists). */
export function enumOf<T extends ProviderEnum>(cls: EnumClass<T>, value: string): T;
export function enumOf<T extends ProviderEnum>(cls: EnumClass<T>, value: string | undefined): T | undefined;
export function enumOf<T extends ProviderEnum>(cls: EnumClass<T>, value: string | undefined): T | undefined {
  return value === undefined ? undefined : cls.lookup(value);
}

/** An iLert id, by the library's one rule (digits that fit the provider's int64). */
const id = z
  .string()
  .regex(ILERT_ID_PATTERN, 'a numeric iLert id, as a string, e.g. "1234"')
  .refine(
    (v) => !ILERT_ID_PATTERN.test(v) || BigInt(v) <= MAX_ILERT_ID,
    `an iLert id from 1 to ${MAX_ILERT_ID} (the provider reads ids as 64-bit integers)`,
  );
/** A key for construct ids and names: stable, readable Terraform addresses. */
const key = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,39}$/,
    'lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses)',
  );

/**
 * "This object exists in environment <key>, take it over": environment key -> the object's id there
 * (see `ilert-datadog adopt`). Keyed by environment because an object exists once: a team deployed to
 * another environment creates its own there.
 */
function adoptedIn<T extends z.ZodTypeAny>(objectId: T) {
  return z.record(key, objectId);
}

/** Owning teams of one object, by id, instead of the team's `ilertTeamId` / `ilertTeamName`; [] for none. */
const ilertTeamIds = z.array(id);

/** A person: by email (looked up in iLert) or by numeric iLert id (with their email, if reminders should use it). */
const userRef = z.union([loginEmail, strict({ id, email: loginEmail.optional() })]);

const timeOfWeek = strict({ day: z.enum(valuesOf(DayOfWeek)), time: z.string() });

const restrictions = z.array(strict({ from: timeOfWeek, to: timeOfWeek }));

/** Keep who is on call at `at` after a layer's `users` changed; `start` and `previousUsers` are the layer as it was. */
const keepOnCall = strict({ at: z.string(), previousUsers: z.array(userRef).min(1) });

/** What both forms of a declared schedule (one layer, or `layers`) have first... */
const scheduleHead = {
  /** Schedule name in iLert. @default "<team> on-call (<environment>)" */
  name: z.string().optional(),
  timezone: z.string(),
};

/** ...and last, besides their layers. */
const scheduleTail = {
  /** Show gaps between shifts in iLert's calendar; only true (the provider cannot send false). @default - iLert's default */
  showGaps: z.literal(true).optional(),
  /** Default length of new shifts in iLert's UI, e.g. "PT8H". @default - iLert's default */
  defaultShiftDuration: z.string().optional(),
  ilertTeamIds: ilertTeamIds.optional(),
  /** The schedule exists in these environments: environment key -> its iLert id. @default - created */
  adopt: adoptedIn(id).optional(),
};

const layerSchema = strict({
  /** Layer name. @default "Layer <n>" */
  name: z.string().optional(),
  rotation: z.string(),
  start: z.string(),
  users: z.array(userRef).min(1),
  restrictions: restrictions.optional(),
  keepOnCall: keepOnCall.optional(),
});

const scheduleSchema = z.union([
  strict({
    ...scheduleHead,
    /** "daily", "weekly" or an ISO-8601 duration such as "P14D". */
    rotation: z.string(),
    /** Start of the rotation, e.g. "2026-01-05T09:00". */
    start: z.string(),
    end: z.string().optional(),
    users: z.array(userRef).min(1),
    restrictions: restrictions.optional(),
    keepOnCall: keepOnCall.optional(),
    ...scheduleTail,
  }),
  strict({ ...scheduleHead, layers: z.array(layerSchema).min(1), ...scheduleTail }),
  strict({ existingId: id }),
  strict({ existingName: z.string().min(1) }),
]);

const targetSchema = z.union([
  strict({ schedule: z.literal(true) }),
  strict({ user: userRef }),
  strict({ users: z.array(userRef).min(1) }),
  strict({ team: z.literal(true) }),
]);

const escalationSchema = z.union([
  strict({
    name: z.string().optional(),
    rules: z.array(strict({ notify: targetSchema, escalateAfterMin: z.number() })).min(1),
    repeating: z.boolean().optional(),
    /** How many times the policy repeats; only with `repeating: true`. */
    frequency: z.number().optional(),
    delayMin: z.number().optional(),
    routingKey: z.string().optional(),
    ilertTeamIds: ilertTeamIds.optional(),
    /** The policy exists in these environments: environment key -> its iLert id. @default - created */
    adopt: adoptedIn(id).optional(),
  }),
  strict({ existingId: id }),
  strict({ existingName: z.string().min(1) }),
]);

const reminderSchema = strict({
  beforeMin: z.number(),
  method: z.enum(valuesOf(ReminderMethod)),
});

/** Datadog monitor priority -> value, each optional (the construct's defaults fill the rest). */
function byDatadogPriority<T extends z.ZodTypeAny>(value: T) {
  return strict({ P1: value.optional(), P2: value.optional(), P3: value.optional(), P4: value.optional(), P5: value.optional() });
}

/** Support hours the integration's *_DURING_SUPPORT_HOURS rule refers to: declared, or existing (by id). */
const supportHoursSchema = z.union([
  strict({
    /** Name in iLert. @default "<team> support hours (<environment>)" */
    name: z.string().optional(),
    timezone: z.string(),
    /** The hours of the days with support, e.g. [{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }]. */
    supportDays: z.array(strict({ days: z.array(z.enum(valuesOf(DayOfWeek))).min(1), start: z.string(), end: z.string() })).min(1),
    /** Holidays (OUTSIDE, the default) and extra days (DURING). @default - none: every week follows `supportDays` */
    exceptions: z
      .array(
        strict({
          name: z.string(),
          firstDay: z.string(),
          lastDay: z.string().optional(),
          supportStatus: z.enum(valuesOf(SupportStatus)).optional(),
        }),
      )
      .optional(),
  }),
  strict({ existingId: id }),
]);

const integrationSchema = strict({
  /** Alert source name. @default "<team> (<environment>)" */
  name: z.string().optional(),
  /** Datadog webhook name. @default "ilert-<team>-<environment>" */
  webhookName: z.string().optional(),
  alertCreation: z.enum(valuesOf(AlertCreation)).optional(),
  alertGroupingWindow: z.enum(valuesOf(AlertGroupingWindow)).optional(),
  priorityRule: z.enum(valuesOf(AlertPriorityRule)).optional(),
  autoResolutionTimeout: z.enum(valuesOf(AutoResolutionTimeout)).optional(),
  summaryTemplate: z.string().optional(),
  detailsTemplate: z.string().optional(),
  /** Datadog priority -> iLert priority, e.g. { "P3": "HIGH" }; {} for P1-P2 HIGH, P3-P5 LOW. @default - none: every alert gets priorityRule */
  priorityMapping: byDatadogPriority(z.enum(valuesOf(AlertPriority))).optional(),
  /** Datadog priority -> iLert severity 1-5, e.g. { "P2": 1 }; {} for P1 -> 1 ... P5 -> 5. @default - none: no severity template */
  severityMapping: byDatadogPriority(z.number()).optional(),
  /** false lets `cdktf destroy` delete the alert source (e.g. a short-lived environment). @default true */
  protectFromDestroy: z.boolean().optional(),
  /** Whether the alert source accepts events. @default true */
  active: z.boolean().optional(),
  /** Support hours (by iLert id) that a `*_DURING_SUPPORT_HOURS` priority rule refers to; or supportHours. @default - no support hours (refused with a `*_DURING_SUPPORT_HOURS` priorityRule) */
  supportHoursId: id.optional(),
  /** Support hours of a *_DURING_SUPPORT_HOURS priorityRule, declared or existing; or supportHoursId. @default - no support hours (refused with a `*_DURING_SUPPORT_HOURS` priorityRule) */
  supportHours: supportHoursSchema.optional(),
  /**
   * The body Datadog sends: `json`, the exact text (kept byte for byte, e.g. a webhook's payload made
   * by hand), or `template`, an object written as compact JSON. @default - iLert's documented template
   */
  payload: z
    .union([
      strict({ json: z.string(), customVariables: z.array(z.string()).optional(), withoutIlertFields: z.literal(true).optional() }),
      strict({
        template: z.record(z.unknown()),
        customVariables: z.array(z.string()).optional(),
        withoutIlertFields: z.literal(true).optional(),
      }),
    ])
    .optional(),
  ilertTeamIds: ilertTeamIds.optional(),
  /**
   * The alert source and the webhook exist in these environments: environment key -> the alert
   * source's iLert id, and the webhook's name (the integration's webhookName there). @default - created
   */
  adopt: adoptedIn(strict({ alertSourceId: id, webhookName: z.string().optional() })).optional(),
});

/** A Datadog monitor id: digits. */
const monitorId = z.string().regex(/^[1-9][0-9]{0,18}$/, 'a Datadog monitor id, digits as a string, e.g. "1234567"');

/** What every maintenance window has: a key (its construct id), and what the downtime says and mutes. */
const maintenanceCommon = {
  key,
  /** Message in the downtime's notifications. @default - none: the downtime has no message */
  message: z.string().optional(),
  /** Datadog search of the groups muted. @default "*" */
  scope: z.string().optional(),
};

/** A planned window muting the team's monitors: once (start, end), or recurring (timezone, recurrences). */
const maintenanceSchema = z.union([
  strict({ ...maintenanceCommon, start: z.string(), end: z.string(), timezone: z.string().optional() }),
  strict({
    ...maintenanceCommon,
    timezone: z.string(),
    recurrences: z.array(strict({ rrule: z.string(), start: z.string(), duration: z.string() })).min(1),
  }),
]);

const monitorSchema = strict({
  key,
  name: z.string().min(1),
  type: z.string().min(1),
  query: z.string().min(1),
  message: z.string(),
  /** Datadog priority 1-5. */
  priority: z.number().int().min(1).max(5).optional(),
  tags: z.array(z.string()).optional(),
  /** Thresholds; `critical` defaults to the number a metric query ends with. @default - the query's */
  thresholds: strict({
    critical: z.number().optional(),
    warning: z.number().optional(),
    ok: z.number().optional(),
    unknown: z.number().optional(),
    criticalRecovery: z.number().optional(),
    warningRecovery: z.number().optional(),
  }).optional(),
  /** Options of the Datadog monitor, as its Terraform resource names them in camel case. @default - Datadog's */
  options: strict({
    notifyNoData: z.boolean().optional(),
    noDataTimeframe: z.number().optional(),
    renotifyInterval: z.number().optional(),
    notifyAudit: z.boolean().optional(),
    includeTags: z.boolean().optional(),
    requireFullWindow: z.boolean().optional(),
    evaluationDelay: z.number().optional(),
    newGroupDelay: z.number().optional(),
    newHostDelay: z.number().optional(),
    timeoutH: z.number().optional(),
    escalationMessage: z.string().optional(),
  }).optional(),
  /** The monitor exists in these environments: environment key -> its Datadog id. @default - created */
  adopt: adoptedIn(monitorId).optional(),
});

const teamSchema = strict({
  key,
  /** Display name. @default key */
  name: z.string().min(1).optional(),
  /** Environments this team is deployed to. @default all */
  environments: z.array(key).optional(),
  /** Existing iLert team (by id) that owns the team's objects. */
  ilertTeamId: id.optional(),
  /** Existing iLert team (by name, looked up) that owns the team's objects; instead of ilertTeamId. */
  ilertTeamName: z.string().min(1).optional(),
  schedule: scheduleSchema.optional(),
  escalation: escalationSchema,
  reminders: reminderSchema.optional(),
  integration: integrationSchema.default({}),
  monitors: z.array(monitorSchema).default([]),
  /** Planned windows that mute the team's monitors (Datadog downtime schedules). @default - none: the monitors are never muted by the app */
  maintenanceWindows: z.array(maintenanceSchema).optional(),
  /**
   * Warnings of the library's checks not to report for the team's constructs, each with the reason,
   * e.g. [{ "id": "ILDD-W1", "reason": "monitors in the search repository mention the webhook" }].
   * Errors cannot be suppressed. @default - none: every warning is reported
   */
  suppress: z.array(strict({ id: z.string(), reason: z.string() })).optional(),
});

/** A provider's URL, written into the provider block: app/provider-url.ts says which are refused. */
function providerUrl(key: ProviderUrlKey) {
  return z.string().superRefine((value, ctx) => {
    const problem = providerUrlProblem(value, key);
    if (problem !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem.accepted });
  });
}

const environmentSchema = strict({
  key,
  /** Datadog API URL of the environment's organisation, e.g. "https://api.datadoghq.eu/". @default - DD_HOST or US1 */
  datadogApiUrl: providerUrl(DATADOG_API_URL).optional(),
  /** iLert API endpoint. @default - ILERT_ENDPOINT or iLert's default */
  ilertEndpoint: providerUrl(ILERT_ENDPOINT).optional(),
  /** Name of the iLert account the environment uses; environments of one account share its users. @default "default" */
  ilertAccount: z.string().min(1).default("default"),
  /**
   * Whether this environment declares the user-level settings (on-call reminders) of its account's
   * people, for every team of the account: a reminder is a setting of the iLert user, so one
   * environment per account declares it.
   * @default - the last environment of each account, in file order
   */
  userSettings: z.boolean().optional(),
});

/** The whole config file. */
export const configSchema = strict({
  /** One stack per environment (default) or one per team and environment. */
  stackPer: z.enum(["environment", "team"]).default("environment"),
  backend: backendSchema.default({ type: "local" }),
  environments: z.array(environmentSchema).min(1),
  teams: z.array(teamSchema).min(1),
});

/** The app config, as parsed (defaults applied). */
export type AppConfig = z.infer<typeof configSchema>;
/** One environment of the config. */
export type EnvironmentConfig = AppConfig["environments"][number];
/** One team of the config. */
export type TeamConfig = AppConfig["teams"][number];
/** A user reference of the config. */
export type UserRefConfig = z.infer<typeof userRef>;
/** One layer of a declared schedule of the config. */
export type LayerConfig = z.infer<typeof layerSchema> & { readonly end?: string };
/** Whom an escalation rule of the config notifies. */
export type RuleTarget = z.infer<typeof targetSchema>;
/** A maintenance window of the config. */
export type MaintenanceConfig = z.infer<typeof maintenanceSchema>;
/** Support hours of the config. */
export type SupportHoursConfig = z.infer<typeof supportHoursSchema>;

/** The environment that declares the user settings of `environment`'s iLert account. */
export function userSettingsEnvironment(config: AppConfig, environment: EnvironmentConfig): EnvironmentConfig {
  const account = config.environments.filter((e) => e.ilertAccount === environment.ilertAccount);
  return account.find((e) => e.userSettings === true) ?? account[account.length - 1];
}

/**
 * The people a team's reminders go to: the users of its declared schedule, or else the users its
 * escalation rules notify directly.
 */
export function responderRefs(team: TeamConfig): UserRefConfig[] {
  const s = team.schedule;
  const e = team.escalation;
  if (s !== undefined && "users" in s) return s.users;
  if (s !== undefined && "layers" in s) return s.layers.flatMap((layer) => layer.users);
  if (!("rules" in e)) return [];
  return e.rules.flatMap((rule) => ("user" in rule.notify ? [rule.notify.user] : "users" in rule.notify ? rule.notify.users : []));
}

/** The name of a team's Datadog webhook in an environment: its `webhookName`, else `ilert-<team>-<environment>`. */
export function webhookNameOf(team: TeamConfig, environment: string): string {
  return team.integration.webhookName ?? `ilert-${team.key}-${environment}`;
}

/** The environments a team is deployed to: its `environments`, else every environment of the config. */
export function environmentsOf(config: AppConfig, team: TeamConfig): string[] {
  return team.environments ?? config.environments.map((e) => e.key);
}
