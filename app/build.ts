import { App, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../.gen/providers/ilert/provider";
import { IlertDatadogValidationError } from "../constructs";
import { applyBackend } from "./backend";
import { AppConfig, ConfigError } from "./config";
import { TeamOnCall } from "./team-on-call";

/**
 * Declares the stacks of a config: one per environment (all its teams), or, with
 * `stackPer: "team"`, one per team and environment so plans stay small and run in parallel.
 * A construct's validation error is reported against the config file and the team's entry in it.
 */
export function buildFromConfig(app: App, config: AppConfig, file: string): TerraformStack[] {
  const stacks: TerraformStack[] = [];
  const stackFor = (id: string, environment: AppConfig["environments"][number]): TerraformStack => {
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
      try {
        new TeamOnCall(stack, team.key, team, environment.key);
      } catch (e) {
        if (e instanceof IlertDatadogValidationError)
          throw new ConfigError(file, [`teams[${index}] (${team.key}, environment ${environment.key}): ${e.message}`]);
        throw e;
      }
    });
  }
  return stacks;
}
