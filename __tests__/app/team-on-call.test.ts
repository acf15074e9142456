import { TerraformStack, Testing } from "cdktf";
import { parseConfig } from "../../app/config";
import { TeamOnCall } from "../../app/team-on-call";

/** TeamOnCall of the team entry `team` (key "payments") in environment "prod", with the problems it found. */
function declare(team: object): { teamOnCall: TeamOnCall; stack: TerraformStack; problems: string[] } {
  const config = parseConfig({ environments: [{ key: "prod" }], teams: [{ key: "payments", ...team }] }, "teams.json");
  const problems: string[] = [];
  const stack = new TerraformStack(Testing.app(), "prod");
  const teamOnCall = new TeamOnCall(stack, "payments", { team: config.teams[0], environment: "prod", configPath: "teams[4]", problems });
  return { teamOnCall, stack, problems };
}

const schedule = { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: ["a@example.com"] };
const escalation = { rules: [{ notify: { schedule: true }, escalateAfterMin: 5 }] };

describe("TeamOnCall", () => {
  test("names what the entry leaves unnamed after the team and environment; escapes monitor text for Terraform", () => {
    const { stack, problems } = declare({
      name: "Payments",
      schedule,
      escalation,
      integration: { severityMapping: {} },
      monitors: [
        { key: "cpu", name: "CPU ${host}", type: "metric alert", query: "avg:cpu{*} > 90", message: "%{x}", priority: 2, tags: ["a:${b}"] },
      ],
    });
    expect(problems).toEqual([]);
    const tf = JSON.parse(Testing.synth(stack));
    const only = (type: string): Record<string, any> => Object.values<Record<string, any>>(tf.resource[type])[0];
    expect(only("ilert_schedule").name).toBe("Payments on-call (prod)");
    expect(only("ilert_escalation_policy").name).toBe("Payments (prod)");
    expect(only("ilert_alert_source").name).toBe("Payments (prod)");
    expect(only("datadog_webhook").name).toBe("ilert-payments-prod");
    const monitor = only("datadog_monitor");
    expect([monitor.name, monitor.query, monitor.priority, monitor.tags]).toEqual(["CPU $${host}", "avg:cpu{*} > 90", "2", ["a:$${b}"]]);
    expect(monitor.message).toMatch(/^%%\{x\}/);
  });

  test.each<[string, object, string]>([
    [
      "schedule.rotation",
      { schedule: { ...schedule, rotation: "P0D" }, escalation },
      'teams[4].schedule.rotation: invalid value "P0D": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; give a duration greater than zero',
    ],
    [
      "schedule.restrictions[0].from.time",
      {
        schedule: { ...schedule, restrictions: [{ from: { day: "MONDAY", time: "25:00" }, to: { day: "MONDAY", time: "10:00" } }] },
        escalation,
      },
      'teams[4].schedule.restrictions[0].from.time: invalid value "25:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
    ],
    [
      "schedule.keepOnCall.previousUsers[0]",
      {
        schedule: {
          ...schedule,
          users: ["b@example.com"],
          keepOnCall: { at: "2026-01-06T09:00", previousUsers: ["a@example.com", "b@example.com"] },
        },
        escalation,
      },
      'teams[4].schedule.keepOnCall.previousUsers[0]: invalid value "prod/payments/User-a@example.com": expected a member of layers[0].users: they are on call at 2026-01-06T09:00 (their turn runs from 2026-01-05T09:00 until 2026-01-12T09:00), and keepOnCall keeps that person on call; keep them in layers[0].users until 2026-01-12T09:00 and remove them after that hand-over, set keepOnCall.at to a moment in the turn of someone who stays, or remove keepOnCall to have the turns counted anew from layers[0].start',
    ],
    [
      "escalation.frequency",
      { schedule, escalation: { ...escalation, repeating: true, frequency: 99 } },
      "teams[4].escalation.frequency: invalid value 99: expected an integer from 1 to 9; set how many times the policy repeats",
    ],
    [
      "escalation.rules[0].escalateAfterMin",
      { escalation: { rules: [{ notify: { user: "a@example.com" }, escalateAfterMin: -1 }] } },
      "teams[4].escalation.rules[0].escalateAfterMin: invalid value -1: expected an integer from 0 to 525600; give the minutes to wait before escalating",
    ],
    [
      "integration.supportHours.supportDays[0].end",
      {
        escalation,
        schedule,
        integration: {
          priorityRule: "HIGH_DURING_SUPPORT_HOURS",
          supportHours: { timezone: "UTC", supportDays: [{ days: ["MONDAY"], start: "18:00", end: "08:00" }] },
        },
      },
      'teams[4].integration.supportHours.supportDays[0].end: invalid value "08:00": expected a time after supportDays[0].start "18:00" (one window within each day); set end later than start; for support until midnight, "23:59"; for support past midnight, give the next day its own hours from "00:00"',
    ],
    [
      "maintenanceWindows[1].recurrences[0].rrule",
      {
        escalation,
        schedule,
        monitors: [{ key: "cpu", name: "CPU", type: "metric alert", query: "avg:cpu{*} > 90", message: "" }],
        maintenanceWindows: [
          { key: "release", start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z" },
          {
            key: "patch",
            timezone: "UTC",
            recurrences: [{ rrule: "FREQ=DAILY;DTSTART=20260101", start: "2026-01-01T00:00", duration: "1h" }],
          },
        ],
      },
      "teams[4].maintenanceWindows[1].recurrences[0].rrule: invalid value \"FREQ=DAILY;DTSTART=20260101\": expected a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule); remove DTSTART: the recurrence's start is its start field, its length its duration",
    ],
    [
      "maintenanceWindows[0].end",
      {
        escalation,
        schedule,
        monitors: [{ key: "cpu", name: "CPU", type: "metric alert", query: "avg:cpu{*} > 90", message: "" }],
        maintenanceWindows: [{ key: "release", start: "2026-12-24T22:00:00Z", end: "2026-12-24T21:00:00Z" }],
      },
      'teams[4].maintenanceWindows[0].end: invalid value "2026-12-24T21:00:00Z": expected a date-time after schedule.start "2026-12-24T22:00:00Z"; set schedule.end later than schedule.start',
    ],
    [
      "schedule.layers[1].restrictions[0].to.time",
      {
        schedule: {
          timezone: "UTC",
          layers: [
            { rotation: "weekly", start: "2026-01-05T09:00", users: ["b@example.com"] },
            {
              rotation: "weekly",
              start: "2026-01-05T09:00",
              users: ["a@example.com"],
              restrictions: [{ from: { day: "MONDAY", time: "09:00" }, to: { day: "MONDAY", time: "25:00" } }],
            },
          ],
        },
        escalation,
      },
      'teams[4].schedule.layers[1].restrictions[0].to.time: invalid value "25:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
    ],
    [
      "schedule.end",
      { schedule: { ...schedule, end: "2026-01-01T09:00" }, escalation },
      'teams[4].schedule.end: invalid value "2026-01-01T09:00": expected no end: the iLert provider (up to 2.25.0) never sends a layer\'s ends_on to iLert (its buildSchedule leaves it out) nor reads it back, so the layer would never end and every plan would show ends_on again; remove end, and remove the layer from the schedule when it is over',
    ],
    [
      "integration.supportHours.exceptions[0].firstDay",
      {
        escalation,
        schedule,
        integration: {
          priorityRule: "HIGH_DURING_SUPPORT_HOURS",
          supportHours: {
            timezone: "UTC",
            supportDays: [{ days: ["MONDAY"], start: "08:00", end: "18:00" }],
            exceptions: [{ name: "Holiday", firstDay: "2026-13-01" }],
          },
        },
      },
      'teams[4].integration.supportHours.exceptions[0].firstDay: invalid value "2026-13-01": expected a date "YYYY-MM-DD", e.g. "2026-12-24"; write the day as year-month-day, without a time',
    ],
    [
      "integration.supportHours.existingId",
      {
        escalation,
        schedule,
        integration: { priorityRule: "HIGH_DURING_SUPPORT_HOURS", supportHours: { existingId: "9007199254740993" } },
      },
      'teams[4].integration.supportHours.existingId: invalid value "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set supportHoursId of the support hours handle prod/payments/SupportHours to a numeric iLert id, e.g. "1234"; or pass a SupportHours, or SupportHours.fromId',
    ],
    [
      "integration.supportHoursId",
      {
        escalation,
        schedule,
        integration: { priorityRule: "HIGH_DURING_SUPPORT_HOURS", supportHoursId: "9007199254740993" },
      },
      'teams[4].integration.supportHoursId: invalid value "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set supportHoursId of the support hours handle prod/payments/SupportHours to a numeric iLert id, e.g. "1234"; or pass a SupportHours, or SupportHours.fromId',
    ],
    [
      "maintenanceWindows[0].timezone",
      {
        escalation,
        schedule,
        monitors: [{ key: "cpu", name: "CPU", type: "metric alert", query: "avg:cpu{*} > 90", message: "" }],
        maintenanceWindows: [{ key: "release", start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z", timezone: "Mars/Olympus" }],
      },
      'teams[4].maintenanceWindows[0].timezone: invalid value "Mars/Olympus": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
    ],
  ])("a construct's error is reported at the config path %s", (_path, team, problem) => {
    expect(declare(team).problems).toEqual([problem]);
  });

  // parseConfig refuses these entries first; a team entry built without it reaches the construct's check.
  test.each<[string, object, string]>([
    [
      "a rule's target at its notify: the config writes whom to notify in another shape than the construct's target",
      { escalation: { rules: [{ notify: { users: [] }, escalateAfterMin: 5 }] } },
      "teams[4].escalation.rules[0].notify: invalid value []: expected at least one user; pass at least one to EscalationTarget.users()",
    ],
    [
      "missing support hours at integration.supportHours (not at supportHoursId, which is not given)",
      { integration: { priorityRule: "HIGH_DURING_SUPPORT_HOURS" } },
      "teams[4].integration.supportHours: invalid value undefined: expected support hours with priorityRule HIGH_DURING_SUPPORT_HOURS; set supportHours: new SupportHours(this, 'Hours', { ... }), or SupportHours.fromId(this, 'Hours', '42')",
    ],
  ])("an entry parseConfig would refuse: %s", (_label, change, problem) => {
    const config = parseConfig({ environments: [{ key: "prod" }], teams: [{ key: "payments", schedule, escalation }] }, "teams.json");
    const problems: string[] = [];
    const team = { ...config.teams[0], ...change } as (typeof config.teams)[0];
    new TeamOnCall(new TerraformStack(Testing.app(), "prod"), "payments", { team, environment: "prod", configPath: "teams[4]", problems });
    expect(problems).toEqual([problem]);
  });

  test.each<[string, object, { lookups: object | undefined; rotations: string[]; ruleSchedule: string }]>([
    ["existing, by id", { existingId: "3" }, { lookups: undefined, rotations: [], ruleSchedule: "3" }],
    [
      "existing, by name: looked up",
      { existingName: "Ops" },
      {
        lookups: { payments_Schedule_Lookup_F112733F: { name: "Ops" } },
        rotations: [],
        ruleSchedule: "${data.ilert_schedule.payments_Schedule_Lookup_F112733F.id}",
      },
    ],
    [
      "declared, daily",
      { ...schedule, rotation: "daily" },
      { lookups: undefined, rotations: ["P1D"], ruleSchedule: "${ilert_schedule.payments_Schedule_862E1C88.id}" },
    ],
    [
      "declared, weekly",
      schedule,
      { lookups: undefined, rotations: ["P7D"], ruleSchedule: "${ilert_schedule.payments_Schedule_862E1C88.id}" },
    ],
    [
      "declared, every 14 days",
      { ...schedule, rotation: "P14D" },
      { lookups: undefined, rotations: ["P14D"], ruleSchedule: "${ilert_schedule.payments_Schedule_862E1C88.id}" },
    ],
  ])("the team's schedule, notified by the policy: %s", (_label, teamSchedule, expected) => {
    const { stack, problems } = declare({ schedule: teamSchedule, escalation });
    expect(problems).toEqual([]);
    const tf = JSON.parse(Testing.synth(stack));
    expect({
      lookups: tf.data?.ilert_schedule,
      rotations: Object.values<Record<string, any>>(tf.resource.ilert_schedule ?? {}).flatMap((s) =>
        s.schedule_layer.map((l: any) => l.rotation),
      ),
      ruleSchedule: Object.values<Record<string, any>>(tf.resource.ilert_escalation_policy)[0].escalation_rule[0].schedule,
    }).toEqual(expected);
  });

  test("an owning team's error is reported at the object's ilertTeamIds[i], else at the team's ilertTeamId", () => {
    const big = "9007199254740993";
    const tooBig = (at: string, handle: string) =>
      `teams[4].${at}: invalid value "${big}": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set teamId of the team handle prod/payments/${handle} to a numeric iLert id, e.g. "1234"; or pass a Team, or Team.fromId / Team.fromName`;
    expect(
      declare({ schedule: { ...schedule, ilertTeamIds: ["1", big] }, escalation, integration: { ilertTeamIds: [big] } }).problems,
    ).toEqual([tooBig("schedule.ilertTeamIds[1]", `IlertTeam-${big}`), tooBig("integration.ilertTeamIds[0]", `IlertTeam-${big}`)]);
    const supportHours = { timezone: "UTC", supportDays: [{ days: ["MONDAY"], start: "08:00", end: "18:00" }] };
    // Schedule, policy, support hours and integration each report it (the app reports a problem once).
    expect(
      declare({ ilertTeamId: big, schedule, escalation, integration: { priorityRule: "HIGH_DURING_SUPPORT_HOURS", supportHours } })
        .problems,
    ).toEqual(Array(4).fill(tooBig("ilertTeamId", "IlertTeam")));
  });

  test("schedule.keepOnCall: the layer starts where the person on call at the moment stays (the same people as the users)", () => {
    const { stack, problems } = declare({
      schedule: {
        ...schedule,
        users: ["c@example.com", "a@example.com", "b@example.com"],
        keepOnCall: { at: "2026-01-20T12:00", previousUsers: ["a@example.com", "b@example.com"] },
      },
      escalation,
    });
    expect(problems).toEqual([]);
    // Turn 2 (19 to 26 January) was a's; a is second of three in the new order: turn 2 becomes turn 1 (mod 3), two weeks back.
    const tf = JSON.parse(Testing.synth(stack));
    expect(Object.values<Record<string, any>>(tf.resource.ilert_schedule)[0].schedule_layer[0].starts_on).toBe("2025-12-22T09:00");
  });

  test("schedule.layers[i].keepOnCall: each layer keeps its own person on call; a problem is reported under layers[i]", () => {
    const weekdays = {
      name: "Weekdays",
      rotation: "weekly",
      start: "2026-01-05T09:00",
      users: ["c@example.com", "a@example.com", "b@example.com"],
      keepOnCall: { at: "2026-01-20T12:00", previousUsers: ["a@example.com", "b@example.com"] },
    };
    const weekend = { name: "Weekend", rotation: "P2D", start: "2026-01-03T00:00", users: ["b@example.com"] };
    const { stack, problems } = declare({ schedule: { timezone: "UTC", layers: [weekend, weekdays] }, escalation });
    expect(problems).toEqual([]);
    // Turn 2 (19 to 26 January) was a's; a is second of three now: turn 4 of a start four weeks before it.
    const tf = JSON.parse(Testing.synth(stack));
    const layers = Object.values<Record<string, any>>(tf.resource.ilert_schedule)[0].schedule_layer;
    expect(layers.map((l: Record<string, string>) => [l.name, l.starts_on])).toEqual([
      ["Weekend", "2026-01-03T00:00"],
      ["Weekdays", "2025-12-22T09:00"],
    ]);
    const gone = { ...weekend, users: ["c@example.com"], keepOnCall: { at: "2026-01-04T12:00", previousUsers: ["b@example.com"] } };
    expect(declare({ schedule: { timezone: "UTC", layers: [weekdays, gone] }, escalation }).problems).toEqual([
      'teams[4].schedule.layers[1].keepOnCall.previousUsers[0]: invalid value "prod/payments/User-b@example.com": expected a member of layers[1].users: they are on call at 2026-01-04T12:00 (their turn runs from 2026-01-03T00:00 until 2026-01-05T00:00), and keepOnCall keeps that person on call; keep them in layers[1].users until 2026-01-05T00:00 and remove them after that hand-over, set keepOnCall.at to a moment in the turn of someone who stays, or remove keepOnCall to have the turns counted anew from layers[1].start',
    ]);
  });

  test("support hours (with holidays) and maintenance windows from the entry: named after the team, on its integration and monitors", () => {
    const { stack, problems } = declare({
      name: "Payments",
      ilertTeamId: "12",
      schedule,
      escalation,
      integration: {
        priorityRule: "HIGH_DURING_SUPPORT_HOURS",
        supportHours: {
          timezone: "Europe/Berlin",
          supportDays: [{ days: ["MONDAY", "FRIDAY"], start: "08:00", end: "18:00" }],
          exceptions: [
            { name: "Christmas ${eve}", firstDay: "2026-12-24", lastDay: "2026-12-26" },
            { name: "Staffed", firstDay: "2027-01-09", supportStatus: "DURING" },
          ],
        },
      },
      monitors: [{ key: "cpu", name: "CPU", type: "metric alert", query: "avg:cpu{*} > 90", message: "" }],
      maintenanceWindows: [
        {
          key: "release",
          message: "Release ${42}",
          scope: "env:prod",
          start: "2026-12-24T23:00+01:00",
          end: "2026-12-25T06:00:00Z",
          timezone: "Europe/Berlin",
        },
        {
          key: "patch",
          timezone: "Europe/Berlin",
          recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }],
        },
      ],
    });
    expect(problems).toEqual([]);
    const tf = JSON.parse(Testing.synth(stack));
    const [[hoursName, hours]] = Object.entries<Record<string, any>>(tf.resource.ilert_support_hour);
    expect(hours).toMatchObject({
      name: "Payments support hours (prod)",
      timezone: "Europe/Berlin",
      support_days: { monday: { start: "08:00", end: "18:00" }, friday: { start: "08:00", end: "18:00" } },
      exception: [
        { name: "Christmas $${eve}", start: "2026-12-24", end: "2026-12-26", support_status: "OUTSIDE" },
        { name: "Staffed", start: "2027-01-09", end: "2027-01-09", support_status: "DURING" },
      ],
      team: [{ id: 12 }],
    });
    const source = Object.values<Record<string, any>>(tf.resource.ilert_alert_source)[0];
    expect([source.alert_priority_rule, source.support_hours]).toEqual([
      "HIGH_DURING_SUPPORT_HOURS",
      { id: `\${ilert_support_hour.${hoursName}.id}` },
    ]);
    const downtimes = Object.values<Record<string, any>>(tf.resource.datadog_downtime_schedule);
    const monitorName = Object.keys(tf.resource.datadog_monitor)[0];
    expect(
      downtimes.map((d) => [
        d.message,
        d.scope,
        d.display_timezone,
        d.monitor_identifier.monitor_id,
        d.one_time_schedule,
        d.recurring_schedule,
      ]),
    ).toEqual([
      [
        undefined,
        "*",
        "Europe/Berlin",
        `\${datadog_monitor.${monitorName}.id}`,
        undefined,
        { timezone: "Europe/Berlin", recurrence: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00:00", duration: "2h" }] },
      ],
      [
        "Release $${42}",
        "env:prod",
        "Europe/Berlin",
        `\${datadog_monitor.${monitorName}.id}`,
        { start: "2026-12-24T22:00:00Z", end: "2026-12-25T06:00:00Z" },
        undefined,
      ],
    ]);
  });

  test("existing support hours by id", () => {
    const { stack, problems } = declare({
      schedule,
      escalation,
      integration: { priorityRule: "LOW_DURING_SUPPORT_HOURS", supportHours: { existingId: "42" } },
    });
    expect(problems).toEqual([]);
    const tf = JSON.parse(Testing.synth(stack));
    expect(tf.resource.ilert_support_hour).toBeUndefined();
    expect(Object.values<Record<string, any>>(tf.resource.ilert_alert_source)[0].support_hours).toEqual({ id: 42 });
  });

  test("a schedule or policy that fails is replaced by a stand-in, so the rest of the entry is still checked", () => {
    const { teamOnCall, problems } = declare({
      schedule: { ...schedule, timezone: "Mars/Olympus" },
      escalation: { ...escalation, delayMin: -1 },
      integration: { webhookName: "a b" },
    });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "teams[4].schedule.timezone",
      "teams[4].escalation.delayMin",
      "teams[4].integration.webhookName",
    ]);
    expect(teamOnCall.integration).toBeUndefined();
    expect(teamOnCall.node.children.map((c) => c.node.id)).toEqual(expect.arrayContaining(["InvalidSchedule", "InvalidEscalationPolicy"]));
  });
});

