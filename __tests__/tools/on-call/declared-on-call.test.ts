import { Testing, TerraformStack } from "cdktf";
import {
  DayOfWeek,
  EscalationPolicy,
  EscalationTarget,
  OnCallReminder,
  OnCallSchedule,
  ReminderMethod,
  Rotation,
  Team,
  User,
} from "../../../constructs";
import { DeclaredOnCall, readDeclaredOnCall } from "../../../tools";
import { SynthesizedBlocks } from "../../../tools/synthesized-stacks";

/** Declares every kind of user, schedule and escalation target, and reads it back. */
function declared(): DeclaredOnCall {
  const app = Testing.app();
  const stack = new TerraformStack(app, "oncall");
  const alice = User.fromEmail(stack, "Alice", "alice@example.com");
  const lead = new User(stack, "Lead", { email: "lead@example.com", firstName: "Lea", lastName: "Lead | Ops" });
  const byId = User.fromId(stack, "ById", "4711");
  const withEmail = User.fromId(stack, "WithEmail", "4712", { email: "known@example.com" });
  new OnCallReminder(stack, "Reminder", { user: withEmail, beforeMin: 60, method: ReminderMethod.EMAIL });
  const recurring = new OnCallSchedule(stack, "Recurring", {
    name: "Primary ${team}",
    timezone: "Europe/Berlin",
    layers: [
      { users: [alice, lead], rotation: Rotation.weekly(), start: "2026-01-05T09:00" },
      {
        name: "Office",
        users: [byId, withEmail],
        rotation: Rotation.every("P1D"),
        start: "2026-01-05T00:00",
        restrictions: [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.FRIDAY, time: "17:00" } }],
      },
    ],
  });
  // The library refuses a layer end (the provider never sends it); a stack may still carry one, written by hand.
  recurring.resource.addOverride("schedule_layer.0.ends_on", "2026-12-31T09:00");
  const fixed = new OnCallSchedule(stack, "Static", {
    name: "Holidays",
    timezone: "America/New_York",
    shifts: [{ user: byId, start: "2026-12-24T00:00", end: "2026-12-26T00:00" }],
  });
  new EscalationPolicy(stack, "Policy", {
    name: "Primary",
    rules: [
      { target: EscalationTarget.schedule(recurring), escalationTimeoutMin: 5 },
      { target: EscalationTarget.users(lead, byId), escalationTimeoutMin: 5 },
      {
        target: EscalationTarget.schedules(
          fixed,
          OnCallSchedule.fromId(stack, "Elsewhere", "99"),
          OnCallSchedule.fromName(stack, "Other", "Other team"),
        ),
        escalationTimeoutMin: 5,
      },
      { target: EscalationTarget.teams(Team.fromName(stack, "Team", "Payments")), escalationTimeoutMin: 5 },
    ],
  });
  return readDeclaredOnCall([{ name: "oncall", workingDirectory: "", config: JSON.parse(Testing.synth(stack)) }]);
}

test("schedules are read with their layers, restrictions and shifts, users labelled as the app knows them", () => {
  const { schedules } = declared();
  expect(schedules).toEqual([
    {
      stack: "oncall",
      address: expect.stringMatching(/^ilert_schedule\.Recurring_/),
      name: "Primary ${team}",
      timezone: "Europe/Berlin",
      layers: [
        {
          name: "Layer 1",
          users: ["alice@example.com", "Lea Lead | Ops"],
          rotation: "P7D",
          start: "2026-01-05T09:00",
          end: "2026-12-31T09:00",
        },
        {
          name: "Office",
          users: ["iLert user 4711", "known@example.com"],
          rotation: "P1D",
          start: "2026-01-05T00:00",
          restrictions: [{ from: { day: "MONDAY", time: "09:00" }, to: { day: "FRIDAY", time: "17:00" } }],
        },
      ],
    },
    {
      stack: "oncall",
      address: expect.stringMatching(/^ilert_schedule\.Static_/),
      name: "Holidays",
      timezone: "America/New_York",
      shifts: [{ user: "iLert user 4711", start: "2026-12-24T00:00", end: "2026-12-26T00:00" }],
    },
  ]);
});

