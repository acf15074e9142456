import * as fs from "fs";
import * as path from "path";
import { App, Fn, S3Backend, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  DatadogPayload,
  DayOfWeek,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  IlertDatadogIntegrationProps,
  IlertDatadogValidationError,
  MaintenanceRecurrence,
  MaintenanceSchedule,
  MaintenanceWindow,
  OnCallReminder,
  OnCallSchedule,
  PriorityMapping,
  ReminderContact,
  ReminderMethod,
  Rotation,
  SeverityMapping,
  SupportHours,
  SupportHoursProps,
  Team,
  User,
} from "../../constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { errors } from "../helpers/annotations";
import { thrown } from "../helpers/synth";

/**
 * Each validation the library performs, with the exact message it gives for one bad input. The
 * validation table of docs/validation.md is rendered from this list, so every row there is tested here.
 * Refresh it after changing a case: UPDATE_DOCS=1 npx jest validation-table
 */
interface Case {
  readonly check: string;
  readonly build: (stack: TerraformStack) => void;
  readonly message: string;
  /**
   * Found at synth by the checks engine: `annotation` (an error annotation, which fails `cdktf synth`;
   * its message as cdktf prints it, after the level and construct path),
   * or `thrown` (a secret about to be written: thrown before the stack is written).
   */
  readonly atSynth?: "annotation" | "thrown";
}

const policy = (stack: TerraformStack) => EscalationPolicy.fromId(stack, "Policy", "1");
const integration = (stack: TerraformStack, props: Partial<IlertDatadogIntegrationProps>) =>
  new IlertDatadogIntegration(stack, "Payments", { name: "Payments", escalationPolicy: policy(stack), ...props });
const lead = (stack: TerraformStack) => User.fromId(stack, "Lead", "7");
const supportHours = (stack: TerraformStack, props: Partial<SupportHoursProps>) =>
  new SupportHours(stack, "Hours", {
    name: "Office hours",
    timezone: "Europe/Berlin",
    supportDays: [{ days: [DayOfWeek.MONDAY], start: "08:00", end: "18:00" }],
    ...props,
  });
/** A window on an integration with a connected monitor. */
const maintenance = (stack: TerraformStack, schedule: MaintenanceSchedule) => {
  const i = integration(stack, {});
  i.connectMonitor(new Monitor(stack, "Errors", { name: "Errors", type: "query alert", query: "avg(last_5m):avg:x{*} > 1", message: "m" }));
  return new MaintenanceWindow(stack, "Release", { integration: i, schedule });
};
const recurringWindow = (recurrence: Partial<MaintenanceRecurrence>) =>
  MaintenanceSchedule.recurring({
    timezone: "Europe/Berlin",
    recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h", ...recurrence }],
  });
const rules = (stack: TerraformStack) => [{ target: EscalationTarget.user(lead(stack)), escalationTimeoutMin: 10 }];
const schedule = (stack: TerraformStack, layer: object = {}, extra: object = {}) =>
  new OnCallSchedule(stack, "Rotation", {
    name: "Payments",
    timezone: "Europe/Berlin",
    layers: [{ users: [lead(stack)], rotation: Rotation.weekly(), start: "2026-01-05T09:00", ...layer }],
    ...extra,
  });

