import { ILERT_TEMPLATE } from "../../helpers/ilert-template";
import { NAMES, SURFACE_STACK, SurfaceContext } from "../apps/surface-app";
import { CdktfProject } from "../cdktf-project";
import { E2eRun, expectEqual, expectThat } from "../e2e-run";
import { byHand } from "./by-hand";
import { counts, theOne, userByEmail } from "./fake-state";

const ENTRY = "__tests__/e2e/apps/surface-app.ts";
const ADOPTED_WEBHOOK = "ilert-search";
const SEARCH_POLICY = 2300;

/** What the library has that iLert 2.20.0 cannot run, read from 2.20.0's source (the summary says so). */
const NOT_ON_2_20 = [
  "SeverityMapping: 2.20.0's ilert_alert_source has no severity_template (added in 2.22.0): not deployed",
  "UserRole.VIEWER, TeamMemberRole.VIEWER: 2.20.0's ilert_user role and ilert_team member role do not accept VIEWER (2.23.0+): not deployed",
];

/**
 * The surface app (apps/surface-app.ts): every public construct and factory. What it finds or adopts
 * is made by hand first; then deploy, what the APIs hold, a second plan, the alert flow through both
 * integrations, and a destroy (protection off) that leaves the fakes as they were before the deploy.
 */