test("escalation rules name users, declared schedules, schedules the app does not declare, and teams", () => {
  const { schedules, policies } = declared();
  expect(policies).toEqual([
    {
      stack: "oncall",
      address: expect.stringMatching(/^ilert_escalation_policy\.Policy_/),
      name: "Primary",
      rules: [
        [{ label: "on call in Primary ${team}", schedule: schedules[0] }],
        [{ label: "Lea Lead | Ops" }, { label: "iLert user 4711" }],
        [
          { label: "on call in Holidays", schedule: schedules[1] },
          { label: "on call in schedule 99 (not declared in this app)" },
          { label: 'on call in schedule "Other team" (not declared in this app)' },
        ],
        [{ label: "team Payments (its members' on-call is not declared here)" }],
      ],
    },
  ]);
});

/** Reads one escalation policy whose single rule names `users` and `schedules` by id, from a stack written by hand. */
function ruleLabels(
  ids: { users?: string[]; schedules?: string[] },
  extra: { resource?: SynthesizedBlocks; data?: SynthesizedBlocks } = {},
): string[] {
  const config = {
    resource: {
      ilert_schedule: { Declared: { name: "Declared", timezone: "UTC", type: "STATIC", shift: [] } },
      ilert_escalation_policy: {
        Policy: {
          name: "Policy",
          escalation_rule: [
            {
              escalation_timeout: 5,
              users: (ids.users ?? []).map((id) => ({ id })),
              schedules: (ids.schedules ?? []).map((id) => ({ id })),
            },
          ],
        },
      },
      ...extra.resource,
    },
    ...(extra.data === undefined ? {} : { data: extra.data }),
  };
  const { policies } = readDeclaredOnCall([{ name: "hand", workingDirectory: "", config }]);
  return policies[0].rules[0].map((target) => target.label);
}

test("a reference is recognized only when it is the whole id, not text around it", () => {
  const declared = "${ilert_schedule.Declared.id}";
  expect(ruleLabels({ schedules: [declared, `x${declared}`, `${declared}x`] })).toEqual([
    "on call in Declared",
    "on call in schedule x${ilert_schedule.Declared.id} (not declared in this app)",
    "on call in schedule ${ilert_schedule.Declared.id}x (not declared in this app)",
  ]);
  const user = "${ilert_user.Lead.id}";
  const lead = { ilert_user: { Lead: { first_name: "Lea", last_name: "Lead", email: "lead@example.com" } } };
  expect(ruleLabels({ users: [user, `x${user}`, `${user}x`] }, { resource: lead })).toEqual([
    "Lea Lead",
    "user x${ilert_user.Lead.id}",
    "user ${ilert_user.Lead.id}x",
  ]);
});

test("an id of digits alone is an iLert user id; any other text is shown as it is", () => {
  expect(ruleLabels({ users: ["4711", "47a", "a47", "12 34"] })).toEqual(["iLert user 4711", "user 47a", "user a47", "user 12 34"]);
});

test("references to resources or data sources the stack lacks are shown as they are, not thrown on", () => {
  const missingUser = "${ilert_user.Ghost.id}";
  const missingLookup = "${data.ilert_user.Ghost.id}";
  const missingSchedule = "${data.ilert_schedule.Ghost.id}";
  // No ilert_user resource and no data block at all.
  expect(ruleLabels({ users: [missingUser, missingLookup], schedules: [missingSchedule] })).toEqual([
    `user ${missingUser}`,
    `user ${missingLookup}`,
    `on call in schedule ${missingSchedule} (not declared in this app)`,
  ]);
  // Data blocks of other types, and of the type but another name.
  const data = { ilert_team: { T: { name: "Payments" } }, ilert_user: { Other: { email: "other@example.com" } } };
  expect(ruleLabels({ users: [missingLookup], schedules: [missingSchedule] }, { data })).toEqual([
    `user ${missingLookup}`,
    `on call in schedule ${missingSchedule} (not declared in this app)`,
  ]);
});

test("a login email contact lookup without a target does not label its user", () => {
  const data = {
    ilert_user_email_contact: {
      NoTarget: { user: [{ id: "4711" }] },
      WithTarget: { user: { id: "4712" }, target: "known@example.com" },
    },
  };
  expect(ruleLabels({ users: ["4711", "4712"] }, { data })).toEqual(["iLert user 4711", "known@example.com"]);
});
