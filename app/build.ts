import { App, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../.gen/providers/ilert/provider";
import { applyBackend } from "./backend";
import { USER_SETTINGS } from "./construct-ids";
import { ConfigError } from "./config";
import { AppConfig } from "./config-schema";
import { planStacks, stackNameProblems } from "./stack-plan";
import { selectStacks, StackSelection } from "./stack-selection";
import { TeamOnCall } from "./team-on-call";
import { UserReminders } from "./user-reminders";

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
    // Without reminders it declares nothing.
    new UserReminders(stack, USER_SETTINGS, reminders, problems);
    stacks.push(stack);
  }
  if (problems.length > 0) throw new ConfigError(file, [...new Set(problems)]);
  return stacks;
}