describe("TeamOnCall: what a hand-made setup needs (the keys ilert-datadog adopt writes)", () => {
  const handMadePayload = '{\n  "alert_transition": "$ALERT_TRANSITION",\n  "alert_id": "$ALERT_ID",\n  "service": "checkout"\n}';
  const team = {
    name: "Checkout",
    schedule: {
      name: "Checkout on-call",
      timezone: "Europe/Berlin",
      layers: [
        { name: "Weekdays", rotation: "weekly", start: "2026-01-05T09:00", users: ["alice@example.com", "bob@example.com"] },
        { name: "Weekend", rotation: "P2D", start: "2026-01-03T00:00", users: ["bob@example.com"] },
      ],
      showGaps: true,
      defaultShiftDuration: "PT8H",
      ilertTeamIds: ["1200"],
      adopt: { prod: "67" },
    },
    escalation: {
      name: "Checkout",
      rules: [
        { notify: { schedule: true }, escalateAfterMin: 15 },
        { notify: { user: "lead@example.com" }, escalateAfterMin: 30 },
      ],
      ilertTeamIds: ["1200", "1201"],
      adopt: { prod: "45" },
    },
    integration: {
      name: "Checkout (Datadog)",
      webhookName: "ilert-checkout",
      priorityRule: "HIGH_DURING_SUPPORT_HOURS",
      supportHoursId: "300",
      active: false,
      payload: { json: handMadePayload },
      ilertTeamIds: [],
      adopt: { prod: { alertSourceId: "101", webhookName: "ilert-checkout" } },
    },
    monitors: [
      {
        key: "errors",
        name: "Checkout errors",
        type: "query alert",
        query: "sum(last_5m):sum:checkout.errors{*}.as_count() > 50",
        message: "Failing. @webhook-ilert-checkout Runbook: https://wiki",
        thresholds: { critical: 50, warning: 20 },
        options: { notifyNoData: true, renotifyInterval: 60, escalationMessage: "still ${x}" },
        adopt: { prod: "7001" },
      },
    ],
    ilertTeamId: "1201",
  };

  test("adopts each object by its id in this environment, and declares it as it is", () => {
    const { stack, problems } = declare(team);
    expect(problems).toEqual([]);
    const tf = JSON.parse(Testing.synth(stack));
    const address = (type: string) => `${type}.${Object.keys(tf.resource[type])[0]}`;
    const only = (type: string): Record<string, any> => Object.values<Record<string, any>>(tf.resource[type])[0];
    expect(tf.import).toEqual([
      { to: address("ilert_schedule"), id: "67" },
      { to: address("ilert_escalation_policy"), id: "45" },
      { to: address("ilert_alert_source"), id: "101" },
      { to: address("datadog_webhook"), id: "ilert-checkout" },
      { to: address("datadog_monitor"), id: "7001" },
    ]);
    const schedule = only("ilert_schedule");
    expect([
      schedule.schedule_layer.map((l: any) => [l.name, l.rotation]),
      schedule.show_gaps,
      schedule.default_shift_duration,
      schedule.team,
    ]).toEqual([
      [
        ["Weekdays", "P7D"],
        ["Weekend", "P2D"],
      ],
      true,
      "PT8H",
      [{ id: 1200 }],
    ]);
    expect(only("ilert_escalation_policy").team).toEqual([{ id: 1200 }, { id: 1201 }]);
    const source = only("ilert_alert_source");
    // ilertTeamIds: [] declares no owners, whatever the team's ilertTeamId.
    expect([source.team, source.active, source.support_hours, source.alert_priority_rule]).toEqual([
      undefined,
      false,
      { id: 300 },
      "HIGH_DURING_SUPPORT_HOURS",
    ]);
    expect(only("datadog_webhook").payload).toBe(handMadePayload);
    const monitor = only("datadog_monitor");
    // The message mentions the webhook already: it is kept as it is.
    // Without a priority in the entry, the monitor has none.
    expect([
      monitor.message,
      monitor.monitor_thresholds,
      monitor.notify_no_data,
      monitor.renotify_interval,
      monitor.escalation_message,
      monitor.priority,
    ]).toEqual([
      "Failing. @webhook-ilert-checkout Runbook: https://wiki",
      { critical: "50", warning: "20" },
      true,
      60,
      "still $${x}",
      undefined,
    ]);
  });

  test("in an environment without an id the objects are created: no import block", () => {
    const config = parseConfig(
      { environments: [{ key: "staging" }, { key: "prod" }], teams: [{ key: "checkout", ...team }] },
      "teams.json",
    );
    const stack = new TerraformStack(Testing.app(), "staging");
    const problems: string[] = [];
    new TeamOnCall(stack, "checkout", { team: config.teams[0], environment: "staging", configPath: "teams[0]", problems });
    expect(problems).toEqual([]);
    expect(JSON.parse(Testing.synth(stack)).import).toBeUndefined();
  });

  test("a layer's error is reported under layers[i], an owner's under ilertTeamIds[i]", () => {
    const layered = {
      ...team.schedule,
      adopt: undefined,
      layers: [team.schedule.layers[0], { ...team.schedule.layers[1], rotation: "P0D" }],
    };
    expect(declare({ schedule: layered, escalation }).problems).toEqual([
      'teams[4].schedule.layers[1].rotation: invalid value "P0D": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; give a duration greater than zero',
    ]);
    expect(declare({ schedule, escalation: { ...escalation, ilertTeamIds: ["9007199254740993"] } }).problems).toEqual([
      'teams[4].escalation.ilertTeamIds[0]: invalid value "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set teamId of the team handle prod/payments/IlertTeam-9007199254740993 to a numeric iLert id, e.g. "1234"; or pass a Team, or Team.fromId / Team.fromName',
    ]);
  });

  test("a payload given as a template is written as compact JSON, with its options", () => {
    const { stack, problems } = declare({
      schedule,
      escalation,
      integration: { payload: { template: { body: "$EVENT_MSG", team: "$TEAM" }, customVariables: ["TEAM"], withoutIlertFields: true } },
    });
    expect(problems).toEqual([]);
    expect(Object.values<any>(JSON.parse(Testing.synth(stack)).resource.datadog_webhook)[0].payload).toBe(
      '{"body":"$EVENT_MSG","team":"$TEAM"}',
    );
  });
});
