import * as fs from "fs";
import * as path from "path";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  DatadogPayload,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  IlertDatadogIntegrationProps,
  IlertDatadogValidationError,
  PayloadTemplate,
  SupportHours,
  Team,
  User,
} from "../../constructs";
import { thrown } from "../helpers/synth";

/**
 * Each validation the library performs, with the exact message it gives for one bad input. The
 * README's validation table is rendered from this list, so every row there is tested here.
 * Refresh the README after changing a case: UPDATE_README=1 npx jest validation-table
 */
interface Case {
  readonly check: string;
  readonly build: (stack: TerraformStack) => void;
  readonly message: string;
}

const policy = (stack: TerraformStack) => EscalationPolicy.fromId(stack, "Policy", "1");
const integration = (stack: TerraformStack, props: Partial<IlertDatadogIntegrationProps>) =>
  new IlertDatadogIntegration(stack, "Payments", { name: "Payments", escalationPolicy: policy(stack), ...props });
const lead = (stack: TerraformStack) => User.fromId(stack, "Lead", "7");
const rules = (stack: TerraformStack) => [{ target: EscalationTarget.user(lead(stack)), escalationTimeoutMin: 10 }];

export const CASES: Case[] = [
  {
    check: "names are 1-255 bytes (alert source, policy, schedule, team, user fields)",
    build: (s) => integration(s, { name: "x".repeat(256) }),
    message: `app/Payments: invalid name "${"x".repeat(60)}..." (256 characters): expected a string of 1-255 bytes (UTF-8); use an alert source name of 1-255 bytes`,
  },
  {
    check: "webhook names use letters, digits, `-`, `_` (provider issue #2618)",
    build: (s) => integration(s, { webhookName: "payments pager" }),
    message: 'app/Payments: invalid webhookName "payments pager": expected only letters, digits, "-" and "_"; rename it, e.g. "payments-pager"; Datadog rejects other characters only at apply time',
  },
  {
    check: "a webhook name is declared once per app (Datadog names are global to the org)",
    build: (s) => {
      integration(s, {});
      new IlertDatadogIntegration(s, "Payments2", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(s, "P2", "2") });
    },
    message: 'app/Payments2: invalid webhookName "ilert-payments": expected a webhook name not used elsewhere in the app (already declared by app/Payments); give one of them another webhookName; Datadog webhook names are global to the organisation',
  },
  {
    check: "a webhook name can be derived, or is given",
    build: (s) => integration(s, { name: "日本" }),
    message: 'app/Payments: invalid webhookName undefined: expected a webhook name, since none can be derived from name "日本"; set webhookName, e.g. "ilert-payments"',
  },
  {
    check: "the payload is a JSON object",
    build: (s) => integration(s, { payload: DatadogPayload.custom("{}" as unknown as PayloadTemplate) }),
    message: 'app/Payments: invalid payload "{}": expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE',
  },
  {
    check: "payload `$VARIABLE`s are ones Datadog defines (or declared custom variables)",
    build: (s) => integration(s, { payload: DatadogPayload.ilertDefaultWith({ host: "$HOST_NAME" }) }),
    message: 'app/Payments: invalid payload.host "$HOST_NAME": expected only Datadog\'s template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables; fix the spelling of $HOST_NAME, or list it in customVariables if it is a datadog_webhook_custom_variable',
  },
  {
    check: "the payload keeps `alert_transition` and `alert_id` (unless `withoutIlertFields`)",
    build: (s) => integration(s, { payload: DatadogPayload.custom({ title: "$EVENT_TITLE", alert_transition: "$ALERT_TRANSITION" }) }),
    message: 'app/Payments: invalid payload.alert_id undefined: expected "$ALERT_ID"; iLert needs "alert_id": "$ALERT_ID" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out',
  },
  {
    check: "extra payload fields do not replace iLert's",
    build: (s) => integration(s, { payload: DatadogPayload.ilertDefaultWith({ title: "$ALERT_TITLE" }) }),
    message: 'app/Payments: invalid payload.title "$ALERT_TITLE": expected a field name iLert\'s template does not use; rename the extra field, or use DatadogPayload.custom() to change iLert\'s field "title"',
  },
  {
    check: "payload values are JSON (no NaN, Infinity, cycles, class instances)",
    build: (s) => integration(s, { payload: DatadogPayload.ilertDefaultWith({ weight: Infinity }) }),
    message: "app/Payments: invalid payload.weight Infinity: expected a finite number; JSON has no NaN or Infinity; use a string",
  },
  {
    check: "enum props take the library's constants (or `custom()`), not plain strings",
    build: (s) => integration(s, { alertCreation: "ONE_OPEN_ALERT_ALLOWED" as unknown as AlertCreation }),
    message: 'app/Payments: invalid alertCreation "ONE_OPEN_ALERT_ALLOWED": expected one of "ONE_ALERT_PER_EMAIL", "ONE_ALERT_PER_EMAIL_SUBJECT", "ONE_PENDING_ALERT_ALLOWED", "ONE_OPEN_ALERT_ALLOWED", "OPEN_RESOLVE_ON_EXTRACTION", "ONE_ALERT_GROUPED_PER_WINDOW", "INTELLIGENT_GROUPING"; use AlertCreation.ONE_OPEN_ALERT_ALLOWED instead of a plain string',
  },
  {
    check: "grouping alert-creation modes have a grouping window",
    build: (s) => integration(s, { alertCreation: AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW }),
    message: "app/Payments: invalid alertGroupingWindow undefined: expected a grouping window with alertCreation ONE_ALERT_GROUPED_PER_WINDOW; set alertGroupingWindow, e.g. AlertGroupingWindow.MINUTES_5",
  },
  {
    check: "a grouping window only with a grouping mode",
    build: (s) => integration(s, { alertGroupingWindow: AlertGroupingWindow.HOURS_1 }),
    message: 'app/Payments: invalid alertGroupingWindow "PT1H": expected no grouping window unless alertCreation is ONE_ALERT_GROUPED_PER_WINDOW or INTELLIGENT_GROUPING; remove alertGroupingWindow, or choose a grouping alertCreation',
  },
  {
    check: "support-hours priority rules have support hours",
    build: (s) => integration(s, { priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS }),
    message: "app/Payments: invalid supportHours undefined: expected support hours with priorityRule HIGH_DURING_SUPPORT_HOURS; set supportHours, e.g. SupportHours.fromId(this, 'Hours', '42')",
  },
  {
    check: "support hours only with a support-hours priority rule",
    build: (s) => integration(s, { supportHours: SupportHours.fromId(s, "Hours", "42") }),
    message: 'app/Payments: invalid supportHours "42": expected support hours only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS; choose one of those priority rules, or remove supportHours',
  },
  {
    check: "iLert ids are numeric",
    build: (s) => EscalationPolicy.fromId(s, "Existing", "payments"),
    message: 'app/Existing: invalid policyId "payments": expected digits (a numeric iLert id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
  },
  {
    check: "an escalation policy has at least one rule",
    build: (s) => new EscalationPolicy(s, "Empty", { name: "Payments", rules: [] }),
    message: 'app/Empty: invalid rules []: expected a list of at least 1 item; add at least one rule, e.g. { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 15 }',
  },
  {
    check: "escalation timeouts are 0-525600 minutes",
    build: (s) => new EscalationPolicy(s, "Slow", { name: "Payments", rules: [{ target: EscalationTarget.user(lead(s)), escalationTimeoutMin: -5 }] }),
    message: "app/Slow: invalid rules[0].escalationTimeoutMin -5: expected an integer from 0 to 525600; give the minutes to wait before escalating",
  },
  {
    check: "an escalation target names at least one user, schedule or team",
    build: (s) => new EscalationPolicy(s, "Nobody", { name: "Payments", rules: [{ target: EscalationTarget.users(), escalationTimeoutMin: 5 }] }),
    message: "app/Nobody: invalid rules[0].target []: expected at least one user; pass at least one to EscalationTarget.users()",
  },
  {
    check: "policy `frequency` is 1-9",
    build: (s) => new EscalationPolicy(s, "Often", { name: "Payments", rules: rules(s), repeating: true, frequency: 10 }),
    message: "app/Often: invalid frequency 10: expected an integer from 1 to 9; set how many times the policy repeats",
  },
  {
    check: "policy `delayMin` is 0-15",
    build: (s) => new EscalationPolicy(s, "Late", { name: "Payments", rules: rules(s), delayMin: 30 }),
    message: "app/Late: invalid delayMin 30: expected an integer from 0 to 15; iLert delays the first notification by at most 15 minutes",
  },
  {
    check: "user time zones are IANA names",
    build: (s) => new User(s, "Ada", { email: "ada@example.com", firstName: "Ada", lastName: "Lovelace", timezone: "CET+1" }),
    message: 'app/Ada: invalid timezone "CET+1": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
  },
  {
    check: "team members are user handles",
    build: (s) => new Team(s, "Payments", { name: "Payments", members: [{ user: "ada@example.com" as never }] }),
    message: 'app/Payments: invalid members[0].user "ada@example.com": expected a user handle; pass a User, or User.fromId / User.fromEmail',
  },
  {
    check: "a provider passed in props is of the right kind",
    build: (s) => integration(s, { ilertProvider: new DatadogProvider(s, "Datadog") }),
    message: 'app/Payments: invalid ilertProvider "a datadog provider": expected a ilert provider; pass the stack\'s IlertProvider (aliased or not), or leave ilertProvider unset to use the stack\'s default',
  },
];