export async function surfaceApp(run: E2eRun, context: Record<string, unknown>): Promise<void> {
  const { fakes } = run;
  const [ilert, datadog] = [fakes.ilert.state, fakes.datadog.state];
  let existing: SurfaceContext | undefined;
  let beforeDeploy: Record<string, number> = {};

  await run.step("surface app: what it finds or adopts is made by hand through the fakes' HTTP APIs", async () => {
    const hours = await byHand(fakes, "ilert", "POST", "/api/support-hours", {
      name: "Office hours",
      timezone: "Europe/Berlin",
      supportDays: { MONDAY: { start: "08:00", end: "18:00" }, FRIDAY: { start: "08:00", end: "16:00" } },
    });
    const schedule = await byHand(fakes, "ilert", "POST", "/api/schedules", {
      name: "Search handover",
      timezone: "Europe/Berlin",
      type: "STATIC",
      shifts: [{ user: { id: 1002 }, start: "2026-02-02T09:00", end: "2026-02-09T09:00" }],
    });
    const contact = await byHand(fakes, "ilert", "POST", "/api/users/1002/contacts/emails", { target: "bob.pager@example.com" });
    const source = await byHand(fakes, "ilert", "POST", "/api/alert-sources", {
      name: NAMES.adopted,
      integrationType: "DATADOG",
      active: true,
      escalationPolicy: { id: SEARCH_POLICY },
    });
    await byHand(fakes, "datadog", "POST", "/api/v1/integration/webhooks/configuration/webhooks", {
      name: ADOPTED_WEBHOOK,
      url: source.integrationUrl,
      payload: JSON.stringify(ILERT_TEMPLATE),
      encode_as: "json",
    });
    existing = {
      supportHoursId: String(hours.id),
      scheduleId: String(schedule.id),
      scheduleName: schedule.name,
      bobContactId: String(contact.id),
      adoptedAlertSourceId: String(source.id),
      adoptedWebhookName: ADOPTED_WEBHOOK,
      protectFromDestroy: false,
    };
    beforeDeploy = counts(fakes);
  });
  if (existing === undefined) return;
  const made = existing;
  const project = CdktfProject.create(run.workRoot, "surface-app", { ...context, surface: made }, run.env, {}, ENTRY);

  const deployed = await run.step("surface app: cdktf deploy (adopting the alert source and the webhook with import blocks)", async () => {
    run.succeeded(await project.deploy([SURFACE_STACK]), `cdktf deploy ${SURFACE_STACK}`);
    await run.applied(project, [SURFACE_STACK], "deployed");
  });
  if (!deployed) return;

  await run.step("surface app: the APIs hold every object as declared", () => {
    const [ann, ben] = ["ann@example.com", "ben@example.com"].map((e) => userByEmail(fakes, e));
    const [alice, bob, lead] = [1001, 1002, 1003];
    expectEqual(
      [ann, ben].map((u) => [u.firstName, u.lastName, u.role, u.timezone, u.language, u.position ?? null, u.department ?? null]),
      [
        ["Ann", "Surface", "ADMIN", "Europe/Vienna", "de", "SRE", "Platform"],
        ["Ben", "Surface", "RESPONDER", "Europe/Berlin", "en", null, null],
      ],
      "the declared users",
    );
    const team = theOne(ilert.teams, "name", NAMES.team, "team");
    expectEqual(
      [team.visibility, sortBy(team.members.map((m: any) => [m.user.id, m.role]))],
      [
        "PRIVATE",
        sortBy([
          [ann.id, "ADMIN"],
          [ben.id, "RESPONDER"],
        ]),
      ],
      "the team's visibility and members (user, role)",
    );

    const weekdays = theOne(ilert.schedules, "name", NAMES.recurring, "schedule");
    expectEqual(
      weekdays.scheduleLayers.map((l: any) => [
        l.name,
        l.users.map((u: any) => u.id),
        l.rotation,
        l.startsOn,
        l.endsOn ?? null,
        l.restrictionType,
        l.restrictions.map((r: any) => `${r.from.dayOfWeek} ${r.from.time}-${r.to.dayOfWeek} ${r.to.time}`),
      ]),
      [
        ["Layer 1", [ann.id, ben.id], "P7D", "2026-01-05T09:00", null, "TIMES_OF_WEEK", ["MONDAY 09:00-FRIDAY 17:00"]],
        [
          "Weekend",
          [alice, bob],
          "P2D",
          "2026-01-03T00:00",
          null,
          "TIMES_OF_WEEK",
          ["SATURDAY 00:00-SATURDAY 23:59", "SUNDAY 00:00-SUNDAY 23:59"],
        ],
      ],
      "the recurring schedule's layers (name, users in turn order, rotation, start, end, restrictions)",
    );
    expectEqual(
      [weekdays.type, weekdays.showGaps, weekdays.defaultShiftDuration, weekdays.teams.map((t: any) => t.id)],
      ["RECURRING", true, "PT8H", [team.id]],
      "the recurring schedule's type, gaps, shift length and team",
    );
    const handover = theOne(ilert.schedules, "name", NAMES.static, "schedule");
    expectEqual(
      [handover.type, handover.shifts.map((s: any) => [s.user.id, s.start, s.end])],
      [
        "STATIC",
        [
          [ben.id, "2026-03-02T09:00", "2026-03-09T09:00"],
          [lead, "2026-03-09T09:00", "2026-03-16T09:00"],
        ],
      ],
      "the static schedule's shifts",
    );

    const policy = theOne(ilert.escalationPolicies, "name", NAMES.policy, "escalation policy");
    expectEqual(
      policy.escalationRules.map((r: any) => [r.escalationTimeout, targetsOf(r)]),
      [
        [10, `schedule ${weekdays.id}`],
        [10, `users ${ann.id},${ben.id}`],
        [5, `user ${alice}`],
      ],
      "the policy's rules (timeout, target)",
    );
    expectEqual(
      [policy.repeating, policy.frequency, policy.delayMin, policy.routingKey, policy.teams.map((t: any) => t.id)],
      [true, 3, 1, "surface", [1200, team.id]],
      "the policy's repeating, frequency, delay, routing key and teams (sorted by id)",
    );
    const teamsPolicy = theOne(ilert.escalationPolicies, "name", NAMES.teamsPolicy, "escalation policy");
    expectEqual(
      teamsPolicy.escalationRules.map(targetsOf),
      [`schedules ${handover.id},${made.scheduleId}`, `schedule ${made.scheduleId}`, `teams 1200,1201,${team.id}`],
      "the second policy's rules (schedules, a schedule found by name, teams)",
    );

    const phone = (userId: number) => [...ilert.phoneContacts.values()].find((c) => c.userId === userId);
    const email = (userId: number, target: string) =>
      [...ilert.emailContacts.values()].find((c) => c.userId === userId && c.target === target);
    expectEqual(
      [ann.id, ben.id, alice, bob].map((id) => [phone(id)?.regionCode, phone(id)?.target]),
      [
        ["DE", "+4915112345678"],
        ["AT", "+436641234567"],
        ["DE", "+4917612345678"],
        ["DE", "+4917698765432"],
      ],
      "the phone number contacts declared for SMS reminders",
    );
    const reminders = (userId: number) =>
      [...ilert.dutyPreferences.values()]
        .filter((p) => p.userId === userId)
        .map((p) => `${p.method} ${p.beforeMin} ${p.contact?.id ?? "-"}`)
        .sort();
    expectEqual(
      [ann.id, ben.id, alice, bob].map(reminders),
      [
        [`EMAIL 720 ${email(ann.id, "ann.oncall@example.com")?.id}`, "PUSH 60 -", `SMS 15 ${phone(ann.id)?.id}`],
        ["PUSH 60 -", `SMS 15 ${phone(ben.id)?.id}`],
        [`EMAIL 1440 ${email(alice, "alice@example.com")?.id}`, "PUSH 60 -", `SMS 15 ${phone(alice)?.id}`],
        [`EMAIL 30 ${made.bobContactId}`, "PUSH 60 -", `SMS 15 ${phone(bob)?.id}`],
      ],
      "each user's on-call reminders (method, minutes, contact)",
    );

    const hours = theOne(ilert.supportHours, "name", NAMES.supportHours, "support hours");
    const day = (start: string, end: string) => ({ start, end });
    expectEqual(
      [hours.timezone, hours.supportDays, hours.exceptions, hours.teams.map((t: any) => t.id)],
      [
        "Europe/Berlin",
        {
          MONDAY: day("08:00", "18:00"),
          TUESDAY: day("08:00", "18:00"),
          WEDNESDAY: day("08:00", "18:00"),
          THURSDAY: day("08:00", "18:00"),
          FRIDAY: day("08:00", "16:00"),
          SATURDAY: null,
          SUNDAY: null,
        },
        [
          { name: "Christmas", start: "2026-12-24", end: "2026-12-26", supportStatus: "OUTSIDE" },
          { name: "New Year's Day", start: "2027-01-01", end: "2027-01-01", supportStatus: "OUTSIDE" },
          { name: "Release weekend", start: "2027-01-09", end: "2027-01-09", supportStatus: "DURING" },
        ],
        [team.id],
      ],
      "the declared support hours (time zone, days, holiday exceptions, team)",
    );

    const source = theOne(ilert.alertSources, "name", NAMES.integration, "alert source");
    expectEqual(
      [
        source.escalationPolicy.id,
        source.alertCreation,
        source.alertGroupingWindow,
        source.autoResolutionTimeout,
        source.alertPriorityRule,
        source.supportHours?.id,
        source.summaryTemplate?.textTemplate,
        source.detailsTemplate?.textTemplate,
        source.priorityTemplate?.mappings.map((m: any) => `${m.value}=${m.priority}`),
        source.teams.map((t: any) => t.id),
      ],
      [
        policy.id,
        "ONE_ALERT_GROUPED_PER_WINDOW",
        "PT15M",
        "PT12H",
        "HIGH_DURING_SUPPORT_HOURS",
        hours.id,
        "{{ title }}",
        "{{ body }} ({{ tags }})",
        ["P1=HIGH", "P2=HIGH", "P3=HIGH", "P4=LOW", "P5=LOW"],
        [1200, team.id],
      ],
      "the integration's alert source",
    );
    const webhook = [...datadog.webhooks.values()].find((w) => w.url === source.integrationUrl);
    expectThat(webhook !== undefined, "no Datadog webhook posts to the integration's alert source");
    expectEqual(
      JSON.parse(webhook.payload),
      { ...ILERT_TEMPLATE, tags: "$TAGS", alert_priority: "$ALERT_PRIORITY" },
      "the webhook's payload",
    );
    const monitor = theOne(datadog.monitors, "name", NAMES.monitor, "monitor");
    for (const block of ["is_alert", "is_warning", "is_recovery"])
      expectThat(
        new RegExp(`\\{\\{#${block}\\}\\}[^{]*@webhook-${webhook.name}`).test(monitor.message),
        `the monitor's message does not mention @webhook-${webhook.name} in {{#${block}}}: ${monitor.message}`,
      );

    const adopted = ilert.alertSources.get(Number(made.adoptedAlertSourceId));
    expectThat(adopted !== undefined && adopted.name === NAMES.adopted, `the adopted alert source ${made.adoptedAlertSourceId} is gone`);
    expectEqual(
      [adopted.escalationPolicy.id, adopted.alertPriorityRule, adopted.supportHours?.id],
      [SEARCH_POLICY, "HIGH_DURING_SUPPORT_HOURS", Number(made.supportHoursId)],
      "the adopted alert source's policy, priority rule and support hours (made by hand, by id)",
    );
    const adoptedWebhook = datadog.webhooks.get(ADOPTED_WEBHOOK);
    expectEqual(adoptedWebhook?.url, adopted.integrationUrl, "the adopted webhook's URL");
    expectEqual(
      JSON.parse(adoptedWebhook?.payload ?? "{}"),
      { ...ILERT_TEMPLATE, service: "search" },
      "the adopted webhook's payload, updated in place",
    );
    expectEqual(counts(fakes).alertSources, beforeDeploy.alertSources + 1, "alert sources: one new, the adopted one kept");
    const downtimes = [...datadog.downtimes.values()].map((d) => d.attributes);
    expectEqual(
      downtimes.map((d) => [d.monitor_identifier, d.message, d.scope, d.display_timezone, d.status]).sort(),
      [
        [{ monitor_id: monitor.id }, NAMES.release, "env:prod", "UTC", "scheduled"],
        [{ monitor_id: monitor.id }, null, "*", "Europe/Berlin", "scheduled"],
      ].sort(),
      "the downtimes muting the integration's monitor (monitor, message, scope, display time zone, status)",
    );
    const release = downtimes.find((d) => d.message === NAMES.release)!;
    expectEqual(
      [release.schedule, release.mute_first_recovery_notification, release.notify_end_states, release.notify_end_types],
      [{ start: "2030-03-02T21:00:00+00:00", end: "2030-03-03T02:00:00+00:00" }, true, ["alert", "warn"], ["canceled", "expired"]],
      "the one-time window (UTC times, recovery muted, notifications at its end)",
    );
    expectEqual(
      downtimes.find((d) => d.message === null)!.schedule,
      {
        timezone: "Europe/Berlin",
        recurrences: [
          { duration: "2h", rrule: "FREQ=MONTHLY;BYDAY=1TU", start: "2030-01-01T22:00:00" },
          { duration: "90m", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", start: "2030-01-05T06:00:00" },
        ],
      },
      "the recurring window's recurrences",
    );
    const lag = theOne(datadog.monitors, "name", NAMES.adoptedMonitor, "monitor");
    expectThat(lag.message.includes(`@webhook-${ADOPTED_WEBHOOK}`), `the second monitor does not mention @webhook-${ADOPTED_WEBHOOK}`);
    run.noRefusals();
    for (const line of NOT_ON_2_20) run.note("Library features iLert 2.20.0 cannot run (not deployed)", line);
  });

  await run.step("surface app: a second cdktf diff changes nothing", async () => {
    expectThat((await project.diff(SURFACE_STACK)).code === 0, "cdktf diff failed");
    run.settled(SURFACE_STACK, await project.plan(SURFACE_STACK), "deployed");
  });

  await run.step("surface app: alert flow through both integrations (one adopted)", async () => {
    const flows = [
      { monitor: NAMES.monitor, source: NAMES.integration, priority: "HIGH", target: ["SCHEDULE", NAMES.recurring] },
      { monitor: NAMES.adoptedMonitor, source: NAMES.adopted, priority: "HIGH", target: ["USER", "Alice Example"] },
    ];
    for (const flow of flows) {
      const monitor = theOne(datadog.monitors, "name", flow.monitor, "monitor");
      const source = theOne(ilert.alertSources, "name", flow.source, "alert source");
      const before = ilert.alerts.length;
      const triggered = await fakes.datadog.notify(monitor.id, "Triggered");
      expectEqual(
        triggered.map((d) => [d.url, d.status]),
        [[source.integrationUrl, 202]],
        `${flow.monitor}: the Triggered delivery`,
      );
      const alert = ilert.alerts[before];
      expectEqual(
        [alert?.alertSourceId, alert?.status, alert?.priority, alert?.escalationPolicyId, alert?.firstTarget.type, alert?.firstTarget.name],
        [source.id, "PENDING", flow.priority, source.escalationPolicy.id, ...flow.target],
        `${flow.monitor}: the alert (source, status, priority, policy, first target)`,
      );
      await fakes.datadog.notify(monitor.id, "Recovered");
      expectEqual([ilert.alerts.length, alert.status], [before + 1, "RESOLVED"], `${flow.monitor}: after Recovered`);
      run.note(
        "Alert flow",
        `surface: monitor "${flow.monitor}" Triggered -> alert ${alert.id} on "${flow.source}", ${alert.priority}, first target ${flow.target.join(" ")}; Recovered -> RESOLVED`,
      );
    }
  });

  await run.step("surface app: cdktf destroy (protection off) leaves the fakes as they were before the deploy", async () => {
    run.succeeded(await project.destroy([SURFACE_STACK]), `cdktf destroy ${SURFACE_STACK}`);
    await run.applied(project, [SURFACE_STACK], "destroyed");
    // The adopted alert source and webhook were in the stack's state: they are destroyed with it.
    expectEqual(
      counts(fakes),
      { ...beforeDeploy, alertSources: beforeDeploy.alertSources - 1, webhooks: beforeDeploy.webhooks - 1 },
      "what the fakes hold (what existed before the deploy, less the adopted alert source and webhook)",
    );
    // Datadog keeps canceled downtimes readable for about two days: the destroy canceled them.
    expectEqual(
      [...datadog.downtimes.values()].map((d) => d.attributes.status),
      ["canceled", "canceled"],
      "the downtimes' status after the destroy",
    );
    run.note("Destroy", `${SURFACE_STACK}: with protectFromDestroy: false, everything it declared or adopted removed (downtimes canceled)`);
  });
}

/** A rule's target in words: `schedule 12`, `users 3,4`, `teams 1,2`. */
function targetsOf(rule: any): string {
  if (rule.user) return `user ${rule.user.id}`;
  if (rule.schedule) return `schedule ${rule.schedule.id}`;
  const [kind, list] = Object.entries({ users: rule.users, schedules: rule.schedules, teams: rule.teams }).find(([, l]) => l?.length) ?? [
    "none",
    [],
  ];
  return `${kind} ${list.map((e: any) => e.id).join(",")}`;
}

function sortBy<T extends unknown[]>(rows: T[]): T[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
