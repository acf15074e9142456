import { describeValue } from "../constructs/core/shown-text";
import { backendProblems } from "./backend";
import { configProblems } from "./config-problems";
import { AppConfig, configSchema, responderRefs, TeamConfig } from "./config-schema";
import { reservedKeyProblems } from "./construct-ids";
import { derivedNameProblems } from "./derived-names";
import { CONFIG_FILE_ACCEPTED, ConfigSourceError, unreadableConfigFile } from "./config-source";
import { JsonSyntaxError, parseJson, ReadFileError, readRegularFile } from "./read-file";
import { adoptedTwice, adoptionProblems } from "./adoption-keys";
import { UserError } from "../constructs/core/private/user-error";

/**
 * Reading and checking the config file of the app in main.ts (its format: app/config-schema.ts):
 * the schema's problems, then the checks across the file, all reported at once by JSON path.
 */

/** A problem with the config file: which file, where in it, and what. */
export class ConfigError extends UserError {
  constructor(
    public readonly file: string,
    public readonly problems: readonly string[],
  ) {
    super(`${file}: invalid config:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses and checks a config object; `file` names it in errors. */
export function parseConfig(raw: unknown, file: string): AppConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(file, configProblems(result.error.issues, raw));
  const config = result.data;
  const problems = [
    ...backendProblems(config.backend),
    ...duplicates(
      config.environments.map((e) => e.key),
      "environments",
    ),
    ...duplicates(
      config.teams.map((t) => t.key),
      "teams",
    ),
    ...ownerProblems(config),
    ...adoptedTwice(config),
    ...reservedKeyProblems(config),
    ...derivedNameProblems(config),
    ...config.teams.flatMap((team, i) => [
      ...(team.environments ?? [])
        .filter((e) => !config.environments.some((env) => env.key === e))
        .map((e) => `teams[${i}].environments: unknown environment "${e}"; declare it under environments`),
      ...ruleProblems(team, i),
      ...("rules" in team.escalation && team.escalation.frequency !== undefined && team.escalation.repeating !== true
        ? [
            `teams[${i}].escalation.frequency: invalid value ${team.escalation.frequency}: expected a frequency only with "repeating": true (without it the policy runs once, and the frequency does nothing); set "repeating": true, or remove frequency`,
          ]
        : []),
      ...(team.ilertTeamId !== undefined && team.ilertTeamName !== undefined
        ? [`teams[${i}].ilertTeamName: give the iLert team by ilertTeamId or by ilertTeamName, not both`]
        : []),
      ...unmappedPriorities(team, i),
      ...adoptionProblems(config, team, i),
      ...supportHoursProblems(team, i),
      ...maintenanceProblems(team, i),
      ...(team.reminders !== undefined && responderRefs(team).length === 0
        ? [
            `teams[${i}].reminders: nobody to remind: the team's schedule and escalation are existing objects, so the app knows none of their users; list users in a schedule or escalation rules, or remove reminders`,
          ]
        : []),
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
    if ("team" in rule.notify && team.ilertTeamId === undefined && team.ilertTeamName === undefined)
      return [`${path}: notifies the team, but the team has no iLert team; set teams[${index}].ilertTeamId or ilertTeamName`];
    return [];
  });
}

/** One environment per iLert account declares its people's settings. */
function ownerProblems(config: AppConfig): string[] {
  return config.environments.flatMap((env, i) => {
    if (env.userSettings !== true) return [];
    const first = config.environments.find((e) => e.userSettings === true && e.ilertAccount === env.ilertAccount)!;
    return first === env
      ? []
      : [
          `environments[${i}].userSettings: environment "${first.key}" already declares the user settings of iLert account ${describeValue(env.ilertAccount)}; set it on one environment per account`,
        ];
  });
}

/** A monitor priority reaches iLert only through a priority or severity mapping of the integration. */
function unmappedPriorities(team: TeamConfig, index: number): string[] {
  if (team.integration.priorityMapping !== undefined || team.integration.severityMapping !== undefined) return [];
  return team.monitors.flatMap((m, k) =>
    // An adopted monitor keeps the priority it has: dropping it would change the monitor.
    m.priority === undefined || m.adopt !== undefined
      ? []
      : [
          `teams[${index}].monitors[${k}].priority: iLert never sees it: teams[${index}].integration has no priorityMapping or severityMapping; add one ({} for the defaults) or remove the priority`,
        ],
  );
}

/** Support hours and a *_DURING_SUPPORT_HOURS priority rule go together (the construct refuses one without the other). */
function supportHoursProblems(team: TeamConfig, index: number): string[] {
  const { priorityRule, supportHours, supportHoursId } = team.integration;
  const during = priorityRule?.endsWith("_DURING_SUPPORT_HOURS") === true;
  const at = `teams[${index}].integration`;
  // supportHoursId (what adopt writes) is the same as supportHours: { existingId }.
  if (supportHours !== undefined && supportHoursId !== undefined)
    return [
      `${at}.supportHoursId: invalid value "${supportHoursId}": expected supportHours or supportHoursId, not both; remove supportHoursId, or remove supportHours and keep the existing support hours by id`,
    ];
  const key = supportHoursId === undefined ? "supportHours" : "supportHoursId";
  const given = supportHours !== undefined || supportHoursId !== undefined;
  if (during && !given)
    return [
      `${at}.supportHours: missing: expected support hours with priorityRule ${priorityRule}; add "supportHours": { "timezone": "Europe/Berlin", "supportDays": [{ "days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }] }, or { "existingId": "1234" }`,
    ];
  if (!during && given)
    return [
      `${at}.${key}: not used: support hours apply only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS, and priorityRule is ${priorityRule === undefined ? "unset (HIGH)" : priorityRule}; set "priorityRule": "LOW_DURING_SUPPORT_HOURS" (or "HIGH_DURING_SUPPORT_HOURS"), or remove ${key}`,
    ];
  return [];
}

/** Maintenance windows mute the team's monitors: keys once each, and monitors to mute. */
function maintenanceProblems(team: TeamConfig, index: number): string[] {
  const windows = team.maintenanceWindows ?? [];
  if (windows.length > 0 && team.monitors.length === 0)
    return [
      `teams[${index}].maintenanceWindows: nothing to mute: a window mutes the team's monitors, and teams[${index}].monitors is empty; add monitors, or remove maintenanceWindows`,
    ];
  return duplicates(
    windows.map((w) => w.key),
    `teams[${index}].maintenanceWindows`,
  );
}

function duplicates(keys: string[], list: string): string[] {
  const seen = new Set<string>();
  return keys.flatMap((k, i) => {
    if (seen.has(k)) return [`${list}[${i}].key: "${k}" is used twice; keys must be unique`];
    seen.add(k);
    return [];
  });
}

/** Reads and checks a config file; `name` names it in errors. */
export function loadConfig(file: string, name: string = file): AppConfig {
  let text: string;
  try {
    text = readRegularFile(file);
  } catch (e) {
    if (!(e instanceof ReadFileError)) throw e;
    // A file that is not there is no invalid config: one line, by its path.
    if (e.code === "ENOENT") throw new ConfigSourceError(`${name}: ${unreadableConfigFile(file, e)}`);
    throw new ConfigError(name, [`cannot read the file: ${e.problem}: ${CONFIG_FILE_ACCEPTED}`]);
  }
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new ConfigError(name, [`${e.problem}; a config file is JSON (YAML is not read)`]);
  }
  return parseConfig(raw, name);
}
