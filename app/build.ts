import { App, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../.gen/providers/ilert/provider";
import { applyBackend } from "./backend";
import { AppConfig, ConfigError, EnvironmentConfig, USER_SETTINGS, userSettingsEnvironment } from "./config";
import { TeamOnCall } from "./team-on-call";
import { remindersOf, UserReminders } from "./user-reminders";

/**
 * Declares the stacks of a config: one per environment (all its teams), or, with
 * `stackPer: "team"`, one per team and environment so plans stay small and run in parallel.
 * Every construct-level problem of every team and environment is collected and reported at once,
 * by the JSON path of the offending value (see TeamOnCall); the same problem in several
 * environments is reported once.
 */
export function buildFromConfig(app: App, config: AppConfig, file: string): TerraformStack[] {
  const stacks: TerraformStack[] = [];
  const problems: string[] = [];
  const stackFor = (id: string, environment: EnvironmentConfig): TerraformStack => {
    const stack = new TerraformStack(app, id);
    applyBackend(stack, id, config.backend);
    // Non-secret per-environment endpoints only; credentials stay in the environment.
    if (environment.datadogApiUrl) new DatadogProvider(stack, "Datadog", { apiUrl: environment.datadogApiUrl });
    if (environment.ilertEndpoint) new IlertProvider(stack, "Ilert", { endpoint: environment.ilertEndpoint });
    stacks.push(stack);
    return stack;
  };
  for (const environment of config.environments) {
    const shared = config.stackPer === "environment" ? stackFor(environment.key, environment) : undefined;
    config.teams.forEach((team, index) => {
      if (team.environments && !team.environments.includes(environment.key)) return;
      const stack = shared ?? stackFor(`${environment.key}-${team.key}`, environment);
      new TeamOnCall(stack, team.key, { team, environment: environment.key, configPath: `teams[${index}]`, problems });
    });
    if (userSettingsEnvironment(config, environment) === environment) {
      // The reminders of every team deployed anywhere in the account.
      const account = config.environments.filter((e) => e.ilertAccount === environment.ilertAccount).map((e) => e.key);
      const reminders = config.teams.flatMap((team, index) =>
        !team.environments || team.environments.some((e) => account.includes(e)) ? remindersOf(team, index) : [],
      );
      if (reminders.length > 0) {
        const stack = shared ?? stackFor(`${environment.key}-${USER_SETTINGS}`, environment);
        new UserReminders(stack, USER_SETTINGS, reminders, problems);
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(file, [...new Set(problems)]);
  return stacks;
}
