import type { AppConfig, EnvironmentConfig, TeamConfig } from "./config-schema";
import { userSettingsEnvironment } from "./config-schema";
import { USER_SETTINGS } from "./construct-ids";
import { PersonReminder, remindersOf } from "./user-reminders";

/**
 * Which stacks a config makes and what each holds, decided from the config alone before anything
 * is declared (app/build.ts declares them); and the stack names two entries would share, which
 * would stop synth with cdktf's "There is already a Construct with name ...", reported by the
 * config path of the key.
 */

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
 * Stack names that two entries of the config would share, reported at the key of the later entry.
 * Only stacks per team can share one (environment `a-b` with team `c` and environment `a` with team
 * `b-c` both make `a-b-c`): a stack per environment is named by its key, and keys are unique
 * (config.ts).
 */
export function stackNameProblems(config: AppConfig, plans: readonly StackPlan[]): string[] {
  const seen = new Map<string, StackPlan>();
  const problems: string[] = [];
  for (const plan of plans) {
    const first = seen.get(plan.id);
    if (first === undefined) {
      seen.set(plan.id, plan);
      continue;
    }
    const later = entryOf(config, plan);
    problems.push(
      `${later.path}: invalid value ${JSON.stringify(later.key)}: expected keys that make distinct stack names: ${entryOf(config, first).source} and ${later.source} both make the stack ${JSON.stringify(plan.id)}; rename one of them`,
    );
  }
  return problems;
}

/** The entry whose key names a stack per team: its team's, or, for the user settings (no team), its environment's. */
function entryOf(config: AppConfig, plan: StackPlan): { path: string; key: string; source: string } {
  const environment = JSON.stringify(plan.environment.key);
  if (plan.teams.length === 0)
    return {
      path: `environments[${config.environments.indexOf(plan.environment)}].key`,
      key: plan.environment.key,
      source: `the user settings of environment ${environment}`,
    };
  const { team, index } = plan.teams[0];
  return {
    path: `teams[${index}].key`,
    key: team.key,
    source: `environment ${environment} with team ${JSON.stringify(team.key)} (teams[${index}])`,
  };
}