const CASES: Case[] = [
  {
    check: "names are 1-255 bytes (alert source, policy, schedule, team, user fields)",
    build: (s) => integration(s, { name: "x".repeat(256) }),
    message: `app/Payments: invalid name "${"x".repeat(60)}..." (256 characters): expected a string of 1-255 bytes (UTF-8); use an alert source name of 1-255 bytes`,
  },
  {
    check: "webhook names use letters, digits, `-`, `_` (provider issue #2618)",
    build: (s) => integration(s, { webhookName: "payments pager" }),
    message:
      'app/Payments: invalid webhookName "payments pager": expected only letters, digits, "-" and "_"; rename it, e.g. "payments-pager"; Datadog rejects other characters only at apply time',
  },
  {
    check: "a webhook name is declared once per app (Datadog names are global to the org)",
    build: (s) => {
      integration(s, {});
      new IlertDatadogIntegration(s, "Payments2", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(s, "P2", "2") });
    },
    atSynth: "annotation",
    message:
      'ERROR [app/Payments2]: [ILDD-E3] invalid webhookName "ilert-payments": expected a webhook name not used elsewhere in the app (already declared by app/Payments); give one of them another webhookName; Datadog webhook names are global to the organisation',
  },
  {
    check: "a webhook name can be derived, or is given",
    build: (s) => integration(s, { name: "日本" }),
    message:
      'app/Payments: missing webhookName: expected a webhook name, since none can be derived from name "日本"; set webhookName, e.g. "ilert-payments"',
  },
  {
    check: "the payload is a JSON object",
    build: (s) => integration(s, { payload: DatadogPayload.custom("{}" as unknown as { [key: string]: unknown }) }),
    message:
      'app/Payments: invalid payload "{}": expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE',
  },
  {
    check: "payload `$VARIABLE`s are ones Datadog defines (or declared custom variables)",
    build: (s) => integration(s, { payload: DatadogPayload.ilertDefaultWith({ host: "$HOST_NAME" }) }),
    message:
      'app/Payments: invalid payload.host "$HOST_NAME": expected only Datadog\'s template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables; fix the spelling of $HOST_NAME, or list it in customVariables if it is a datadog_webhook_custom_variable',
  },
  {
    check: "the payload keeps `alert_transition` and `alert_id` (unless `withoutIlertFields`)",
    build: (s) => integration(s, { payload: DatadogPayload.custom({ title: "$EVENT_TITLE", alert_transition: "$ALERT_TRANSITION" }) }),
    message:
      'app/Payments: missing payload.alert_id: expected "$ALERT_ID"; iLert needs "alert_id": "$ALERT_ID" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out',
  },
  {
    check: "extra payload fields do not replace iLert's",
    build: (s) => integration(s, { payload: DatadogPayload.ilertDefaultWith({ title: "$ALERT_TITLE" }) }),
    message:
      'app/Payments: invalid payload.title "$ALERT_TITLE": expected a field name iLert\'s template does not use; rename the extra field, or use DatadogPayload.custom() to change iLert\'s field "title"',
  },
  {
    check: "payload values are JSON (no NaN, Infinity, cycles, class instances)",
    build: (s) => integration(s, { payload: DatadogPayload.ilertDefaultWith({ weight: Infinity }) }),
    message: "app/Payments: invalid payload.weight Infinity: expected a finite number; JSON has no NaN or Infinity; use a string",
  },
  {
    check: "enum props take the library's constants (or `custom()`), not plain strings",
    build: (s) => integration(s, { alertCreation: "ONE_OPEN_ALERT_ALLOWED" as unknown as AlertCreation }),
    message:
      'app/Payments: invalid alertCreation "ONE_OPEN_ALERT_ALLOWED": expected one of "ONE_ALERT_PER_EMAIL", "ONE_ALERT_PER_EMAIL_SUBJECT", "ONE_PENDING_ALERT_ALLOWED", "ONE_OPEN_ALERT_ALLOWED", "OPEN_RESOLVE_ON_EXTRACTION", "ONE_ALERT_GROUPED_PER_WINDOW", "INTELLIGENT_GROUPING"; use AlertCreation.ONE_OPEN_ALERT_ALLOWED instead of a plain string',
  },
  {
    check: "grouping alert-creation modes have a grouping window",
    build: (s) => integration(s, { alertCreation: AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW }),
    message:
      "app/Payments: missing alertGroupingWindow: expected a grouping window with alertCreation ONE_ALERT_GROUPED_PER_WINDOW; set alertGroupingWindow, e.g. AlertGroupingWindow.MINUTES_5",
  },
  {
    check: "a grouping window only with a grouping mode",
    build: (s) => integration(s, { alertGroupingWindow: AlertGroupingWindow.HOURS_1 }),
    message:
      'app/Payments: invalid alertGroupingWindow "PT1H": expected no grouping window unless alertCreation is ONE_ALERT_GROUPED_PER_WINDOW or INTELLIGENT_GROUPING; remove alertGroupingWindow, or choose a grouping alertCreation',
  },
  {
    check: "support-hours priority rules have support hours",
    build: (s) => integration(s, { priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS }),
    message:
      "app/Payments: missing supportHours: expected support hours with priorityRule HIGH_DURING_SUPPORT_HOURS; set supportHours: new SupportHours(this, 'Hours', { ... }), or SupportHours.fromId(this, 'Hours', '42')",
  },
  {
    check: "support hours only with a support-hours priority rule",
    build: (s) => integration(s, { supportHours: SupportHours.fromId(s, "Hours", "42") }),
    message:
      'app/Payments: invalid supportHours "42": expected support hours only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS; choose one of those priority rules, or remove supportHours',
  },
  {
    check: "support hours list each day of the week once (iLert keeps one window per day)",
    build: (s) =>
      supportHours(s, {
        supportDays: [
          { days: [DayOfWeek.MONDAY], start: "08:00", end: "12:00" },
          { days: [DayOfWeek.MONDAY], start: "13:00", end: "18:00" },
        ],
      }),
    message:
      'app/Hours: invalid supportDays[1].days[0] "MONDAY": expected each day once (MONDAY is already in supportDays[0].days[0]; iLert keeps one window per day); remove it from one of the entries',
  },
  {
    check: "a support day's window ends after it starts, within the day",
    build: (s) => supportHours(s, { supportDays: [{ days: [DayOfWeek.FRIDAY], start: "22:00", end: "06:00" }] }),
    message:
      'app/Hours: invalid supportDays[0].end "06:00": expected a time after supportDays[0].start "22:00" (one window within each day); set end later than start; for support until midnight, "23:59"; for support past midnight, give the next day its own hours from "00:00"',
  },
  {
    check: "a holiday (support-hours exception) is whole days, its last not before its first",
    build: (s) => supportHours(s, { exceptions: [{ name: "Christmas", firstDay: "2026-12-26", lastDay: "2026-12-24" }] }),
    message:
      'app/Hours: invalid exceptions[0].lastDay "2026-12-24": expected a day not before exceptions[0].firstDay "2026-12-26"; set lastDay to the exception\'s last day (it is included), or leave it unset for one day',
  },
  {
    check: "a one-time maintenance window ends after it starts (compared in UTC)",
    build: (s) => maintenance(s, MaintenanceSchedule.once({ start: "2026-12-31T01:00+02:00", end: "2026-12-30T22:00:00Z" })),
    message:
      'app/Release: invalid schedule.end "2026-12-30T22:00:00Z": expected a date-time after schedule.start "2026-12-31T01:00+02:00" (2026-12-30T23:00:00Z); set schedule.end later than schedule.start',
  },
  {
    check: "a maintenance recurrence is an RFC 5545 RRULE without DTSTART, DTEND or DURATION",
    build: (s) => maintenance(s, recurringWindow({ rrule: "FREQ=WEEKLY;BYDAY=TU;DURATION=PT2H" })),
    message:
      "app/Release: invalid schedule.recurrences[0].rrule \"FREQ=WEEKLY;BYDAY=TU;DURATION=PT2H\": expected a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule); remove DURATION: the recurrence's start is its start field, its length its duration",
  },
  {
    check: "a maintenance recurrence's RRULE follows RFC 5545's rules between parts",
    build: (s) => maintenance(s, recurringWindow({ rrule: "FREQ=DAILY;COUNT=3;UNTIL=20270101" })),
    message:
      'app/Release: invalid schedule.recurrences[0].rrule "FREQ=DAILY;COUNT=3;UNTIL=20270101": expected no COUNT with UNTIL (RFC 5545: at most one of them); keep COUNT or UNTIL',
  },
  {
    check: "a maintenance recurrence lasts whole minutes, hours, days or weeks",
    build: (s) => maintenance(s, recurringWindow({ duration: "2.5h" })),
    message:
      'app/Release: invalid schedule.recurrences[0].duration "2.5h": expected a whole number of minutes, hours, days or weeks from 1, "<n>m", "<n>h", "<n>d" or "<n>w"; e.g. "90m", "2h" or "1d"',
  },
  {
    check: "a maintenance window has at most 5 recurrences (Datadog's limit)",
    build: (s) =>
      maintenance(
        s,
        MaintenanceSchedule.recurring({
          timezone: "Europe/Berlin",
          recurrences: Array.from({ length: 6 }, () => ({ rrule: "FREQ=DAILY", start: "2026-01-06T22:00", duration: "1h" })),
        }),
      ),
    message:
      'app/Release: invalid schedule.recurrences "6 recurrences": expected at most 5 recurrences (Datadog\'s limit for one downtime schedule); merge rules (e.g. BYDAY=MO,TH), or declare a second MaintenanceWindow',
  },
  {
    check: "a recurring maintenance window's time zone is an IANA name",
    build: (s) =>
      maintenance(
        s,
        MaintenanceSchedule.recurring({
          timezone: "CEST",
          recurrences: [{ rrule: "FREQ=DAILY", start: "2026-01-06T22:00", duration: "1h" }],
        }),
      ),
    message:
      'app/Release: invalid schedule.timezone "CEST": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
  },
  {
    check: "a maintenance window mutes some monitor (its integration has connected monitors)",
    build: (s) => new MaintenanceWindow(s, "Release", { integration: integration(s, {}), schedule: recurringWindow({}) }),
    atSynth: "annotation",
    message:
      'ERROR [app/Release]: invalid integration "app/Payments": expected an integration with monitors connected by connectMonitor(monitor) (the window mutes only those, and this one has none); connect the integration\'s monitors, or remove the window',
  },
  {
    check: "iLert ids are numeric",
    build: (s) => EscalationPolicy.fromId(s, "Existing", "payments"),
    message:
      'app/Existing: invalid policyId "payments": expected digits (a numeric iLert id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
  },
  {
    check: "an escalation policy has at least one rule",
    build: (s) => new EscalationPolicy(s, "Empty", { name: "Payments", rules: [] }),
    message:
      "app/Empty: invalid rules []: expected a list of at least 1 item; add at least one rule, e.g. { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 15 }",
  },
  {
    check: "escalation timeouts are 0-525600 minutes",
    build: (s) =>
      new EscalationPolicy(s, "Slow", { name: "Payments", rules: [{ target: EscalationTarget.user(lead(s)), escalationTimeoutMin: -5 }] }),
    message:
      "app/Slow: invalid rules[0].escalationTimeoutMin -5: expected an integer from 0 to 525600; give the minutes to wait before escalating",
  },
  {
    check: "an escalation target names at least one user, schedule or team",
    build: (s) =>
      new EscalationPolicy(s, "Nobody", { name: "Payments", rules: [{ target: EscalationTarget.users(), escalationTimeoutMin: 5 }] }),
    message: "app/Nobody: invalid rules[0].target []: expected at least one user; pass at least one to EscalationTarget.users()",
  },
  {
    check: "every escalation rule has an `EscalationTarget` (plain JavaScript or JSON)",
    build: (s) => new EscalationPolicy(s, "Loose", { name: "Payments", rules: [{ target: null as never, escalationTimeoutMin: 5 }] }),
    message:
      "app/Loose: invalid rules[0].target null: expected an EscalationTarget; build the target with EscalationTarget.user / users / schedule / schedules / teams",
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
    check: "schedule rotations are ISO-8601 durations",
    build: (s) => schedule(s, { rotation: Rotation.every("2 weeks") }),
    message:
      'app/Rotation: invalid layers[0].rotation "2 weeks": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; give whole days or hours, e.g. Rotation.every("P14D") or Rotation.every("PT12H")',
  },
  {
    check: "rotations and default shift durations are whole days or hours (iLert documents no weeks, months, minutes or mixed units)",
    build: (s) => schedule(s, { rotation: Rotation.every("P1M") }),
    message:
      'app/Rotation: invalid layers[0].rotation "P1M": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"',
  },
  {
    check: "`showGaps` is true or unset (the provider never sends false)",
    build: (s) => schedule(s, {}, { showGaps: false }),
    message:
      "app/Rotation: invalid showGaps false: expected true, or unset for iLert's default; the iLert provider never sends false (it reads show_gaps with GetOk, which treats false as unset, and ilert-go omits a false showGaps), so iLert keeps its default and the plan may never settle; remove showGaps",
  },
  {
    check: "list elements from plain JavaScript or JSON are objects (no null rules, layers, shifts or users)",
    build: (s) => schedule(s, { users: [User.fromId(s, "Ada", "8"), null] }),
    message: "app/Rotation: invalid layers[0].users[1] null: expected a user handle; pass a User, or User.fromId / User.fromEmail",
  },
  {
    check: "props from plain JavaScript or JSON are objects",
    build: (s) => new OnCallReminder(s, "Reminder", null as never),
    message: "app/Reminder: invalid props null: expected an object; pass { user, beforeMin, method }",
  },
  {
    check:
      "props, options and their structs from plain JavaScript or JSON (or TypeScript run without type checks) have only their keys: a misspelled one gets a did-you-mean",
    build: (s) => integration(s, { webhookNam: "payments-pager" } as never),
    message: 'app/Payments: invalid webhookNam "payments-pager": expected a key of IlertDatadogIntegrationProps; did you mean webhookName?',
  },
  {
    check: "a misspelled required key is reported missing, naming the key given",
    build: (s) =>
      new EscalationPolicy(s, "Policy", {
        name: "Payments",
        rules: [{ target: EscalationTarget.user(lead(s)), escalationTimeoutMn: 15 } as never],
      }),
    message:
      "app/Policy: missing rules[0].escalationTimeoutMin: expected escalationTimeoutMin, found escalationTimeoutMn, which EscalationRule does not have; did you mean escalationTimeoutMin?",
  },
  {
    check: "a schedule has layers (recurring) or shifts (static)",
    build: (s) => new OnCallSchedule(s, "Rotation", { name: "Payments", timezone: "Europe/Berlin" }),
    message:
      'app/Rotation: missing layers: expected at least one layer (a recurring schedule), or shifts (a static schedule); add layers: [{ users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }]',
  },
  {
    check: "every schedule layer has users",
    build: (s) => schedule(s, { users: [] }),
    message: "app/Rotation: invalid layers[0].users []: expected a list of at least 1 item; list the users who take turns, at least one",
  },
  {
    check: "schedule times are iLert date-times, ends after starts",
    build: (s) =>
      new OnCallSchedule(s, "Handover", {
        name: "Payments",
        timezone: "Europe/Berlin",
        shifts: [{ user: lead(s), start: "2026-01-05T09:00", end: "2026-01-04T09:00" }],
      }),
    message:
      'app/Handover: invalid shifts[0].end "2026-01-04T09:00": expected a date-time after shifts[0].start "2026-01-05T09:00"; set shifts[0].end later than shifts[0].start',
  },
  {
    check: "a schedule layer has no `end` (the provider never sends it)",
    build: (s) => schedule(s, { end: "2026-12-31T09:00" }),
    message:
      'app/Rotation: invalid layers[0].end "2026-12-31T09:00": expected no end: the iLert provider (up to 2.25.0) never sends a layer\'s ends_on to iLert (its buildSchedule leaves it out) nor reads it back, so the layer would never end and every plan would show ends_on again; remove end, and remove the layer from the schedule when it is over',
  },
  {
    check: "`keepOnCall`: the person on call at the moment (by `previousUsers`) is still a member",
    build: (s) => {
      const [ada, bob] = [User.fromId(s, "Ada", "8"), User.fromId(s, "Bob", "9")];
      schedule(s, { users: [bob], keepOnCall: { at: "2026-01-06T09:00", previousUsers: [ada, bob] } });
    },
    message:
      'app/Rotation: invalid layers[0].keepOnCall.previousUsers[0] "app/Ada": expected a member of layers[0].users: they are on call at 2026-01-06T09:00 (their turn runs from 2026-01-05T09:00 until 2026-01-12T09:00), and keepOnCall keeps that person on call; keep them in layers[0].users until 2026-01-12T09:00 and remove them after that hand-over, set keepOnCall.at to a moment in the turn of someone who stays, or remove keepOnCall to have the turns counted anew from layers[0].start',
  },
  {
    check: "`keepOnCall.at` is at or after the layer's start",
    build: (s) => schedule(s, { keepOnCall: { at: "2026-01-01T09:00", previousUsers: [User.fromId(s, "Ada", "8")] } }),
    message:
      'app/Rotation: invalid layers[0].keepOnCall.at "2026-01-01T09:00": expected a date-time at or after layers[0].start "2026-01-05T09:00" (before it, nobody of previousUsers was on call); set it to the moment whose on-call person should stay, e.g. when the change is deployed',
  },
  {
    check: "schedule time zones are IANA names",
    build: (s) => schedule(s, {}, { timezone: "Berlin" }),
    message:
      'app/Rotation: invalid timezone "Berlin": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
  },
  {
    check: "layer restrictions use HH:mm times",
    build: (s) =>
      schedule(s, { restrictions: [{ start: { day: DayOfWeek.MONDAY, time: "9:00" }, end: { day: DayOfWeek.FRIDAY, time: "17:00" } }] }),
    message:
      'app/Rotation: invalid layers[0].restrictions[0].start.time "9:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
  },
  {
    check: "layer restriction days are DayOfWeek constants",
    build: (s) => schedule(s, { restrictions: [{ start: { day: "MON", time: "09:00" }, end: { day: DayOfWeek.FRIDAY, time: "17:00" } }] }),
    message:
      'app/Rotation: invalid layers[0].restrictions[0].start.day "MON": expected one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"; use one of the DayOfWeek constants, or DayOfWeek.custom("...") for a value a newer provider accepts',
  },
  {
    check: "reminders fire 0, 15, 30, 60, 180, 360, 720 or 1440 minutes before a shift",
    build: (s) => new OnCallReminder(s, "Reminder", { user: lead(s), beforeMin: 45, method: ReminderMethod.PUSH }),
    message:
      "app/Reminder: invalid beforeMin 45: expected one of 0, 15, 30, 60, 180, 360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest",
  },
  {
    check: "reminders by SMS, WhatsApp, Telegram (and email to unknown addresses) have a contact",
    build: (s) => new OnCallReminder(s, "Reminder", { user: lead(s), beforeMin: 60, method: ReminderMethod.SMS }),
    message:
      'app/Reminder: missing contact: expected a phone number contact for method SMS; pass contact: ReminderContact.phone("DE", "+4915112345678") or ReminderContact.existing("<contact id>")',
  },
  {
    check: "push reminders have no contact",
    build: (s) =>
      new OnCallReminder(s, "Reminder", {
        user: lead(s),
        beforeMin: 60,
        method: ReminderMethod.PUSH,
        contact: ReminderContact.email("ada@example.com"),
      }),
    message:
      'app/Reminder: invalid contact "email ada@example.com": expected no contact for method PUSH; push notifications go to the user\'s iLert apps; remove the contact',
  },
  {
    check: "monitor messages have balanced conditional blocks (provider issue #1882)",
    build: (s) => integration(s, {}).messageFor("{{#is_alert}}Checkout is failing"),
    message:
      'app/Payments: invalid message "{{#is_alert}}Checkout is failing": expected a message whose {{#...}}/{{^...}} blocks and {{...}} tags are closed and properly nested; "{{#is_alert}}" is never closed; Datadog accepts such a message but routes no notification (DataDog/terraform-provider-datadog#1882)',
  },
  {
    check: "priority mappings map P1-P5 to HIGH or LOW",
    build: (s) => integration(s, { priorityMapping: PriorityMapping.fromDatadogPriority({ P1: "URGENT" as never }) }),
    message:
      'app/Payments: invalid priorityMapping.P1 "URGENT": expected one of "HIGH", "LOW"; use one of the AlertPriority constants, or AlertPriority.custom("...") for a value a newer provider accepts',
  },
  {
    check: "severity mappings map P1-P5 to 1-5",
    build: (s) => integration(s, { severityMapping: SeverityMapping.fromDatadogPriority({ P6: 1 } as never) }),
    message:
      'app/Payments: invalid severityMapping "P6": expected keys P1, P2, P3, P4, P5 (Datadog monitor priorities); rename the key to one of those, upper-case',
  },
  {
    check: "user time zones are IANA names",
    build: (s) => new User(s, "Ada", { email: "ada@example.com", firstName: "Ada", lastName: "Lovelace", timezone: "CET+1" }),
    message:
      'app/Ada: invalid timezone "CET+1": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
  },
  {
    check: "team members are user handles",
    build: (s) => new Team(s, "Payments", { name: "Payments", members: [{ user: "ada@example.com" as never }] }),
    message:
      'app/Payments: invalid members[0].user "ada@example.com": expected a user handle; pass a User, or User.fromId / User.fromEmail',
  },
  {
    check: "a provider passed in props is of the right kind",
    build: (s) => integration(s, { ilertProvider: new DatadogProvider(s, "Datadog") }),
    message:
      "app/Payments: invalid ilertProvider \"a Datadog provider\": expected an iLert provider; pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default",
  },
  {
    check: "a provider passed in props belongs to the integration's stack",
    build: (s) => integration(s, { ilertProvider: new IlertProvider(new TerraformStack(App.of(s), "shared"), "Ilert") }),
    message:
      'app/Payments: invalid ilertProvider "shared/Ilert": expected an iLert provider of stack app, not of stack shared; declare an iLert provider in stack app and pass that one, or leave ilertProvider unset to use the stack\'s default',
  },
  {
    check: "a reminder's ilertProvider is of the stack where the user's contacts are declared and looked up",
    build: (s) =>
      new OnCallReminder(s, "Reminder", {
        user: User.fromId(new TerraformStack(App.of(s), "people"), "Ada", "7", { email: "ada@example.com" }),
        beforeMin: 60,
        method: ReminderMethod.EMAIL,
        ilertProvider: new IlertProvider(s, "Eu", { alias: "eu" }),
      }),
    message:
      'app/Reminder: invalid ilertProvider "app/Eu": expected an iLert provider of stack people, where the contacts of user people/Ada are declared and looked up (under its handle); declare the reminder in stack people, or remind a handle of the user declared in stack app (User.fromId / User.fromEmail)',
  },
  {
    check: "outputs reaching the integration URL or key through locals or whole-resource references are `sensitive`",
    build: (s) => new TerraformOutput(s, "url", { value: new TerraformLocal(s, "pager", integration(s, {}).integrationUrl).asString }),
    atSynth: "annotation",
    message:
      "ERROR [app/url]: [ILDD-E2] invalid output value: it exposes integration_url through local.pager, and Terraform keeps the sensitive mark through locals, whole-resource references and functions, so terraform plan fails; expected sensitive: true; set sensitive: true on the TerraformOutput, or wrap the value in Fn.nonsensitive(...) if it may be shown",
  },
  {
    check: "provider credentials are not literal values in the code (thrown at synth, before the stack is written)",
    build: (s) => {
      integration(s, {});
      new DatadogProvider(s, "Datadog", { apiKey: "0123456789abcdef" });
    },
    atSynth: "thrown",
    message:
      '[ILDD-E4] app/Datadog: invalid api_key (a literal value, not shown here): expected a credential from outside the code, since a literal is written in plain text to cdktf.out; leave api_key unset and set DD_API_KEY in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "datadog_api_key", { type: "string", sensitive: true }).stringValue)',
  },
  {
    check: "provider credentials hold no literal through locals, functions of literals, variable defaults or overrides",
    build: (s) => {
      integration(s, {});
      const token = new TerraformVariable(s, "token", { type: "string", default: "0123456789abcdef" });
      new IlertProvider(s, "Ilert", { apiToken: new TerraformLocal(s, "ilert_token", Fn.trimspace(token.stringValue)).asString });
    },
    atSynth: "thrown",
    message:
      "[ILDD-E4] app/Ilert: invalid api_token (local.ilert_token -> var.token, whose default is a literal value, not shown here): expected a credential from outside the code, since a literal is written in plain text to cdktf.out; remove the default of var.token and give its value when Terraform runs (TF_VAR_token in the environment), or leave api_token unset and set ILERT_API_TOKEN",
  },
  {
    check: "the backend's credentials (S3 secret_key, HCP Terraform token, ... docs/safety.md lists them) are not literal values",
    build: (s) => {
      integration(s, {});
      new S3Backend(s, { bucket: "acme-terraform-state", key: "app.tfstate", secretKey: "0123456789abcdef" });
    },
    atSynth: "thrown",
    message:
      "[ILDD-E4] app/backend: invalid secret_key (a literal value, not shown here): expected a credential from outside the code, since a literal is written in plain text to cdktf.out; leave secret_key unset and set AWS_SECRET_ACCESS_KEY in the environment (a backend block cannot read variables)",
  },
  {
    check: "a credential a stack override writes is reported on the stack, naming the override",
    build: (s) => {
      integration(s, {});
      s.addOverride("provider.ilert.0.api_token", "0123456789abcdef");
    },
    atSynth: "thrown",
    message:
      '[ILDD-E4] app: invalid api_token (a literal value, written by stack.addOverride("provider.ilert.0.api_token", ...), not shown here): expected a credential from outside the code, since a literal is written in plain text to cdktf.out; remove the override; leave api_token unset and set ILERT_API_TOKEN in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "ilert_api_token", { type: "string", sensitive: true }).stringValue)',
  },
  {
    check: "sensitive variables have no default",
    build: (s) => {
      integration(s, {});
      new TerraformVariable(s, "webhook_secret", { type: "string", sensitive: true, default: "0123456789abcdef" });
    },
    atSynth: "thrown",
    message:
      "[ILDD-E4] app/webhook_secret: invalid default (a literal value, not shown here): expected no default on a sensitive variable, since a default is written in plain text to cdktf.out; remove the default and give the value when Terraform runs (TF_VAR_webhook_secret in the environment)",
  },
];

