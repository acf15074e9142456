import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as fc from "fast-check";
import { createApp } from "../../main";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DatadogPayload,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  Team,
  User,
} from "../../constructs";
import { synth } from "../helpers/synth";
import { fcRuns } from "../helpers/terraform-literal";

/** Terraform addresses (`type.name`, `data.type.name`) of a synthesized stack. */
function addresses(tf: Record<string, any>): string[] {
  const of = (block: string, prefix: string) =>
    Object.entries<Record<string, unknown>>(tf[block] ?? {}).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${prefix}${type}.${name}`),
    );
  return [...of("resource", ""), ...of("data", "data.")].sort();
}

// Valid props that differ in every value a user may change; construct ids stay the same.
const props = fc.record({
  name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}$/),
  webhookName: fc.option(fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/), { nil: undefined }),
  grouping: fc.boolean(),
  priority: fc.constantFrom(AlertPriorityRule.HIGH, AlertPriorityRule.LOW),
  timeout: fc.constantFrom(AutoResolutionTimeout.MINUTES_10, AutoResolutionTimeout.HOURS_24, undefined),
  template: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
  teamId: fc.integer({ min: 1, max: 10_000 }),
  timeoutMin: fc.integer({ min: 0, max: 600 }),
  repeating: fc.boolean(),
  extra: fc.option(
    fc.string().filter((s) => !s.includes("$")),
    { nil: undefined },
  ),
  protect: fc.boolean(),
});

type Props = typeof props extends fc.Arbitrary<infer T> ? T : never;

function declare(p: Props): Record<string, any> {
  return synth((stack) => {
    const lead = User.fromEmail(stack, "Lead", `lead${p.teamId}@example.com`);
    const policy = new EscalationPolicy(stack, "Policy", {
      name: `${p.name} policy`,
      rules: [{ target: EscalationTarget.user(lead), escalationTimeoutMin: p.timeoutMin }],
      repeating: p.repeating,
      teams: [Team.fromId(stack, "Team", String(p.teamId))],
    });
    new IlertDatadogIntegration(stack, "Integration", {
      name: p.name,
      webhookName: p.webhookName,
      escalationPolicy: policy,
      alertCreation: p.grouping ? AlertCreation.INTELLIGENT_GROUPING : undefined,
      alertGroupingWindow: p.grouping ? AlertGroupingWindow.MINUTES_30 : undefined,
      priorityRule: p.priority,
      autoResolutionTimeout: p.timeout,
      summaryTemplate: p.template,
      payload: p.extra === undefined ? undefined : DatadogPayload.ilertDefaultWith({ note: p.extra }),
      protectFromDestroy: p.protect,
    });
  }).tf;
}

test("changing prop values never changes a Terraform address", () => {
  fc.assert(
    fc.property(props, props, (a, b) => {
      expect(addresses(declare(a))).toEqual(addresses(declare(b)));
    }),
    { numRuns: fcRuns(100) },
  );
});

test("the addresses of an integration come from its construct ids (pinned)", () => {
  expect(addresses(declare(fc.sample(props, 1)[0]))).toEqual([
    "data.ilert_user.Lead_Lookup_963C61A6",
    "datadog_webhook.Integration_Webhook_95639315",
    "ilert_alert_source.Integration_AlertSource_65FD64C4",
    "ilert_escalation_policy.Policy_23B91518",
  ]);
});

test("the example app's addresses are pinned: a release that moves one breaks users' state", () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "addresses-"));
  try {
    createApp(outdir).synth();
    const tf = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "payments-oncall", "cdk.tf.json"), "utf8"));
    expect(addresses(tf)).toEqual([
      "data.ilert_team.Team_Lookup_87A7A876",
      "data.ilert_user.Alice_Lookup_10C90EB1",
      "data.ilert_user.Bob_Lookup_5B366B3D",
      "data.ilert_user.TeamLead_Lookup_122940AD",
      "datadog_monitor.CheckoutErrors",
      "datadog_webhook.Datadog_Webhook_A1AB45F2",
      "ilert_alert_source.Datadog_AlertSource_EAA80992",
      "ilert_escalation_policy.EscalationPolicy_69779721",
      "ilert_schedule.WeeklyRotation_E5AD2ED1",
      "ilert_user_duty_preference.Alice_OnCallReminder_7C2DF19F",
      "ilert_user_duty_preference.Bob_OnCallReminder_09A0C58A",
    ]);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
