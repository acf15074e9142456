import * as fs from "fs";
import { z } from "zod";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DayOfWeek,
  ProviderEnum,
  ReminderMethod,
} from "../constructs";
import { backendSchema } from "./backend";

/**
 * The config file of the app in main.ts: environments, teams, backend. JSON; which file is read is
 * decided by chooseConfigFile (config-source.ts).
 */

/** The provider values of an enum-like class (its static constants), for the schema. */
function valuesOf(cls: object): [string, ...string[]] {
  const values = Object.values(cls)
    .filter((v): v is ProviderEnum => v instanceof ProviderEnum)
    .map((v) => v.value);
  return values as [string, ...string[]];
}

/** The constant of an enum-like class with the given provider value (the schema checked it exists). */
export function enumOf<T extends ProviderEnum>(cls: object, value: string): T;
export function enumOf<T extends ProviderEnum>(cls: object, value: string | undefined): T | undefined;
export function enumOf<T extends ProviderEnum>(cls: object, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  return Object.values(cls).find((v): v is T => v instanceof ProviderEnum && v.value === value);
}

const id = z.string().regex(/^[1-9][0-9]*$/, 'expected a numeric iLert id, e.g. "1234"');
/** A key for construct ids and names: stable, readable Terraform addresses. */
const key = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,39}$/,
    'expected lower-case letters, digits and "-", starting with a letter (it names stacks and Terraform addresses)',
  );

/** A person: by email (looked up in iLert) or by numeric iLert id (with their email, if reminders should use it). */
const userRef = z.union([z.string().email(), z.object({ id, email: z.string().email().optional() }).strict()]);

const timeOfWeek = z.object({ day: z.enum(valuesOf(DayOfWeek)), time: z.string() }).strict();

const scheduleSchema = z.union([
  z
    .object({
      /** Schedule name in iLert. @default "<team> on-call (<environment>)" */
      name: z.string().optional(),
      timezone: z.string(),
      /** "daily", "weekly" or an ISO-8601 duration such as "P14D". */
      rotation: z.string(),
      /** Start of the rotation, e.g. "2026-01-05T09:00". */
      start: z.string(),
      end: z.string().optional(),
      users: z.array(userRef).min(1),
      restrictions: z.array(z.object({ from: timeOfWeek, to: timeOfWeek }).strict()).optional(),
    })
    .strict(),
  z.object({ existingId: id }).strict(),
  z.object({ existingName: z.string().min(1) }).strict(),
]);

const targetSchema = z.union([
  z.object({ schedule: z.literal(true) }).strict(),
  z.object({ user: userRef }).strict(),
  z.object({ users: z.array(userRef).min(1) }).strict(),
  z.object({ team: z.literal(true) }).strict(),
]);

const escalationSchema = z.union([
  z
    .object({
      name: z.string().optional(),
      rules: z.array(z.object({ notify: targetSchema, escalateAfterMin: z.number() }).strict()).min(1),
      repeating: z.boolean().optional(),
      frequency: z.number().optional(),
      delayMin: z.number().optional(),
      routingKey: z.string().optional(),
    })
    .strict(),
  z.object({ existingId: id }).strict(),
  z.object({ existingName: z.string().min(1) }).strict(),
]);

const reminderSchema = z
  .object({
    beforeMin: z.number(),
    method: z.enum(valuesOf(ReminderMethod)),
  })
  .strict();

const integrationSchema = z
  .object({
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
  })
  .strict();

const monitorSchema = z
  .object({
    key,
    name: z.string().min(1),
    type: z.string().min(1),
    query: z.string().min(1),
    message: z.string(),
    /** Datadog priority 1-5. */
    priority: z.number().int().min(1).max(5).optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict();

const teamSchema = z
  .object({
    key,
    /** Display name. @default key */
    name: z.string().min(1).optional(),
    /** Environments this team is deployed to. @default all */
    environments: z.array(key).optional(),
    /** Existing iLert team (by id) that owns the team's objects. */
    ilertTeamId: id.optional(),
    schedule: scheduleSchema.optional(),
    escalation: escalationSchema,
    reminders: reminderSchema.optional(),
    integration: integrationSchema.default({}),
    monitors: z.array(monitorSchema).default([]),
  })
  .strict();

const environmentSchema = z
  .object({
    key,
    /** Datadog API URL of the environment's organisation, e.g. "https://api.datadoghq.eu/". @default - DD_HOST or US1 */
    datadogApiUrl: z.string().url().optional(),
    /** iLert API endpoint. @default - ILERT_ENDPOINT or iLert's default */
    ilertEndpoint: z.string().url().optional(),
  })
  .strict();

const configSchema = z
  .object({
    /** One stack per environment (default) or one per team and environment. */
    stackPer: z.enum(["environment", "team"]).default("environment"),
    backend: backendSchema.default({ type: "local" }),
    environments: z.array(environmentSchema).min(1),
    teams: z.array(teamSchema).min(1),
  })
  .strict();

/** The app config, as parsed (defaults applied). */
export type AppConfig = z.infer<typeof configSchema>;
/** One team of the config. */
export type TeamConfig = AppConfig["teams"][number];
/** A user reference of the config. */
export type UserRefConfig = z.infer<typeof userRef>;
/** Whom an escalation rule of the config notifies. */
export type RuleTarget = z.infer<typeof targetSchema>;

/** A problem with the config file: which file, where in it, and what. */
export class ConfigError extends Error {
  constructor(
    public readonly file: string,
    public readonly problems: readonly string[],
  ) {
    super(`${file}: invalid config:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** A JSON path such as `teams[0].schedule.rotation`. */
function jsonPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${p}`)).join("") || "(root)";
}

/** Parses and checks a config object; `file` names it in errors. */
export function parseConfig(raw: unknown, file: string): AppConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      file,
      result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`),
    );
  }
  const config = result.data;
  const problems = [
    ...duplicates(
      config.environments.map((e) => e.key),
      "environments",
    ),
    ...duplicates(
      config.teams.map((t) => t.key),
      "teams",
    ),
    ...config.teams.flatMap((team, i) => [
      ...(team.environments ?? [])
        .filter((e) => !config.environments.some((env) => env.key === e))
        .map((e) => `teams[${i}].environments: unknown environment "${e}"; declare it under environments`),
      ...ruleProblems(team, i),
    ]),
  ];
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

/** Rules that notify "the team's schedule" or "the team" need the team to have one. */
function ruleProblems(team: TeamConfig, index: number): string[] {
  if (!("rules" in team.escalation)) return [];
  return team.escalation.rules.flatMap((rule, r) => {
    const path = `teams[${index}].escalation.rules[${r}].notify`;
    if ("schedule" in rule.notify && team.schedule === undefined)
      return [`${path}: notifies the team's schedule, but the team has none; add teams[${index}].schedule`];
    if ("team" in rule.notify && team.ilertTeamId === undefined)
      return [`${path}: notifies the team, but the team has no ilertTeamId; set teams[${index}].ilertTeamId`];
    return [];
  });
}

function duplicates(keys: string[], list: string): string[] {
  return keys.flatMap((k, i) => (keys.indexOf(k) !== i ? [`${list}[${i}].key: "${k}" is used twice; keys must be unique`] : []));
}

/** Reads and checks a config file; `name` names it in errors. */
export function loadConfig(file: string, name: string = file): AppConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(name, [`cannot read the file: ${(e as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(name, [`not valid JSON: ${(e as Error).message}`]);
  }
  return parseConfig(raw, name);
}
