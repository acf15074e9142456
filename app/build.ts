import { App, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../.gen/providers/ilert/provider";
import { applyBackend } from "./backend";
import { stackNameProblems, USER_SETTINGS } from "./construct-ids";
import { ConfigError } from "./config";
import { AppConfig, EnvironmentConfig, TeamConfig, userSettingsEnvironment } from "./config-schema";
import { selectStacks, StackSelection } from "./stack-selection";
import { TeamOnCall } from "./team-on-call";
import { PersonReminder, remindersOf, UserReminders } from "./user-reminders";

/** One stack of a config, before anything is declared: what it holds. */
export interface StackPlan {
  /** The stack's name (its construct id): `<environment>`, `<environment>-<team>` or `<environment>-user-settings`. */
  readonly id: string;
  /** The environment it deploys to. */
  readonly environment: EnvironmentConfig;
  /** The teams it declares, each with its index in the config. */
  readonly teams: { readonly team: TeamConfig; readonly index: number }[];
  /** The user settings of the environment's iLert account it declares (none in most stacks). */
  reminders: readonly PersonReminder[];
}

/**
 * The stacks of a config, in the order they are declared: one per environment (all its teams), or,
 * with `stackPer: "team"`, one per team and environment so plans stay small and run in parallel,
 * plus one per iLert account for its user settings. Reads only the config: one pass over its teams
 * per environment.
 */
export function planStacks(config: AppConfig): StackPlan[] {
  const plans: StackPlan[] = [];
  const plan = (id: string, environment: EnvironmentConfig): StackPlan => {
    const created: StackPlan = { id, environment, teams: [], reminders: [] };
    plans.push(created);
    return created;
  };
  for (const environment of config.environments) {
    const shared = config.stackPer === "environment" ? plan(environment.key, environment) : undefined;
    config.teams.forEach((team, index) => {
      if (team.environments && !team.environments.includes(environment.key)) return;
      (shared ?? plan(`${environment.key}-${team.key}`, environment)).teams.push({ team, index });
    });
    if (userSettingsEnvironment(config, environment) === environment) {
      // The reminders of every team deployed anywhere in the account.
      const account = new Set(config.environments.filter((e) => e.ilertAccount === environment.ilertAccount).map((e) => e.key));
      const reminders = config.teams.flatMap((team, index) =>
        !team.environments || team.environments.some((e) => account.has(e)) ? remindersOf(team, index) : [],
      );
      if (reminders.length > 0) (shared ?? plan(`${environment.key}-${USER_SETTINGS}`, environment)).reminders = reminders;
    }
  }
  return plans;
}

/**
 * Declares the stacks of a config (see planStacks), or, given a `selection`, only the stacks it
 * names (an unknown name throws StackSelectionError listing the known ones). Every construct-level
 * problem of every team and environment declared is collected and reported at once, by the JSON
 * path of the offending value (see TeamOnCall); the same problem in several environments is
 * reported once.
 */
export function buildFromConfig(app: App, config: AppConfig, file: string, selection?: StackSelection): TerraformStack[] {
  const plans = planStacks(config);
  const clashes = stackNameProblems(config, plans);
  if (clashes.length > 0) throw new ConfigError(file, clashes);
  const selected =
    selection &&
    selectStacks(
      selection,
      plans.map((p) => p.id),
      file,
    );
  const problems: string[] = [];
  const stacks: TerraformStack[] = [];
  // A loop rather than map(): cdktf captures the call stack of every token, each frame costs.
  for (const { id, environment, teams, reminders } of plans) {
    if (selected !== undefined && !selected.has(id)) continue;
    const stack = new TerraformStack(app, id);
    applyBackend(stack, id, config.backend);
    // Non-secret per-environment endpoints only; credentials stay in the environment.
    if (environment.datadogApiUrl) new DatadogProvider(stack, "Datadog", { apiUrl: environment.datadogApiUrl });
    if (environment.ilertEndpoint) new IlertProvider(stack, "Ilert", { endpoint: environment.ilertEndpoint });
    for (const { team, index } of teams) {
      new TeamOnCall(stack, team.key, { team, environment: environment.key, configPath: `teams[${index}]`, problems });
    }
    if (reminders.length > 0) new UserReminders(stack, USER_SETTINGS, reminders, problems);
    stacks.push(stack);
  }
  if (problems.length > 0) throw new ConfigError(file, [...new Set(problems)]);
  return stacks;
}
