// The e2e's third app: every public construct and factory of the library at least once, deployed
// against the fakes by scenarios/surface-app.ts. The objects it finds or adopts (support hours, a
// schedule, a contact, an alert source and its webhook) are created through the fakes' HTTP API before
// the first deploy, as a person would in the UIs; their ids come in the cdktf context key `surface`.
import { App, LocalBackend, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriority,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DatadogPayload,
  DayOfWeek,
  DowntimeNotifyEndState,
  DowntimeNotifyEndType,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogChecks,
  IlertDatadogIntegration,
  MaintenanceSchedule,
  MaintenanceWindow,
  MonitorTransition,
  OnCallReminder,
  OnCallSchedule,
  PriorityMapping,
  ReminderContact,
  ReminderMethod,
  Rotation,
  SupportHours,
  SupportStatus,
  Team,
  TeamMemberRole,
  TeamVisibility,
  User,
  UserLanguage,
  UserRole,
} from "../../../constructs";

/** The stack's name. */
export const SURFACE_STACK = "surface";

/** What exists before the first deploy (cdktf context key `surface`): iLert ids, and the webhook's name. */
export interface SurfaceContext {
  /** Support hours made by hand, which the adopted integration's priority rule refers to. */
  readonly supportHoursId: string;
  /** An existing static schedule, found by id and by name. */
  readonly scheduleId: string;
  readonly scheduleName: string;
  /** An existing email contact of Bob's (a seeded user), for a reminder. */
  readonly bobContactId: string;
  /** An alert source and its Datadog webhook, made by hand, which the app adopts. */
  readonly adoptedAlertSourceId: string;
  readonly adoptedWebhookName: string;
  /** Whether the alert sources are protected from destroy (the scenario turns it off to destroy). */
  readonly protectFromDestroy: boolean;
}

/** The names the scenario reads back from the fakes. */
export const NAMES = {
  team: "Surface responders",
  recurring: "Surface weekdays",
  static: "Surface handover",
  policy: "Surface",
  teamsPolicy: "Surface teams and schedules",
  integration: "Surface (Datadog)",
  supportHours: "Surface office hours",
  release: "Surface release 42",
  adopted: "Search (Datadog)",
  monitor: "Surface: API latency",
  adoptedMonitor: "Search: indexing lag",
};