/** Outputs are checked at synth (an error annotation), so this case is run through a real synth. */
const SENSITIVE_OUTPUT_CASE: Case = {
  check: "outputs exposing the integration URL or key are `sensitive` (fails `cdktf synth`)",
  build: (s) => {
    const i = integration(s, {});
    new TerraformOutput(s, "url", { value: i.integrationUrl });
  },
  message:
    "app/url: invalid output value: it exposes integration_url (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true on the TerraformOutput, or do not output it",
};

function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), "app");
}

describe("validation table", () => {
  test.each(CASES.map((c) => [c.check, c] as const))("%s", (_check, c) => {
    const err = thrown(() => c.build(newStack()));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(c.message);
  });

  test(SENSITIVE_OUTPUT_CASE.check, () => {
    const stack = newStack();
    SENSITIVE_OUTPUT_CASE.build(stack);
    Testing.synth(stack);
    const output = stack.node.findChild("url");
    expect(output.node.metadata.filter((m) => m.type === "@cdktf/error").map((m) => m.data)).toEqual([SENSITIVE_OUTPUT_CASE.message]);
  });

  test("README lists every validation with its example message", () => {
    const readmePath = path.join(__dirname, "../../README.md");
    const readme = fs.readFileSync(readmePath, "utf8");
    const table = renderTable([...CASES, SENSITIVE_OUTPUT_CASE]);
    const start = "<!-- validation-table:start -->\n";
    const end = "<!-- validation-table:end -->";
    const current = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
    if (process.env.UPDATE_README && current !== table) {
      fs.writeFileSync(readmePath, readme.replace(start + current + end, start + table + end));
      return;
    }
    expect(readme.includes(start) && readme.includes(end)).toBe(true);
    expect(current).toBe(table);
  });
});

function renderTable(cases: readonly Case[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const rows = cases.map((c) => `| ${cell(c.check)} | \`${cell(c.message).replace(/`/g, "'")}\` |`);
  return ["| what is checked | example message |", "| --- | --- |", ...rows, ""].join("\n");
}
