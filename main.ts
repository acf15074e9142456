// Example app: one team's Datadog -> iLert paging, as `cdktf synth` (or `npm run synth`) builds it.
// Credentials are read by the providers at plan/apply time from ILERT_API_TOKEN, DD_API_KEY,
// DD_APP_KEY (and DD_HOST outside the US1 site); synth needs none of them.
import { App, LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import {
  AlertCreation,
  AlertGroupingWindow,
  AutoResolutionTimeout,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  OnCallSchedule,
  PriorityMapping,
  ReminderMethod,
  Rotation,
  Team,
  User,
} from "./constructs";
import { createConfigApp } from "./app/config-app";
import { selectStacks } from "./app/stack-selection";

/**
 * The example team's stack: a weekly on-call rotation, a two-step escalation policy (whoever is on
 * call, then the team lead), reminders before each shift, and the Datadog integration that pages it.
 */
export class PaymentsOnCallStack extends TerraformStack {
  /** The integration, for tests and for wiring monitors. */
  public readonly integration: IlertDatadogIntegration;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });

    const team = Team.fromName(this, "Team", "Payments");
    const lead = User.fromEmail(this, "TeamLead", "payments-lead@example.com");
    const alice = User.fromEmail(this, "Alice", "alice@example.com");
    const bob = User.fromEmail(this, "Bob", "bob@example.com");

    const rotation = new OnCallSchedule(this, "WeeklyRotation", {
      name: "Payments weekly rotation",
      timezone: "Europe/Berlin",
      layers: [{ name: "Weekly", users: [alice, bob], rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
      teams: [team],
    });

    const policy = new EscalationPolicy(this, "EscalationPolicy", {
      name: "Payments",
      rules: [
        { target: EscalationTarget.schedule(rotation), escalationTimeoutMin: 15 },
        { target: EscalationTarget.user(lead), escalationTimeoutMin: 15 },
      ],
      repeating: true,
      frequency: 2,
      teams: [team],
    });

    // Everyone on the rotation gets a push notification an hour before each of their shifts.
    rotation.remindResponders({ beforeMin: 60, method: ReminderMethod.PUSH });

    this.integration = new IlertDatadogIntegration(this, "Datadog", {
      name: "Payments (Datadog)",
      escalationPolicy: policy,
      alertCreation: AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW,
      alertGroupingWindow: AlertGroupingWindow.MINUTES_5,
      autoResolutionTimeout: AutoResolutionTimeout.HOURS_4,
      summaryTemplate: "{{ title }}",
      // P1-P2 page as HIGH, P3-P5 as LOW (iLert's priority template reads the monitor's priority).
      priorityMapping: PriorityMapping.fromDatadogPriority(),
    });

    const checkoutErrors = new Monitor(this, "CheckoutErrors", {
      name: "Payments: checkout error rate",
      type: "query alert",
      query: "sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50",
      message: "More than 50 checkout errors in 5 minutes. Runbook: https://wiki.example.com/payments/checkout",
      priority: "1",
      monitorThresholds: { critical: "50" },
      tags: ["team:payments"],
    });
    this.integration.connectMonitor(checkoutErrors);

    new TerraformOutput(this, "notification_handle", {
      value: this.integration.notificationHandle,
      description: "Mention this in Datadog monitor messages to page the Payments team",
    });
  }
}

/** The stack of the built-in example. */
const EXAMPLE_STACK = "payments-oncall";

/**
 * Builds the app into `outdir`: the stacks of the config file that `chooseConfigFile` (app/config-source.ts) picks
 * (`configFile`, else ILERT_DATADOG_CONFIG, else the cdktf context key `config`, else cdktf.json's
 * context key `config`), or the built-in example when none names one; of those, only the stacks
 * that ILERT_DATADOG_STACKS or the context key `stacks` name, if they name any (app/stack-selection.ts).
 */
export function createApp(outdir?: string, configFile?: string): App {
  return createConfigApp(outdir, configFile, (app, selection) => {
    if (selection) selectStacks(selection, [EXAMPLE_STACK], "the built-in example"); // only checks the names
    new PaymentsOnCallStack(app, EXAMPLE_STACK);
  });
}

// `cdktf synth` runs scripts/app.js, which calls createApp() (through `ilert-datadog app`); this serves `node dist/main.js`.
if (require.main === module) createApp().synth();