/** The stack: people, schedules, policies, reminders, two integrations (one adopted), two monitors. */
export class SurfaceStack extends TerraformStack {
  constructor(scope: Construct, id: string, existing: SurfaceContext) {
    super(scope, id);
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });

    // People: declared, looked up by email, known by id (with and without email), teams by name and id.
    const ann = new User(this, "Ann", {
      email: "ann@example.com",
      firstName: "Ann",
      lastName: "Surface",
      role: UserRole.ADMIN,
      timezone: "Europe/Vienna",
      language: UserLanguage.GERMAN,
      position: "SRE",
      department: "Platform",
      sendNoInvitation: true,
    });
    const ben = new User(this, "Ben", { email: "ben@example.com", firstName: "Ben", lastName: "Surface", role: UserRole.RESPONDER });
    const alice = User.fromId(this, "Alice", "1001", { email: "alice@example.com" });
    const lead = User.fromId(this, "Lead", "1003");
    const bob = User.fromEmail(this, "Bob", "bob@example.com");
    const responders = new Team(this, "Responders", {
      name: NAMES.team,
      visibility: TeamVisibility.PRIVATE,
      members: [{ user: ann, role: TeamMemberRole.ADMIN }, { user: ben }],
    });
    const payments = Team.fromName(this, "Payments", "Payments");
    const search = Team.fromId(this, "SearchTeam", "1201");

    // Schedules: a recurring one with restricted layers, a static one, existing ones by id and by name.
    const weekdays = new OnCallSchedule(this, "Weekdays", {
      name: NAMES.recurring,
      timezone: "Europe/Berlin",
      layers: [
        {
          users: [ann, ben],
          rotation: Rotation.weekly(),
          start: "2026-01-05T09:00",
          restrictions: [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.FRIDAY, time: "17:00" } }],
        },
        {
          name: "Weekend",
          users: [alice, bob],
          rotation: Rotation.every("P2D"),
          start: "2026-01-03T00:00",
          restrictions: [
            { start: { day: DayOfWeek.SATURDAY, time: "00:00" }, end: { day: DayOfWeek.SATURDAY, time: "23:59" } },
            { start: { day: DayOfWeek.SUNDAY, time: "00:00" }, end: { day: DayOfWeek.SUNDAY, time: "23:59" } },
          ],
        },
      ],
      showGaps: true,
      defaultShiftDuration: "PT8H",
      teams: [responders],
    });
    const handover = new OnCallSchedule(this, "Handover", {
      name: NAMES.static,
      timezone: "Europe/Berlin",
      shifts: [
        { user: ben, start: "2026-03-02T09:00", end: "2026-03-09T09:00" },
        { user: lead, start: "2026-03-09T09:00", end: "2026-03-16T09:00" },
      ],
    });
    const existingById = OnCallSchedule.fromId(this, "ExistingSchedule", existing.scheduleId);
    const existingByName = OnCallSchedule.fromName(this, "ExistingScheduleByName", existing.scheduleName);

    // Policies: every EscalationTarget kind. Only the first names people the app knows, so only it reminds.
    const policy = new EscalationPolicy(this, "Policy", {
      name: NAMES.policy,
      rules: [
        { target: EscalationTarget.schedule(weekdays), escalationTimeoutMin: 10 },
        { target: EscalationTarget.users(ann, ben), escalationTimeoutMin: 10 },
        { target: EscalationTarget.user(alice), escalationTimeoutMin: 5 },
      ],
      repeating: true,
      frequency: 3,
      delayMin: 1,
      routingKey: "surface",
      teams: [payments, responders],
    });
    new EscalationPolicy(this, "TeamsPolicy", {
      name: NAMES.teamsPolicy,
      rules: [
        { target: EscalationTarget.schedules(handover, existingById), escalationTimeoutMin: 15 },
        { target: EscalationTarget.schedule(existingByName), escalationTimeoutMin: 15 },
        { target: EscalationTarget.teams(payments, search, responders), escalationTimeoutMin: 30 },
      ],
      teams: [search],
    });
    const searchPolicy = EscalationPolicy.fromId(this, "SearchPolicy", "2300");
    const searchPolicyByName = EscalationPolicy.fromName(this, "SearchPolicyByName", "Search on-call");

    // Reminders: push for the rotation, SMS to new phone contacts for everyone the policy pages, email
    // to a new address, to the login (looked up), and to an existing contact.
    weekdays.remindResponders({ beforeMin: 60, method: ReminderMethod.PUSH });
    policy.remindResponders({
      id: "SmsReminder",
      beforeMin: 15,
      method: ReminderMethod.SMS,
      contacts: [
        { user: ann, contact: ReminderContact.phone("DE", "+4915112345678") },
        { user: ben, contact: ReminderContact.phone("AT", "+436641234567") },
        { user: alice, contact: ReminderContact.phone("DE", "+4917612345678") },
        { user: bob, contact: ReminderContact.phone("DE", "+4917698765432") },
      ],
    });
    new OnCallReminder(this, "AnnByEmail", {
      user: ann,
      beforeMin: 720,
      method: ReminderMethod.EMAIL,
      contact: ReminderContact.email("ann.oncall@example.com"),
    });
    new OnCallReminder(this, "AliceAtLogin", { user: alice, beforeMin: 1440, method: ReminderMethod.EMAIL });
    new OnCallReminder(this, "BobByExistingContact", {
      user: bob,
      beforeMin: 30,
      method: ReminderMethod.EMAIL,
      contact: ReminderContact.existing(existing.bobContactId),
    });

    // Support hours with holidays (and a staffed Saturday), for the integration's priority rule.
    const mondayToThursday = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY];
    const officeHours = new SupportHours(this, "OfficeHours", {
      name: NAMES.supportHours,
      timezone: "Europe/Berlin",
      supportDays: [
        { days: mondayToThursday, start: "08:00", end: "18:00" },
        { days: [DayOfWeek.FRIDAY], start: "08:00", end: "16:00" },
      ],
      exceptions: [
        { name: "Christmas", firstDay: "2026-12-24", lastDay: "2026-12-26" },
        { name: "New Year's Day", firstDay: "2027-01-01", supportStatus: SupportStatus.OUTSIDE },
        { name: "Release weekend", firstDay: "2027-01-09", supportStatus: SupportStatus.DURING },
      ],
      teams: [responders],
    });

    // The integration: declared support hours, grouping, priority mapping, teams, an extended payload.
    const integration = new IlertDatadogIntegration(this, "Datadog", {
      name: NAMES.integration,
      escalationPolicy: policy,
      alertCreation: AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW,
      alertGroupingWindow: AlertGroupingWindow.MINUTES_15,
      autoResolutionTimeout: AutoResolutionTimeout.HOURS_12,
      priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
      supportHours: officeHours,
      summaryTemplate: "{{ title }}",
      detailsTemplate: "{{ body }} ({{ tags }})",
      payload: DatadogPayload.ilertDefaultWith({ tags: "$TAGS" }),
      priorityMapping: PriorityMapping.fromDatadogPriority({ P3: AlertPriority.HIGH }),
      teams: [payments, responders],
      protectFromDestroy: existing.protectFromDestroy,
    });
    const latency = new Monitor(this, "Latency", {
      name: NAMES.monitor,
      type: "query alert",
      query: "avg(last_5m):avg:api.latency{env:prod} > 2",
      message: "API latency above 2 s.",
      priority: "3",
      monitorThresholds: { critical: "2" },
    });
    integration.connectMonitor(latency, { transitions: [MonitorTransition.ALERT, MonitorTransition.custom("is_warning")] });

    // Maintenance windows muting the integration's monitor: once (every prop), and recurring (Datadog's defaults).
    new MaintenanceWindow(this, "Release", {
      integration,
      schedule: MaintenanceSchedule.once({ start: "2030-03-02T22:00+01:00", end: "2030-03-03T02:00:00Z" }),
      message: NAMES.release,
      scope: "env:prod",
      muteFirstRecoveryNotification: true,
      notifyEndStates: [DowntimeNotifyEndState.ALERT, DowntimeNotifyEndState.WARN],
      notifyEndTypes: [DowntimeNotifyEndType.CANCELED, DowntimeNotifyEndType.EXPIRED],
    });
    new MaintenanceWindow(this, "PatchNight", {
      integration,
      schedule: MaintenanceSchedule.recurring({
        timezone: "Europe/Berlin",
        recurrences: [
          { rrule: "FREQ=MONTHLY;BYDAY=1TU", start: "2030-01-01T22:00", duration: "2h" },
          { rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", start: "2030-01-05T06:00", duration: "90m" },
        ],
      }),
    });

    // An integration adopting an alert source and a webhook made by hand (import blocks), on an existing
    // policy, with support hours made by hand.
    const adopted = new IlertDatadogIntegration(this, "Search", {
      name: NAMES.adopted,
      escalationPolicy: searchPolicy,
      priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
      supportHours: SupportHours.fromId(this, "SearchHours", existing.supportHoursId),
      webhookName: existing.adoptedWebhookName,
      payload: DatadogPayload.custom({ ...DatadogPayload.ILERT_TEMPLATE, service: "search" }),
      protectFromDestroy: existing.protectFromDestroy,
    });
    adopted.adoptExisting({ alertSourceId: existing.adoptedAlertSourceId, webhookName: existing.adoptedWebhookName });
    new Monitor(this, "IndexingLag", {
      name: NAMES.adoptedMonitor,
      type: "query alert",
      query: "avg(last_10m):avg:search.indexing.lag{*} > 300",
      message: adopted.messageFor("Indexing lags behind.", { resolveOnRecovery: true }),
      monitorThresholds: { critical: "300" },
    });
    IlertDatadogChecks.suppress(
      adopted,
      "ILDD-W1",
      "the e2e checks that the suppression is accepted; the monitor above mentions it anyway",
    );

    new TerraformOutput(this, "integration_url", { value: integration.integrationUrl, sensitive: true });
    new TerraformOutput(this, "search_policy_id", { value: searchPolicyByName.escalationPolicyId });
  }
}

/** The app: the one stack, with what exists beforehand from the context. */
export function createApp(outdir?: string): App {
  const app = new App({ outdir });
  const existing = app.node.tryGetContext("surface") as SurfaceContext | undefined;
  if (existing === undefined) throw new Error('surface-app: the cdktf context key "surface" (what exists before the deploy) is not set');
  new SurfaceStack(app, SURFACE_STACK, existing);
  return app;
}