/** Outputs are checked at synth (an error annotation), so this case is run through a real synth. */
const SENSITIVE_OUTPUT_CASE: Case = {
  check: "outputs exposing the integration URL or key are `sensitive` (fails `cdktf synth`)",
  build: (s) => {
    const i = integration(s, {});
    new TerraformOutput(s, "url", { value: i.integrationUrl });
  },
  atSynth: "annotation",
  message:
    "ERROR [app/url]: [ILDD-E1] invalid output value: it exposes integration_url (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true on the TerraformOutput, or do not output it",
};

function newStack(): TerraformStack {
  return new TerraformStack(Testing.app(), "app");
}

describe("validation table", () => {
  test.each(CASES.filter((c) => !c.atSynth).map((c) => [c.check, c] as const))("%s", (_check, c) => {
    const err = thrown(() => c.build(newStack()));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(c.message);
  });

  test.each([...CASES.filter((c) => c.atSynth), SENSITIVE_OUTPUT_CASE].map((c) => [c.check, c] as const))("%s (at synth)", (_check, c) => {
    const stack = newStack();
    c.build(stack);
    if (c.atSynth === "thrown") {
      const err = thrown(() => Testing.synth(stack));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(c.message);
    } else {
      Testing.synth(stack);
      // As cdktf prints an annotation: its level and construct path, then the message.
      const printed = stack.node.findAll().flatMap((construct) => errors(construct).map((m) => `ERROR [${construct.node.path}]: ${m}`));
      expect(printed).toEqual([c.message]);
    }
  });

  test("docs/validation.md lists every validation with its example message", () => {
    const docPath = path.join(__dirname, "../../docs/validation.md");
    const doc = fs.readFileSync(docPath, "utf8");
    const table = renderTable([...CASES, SENSITIVE_OUTPUT_CASE]);
    const start = "<!-- validation-table:start -->\n";
    const end = "<!-- validation-table:end -->";
    // The markers first: without them UPDATE_DOCS would write nothing and pass.
    expect([doc.includes(start), doc.includes(end)]).toEqual([true, true]);
    const current = doc.slice(doc.indexOf(start) + start.length, doc.indexOf(end));
    if (process.env.UPDATE_DOCS && current !== table) {
      fs.writeFileSync(docPath, doc.replace(start + current + end, start + table + end));
      return;
    }
    expect(current).toBe(table);
  });
});

function renderTable(cases: readonly Case[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const rows = cases.map((c) => `| ${cell(c.check)} | \`${cell(c.message).replace(/`/g, "'")}\` |`);
  return ["| what is checked | example message |", "| --- | --- |", ...rows, ""].join("\n");
}
