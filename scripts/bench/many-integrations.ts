// Benchmark fixture: one stack with BENCH_INTEGRATIONS teams (default 10), each paged like the example
// app's team: two users looked up by email, its own escalation policy, and an integration (alert
// source + webhook) on it. `npm run bench` synthesizes it through scripts/app.js, as cdktf synth would.
import { App, TerraformStack } from "cdktf";
import {
  AlertCreation,
  AlertGroupingWindow,
  AutoResolutionTimeout,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  User,
} from "../../constructs";

/** Builds the app; `count` defaults to the BENCH_INTEGRATIONS environment variable, else 10. */
export function createApp(count = Number(process.env.BENCH_INTEGRATIONS ?? 10), outdir?: string): App {
  if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_INTEGRATIONS must be a positive integer, got ${count}`);
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "many-integrations");
  for (let i = 0; i < count; i++) {
    const lead = User.fromEmail(stack, `Team${i}Lead`, `team${i}-lead@example.com`);
    const backup = User.fromEmail(stack, `Team${i}Backup`, `team${i}-backup@example.com`);
    const policy = new EscalationPolicy(stack, `Team${i}Policy`, {
      name: `Team ${i}`,
      rules: [
        { target: EscalationTarget.user(lead), escalationTimeoutMin: 15 },
        { target: EscalationTarget.user(backup), escalationTimeoutMin: 15 },
      ],
      repeating: true,
      frequency: 2,
    });
    new IlertDatadogIntegration(stack, `Team${i}Datadog`, {
      name: `Team ${i} (Datadog)`,
      escalationPolicy: policy,
      alertCreation: AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW,
      alertGroupingWindow: AlertGroupingWindow.MINUTES_5,
      autoResolutionTimeout: AutoResolutionTimeout.HOURS_4,
      summaryTemplate: "{{ title }}",
    });
  }
  return app;
}
