import { Testing, TerraformStack } from "cdktf";
import {
  AlertPriorityRule,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  OnCallReminder,
  OnCallSchedule,
  ReminderContact,
  ReminderMethod,
  SupportHours,
  Team,
  User,
} from "../../../constructs";
import { DataIlertTeam } from "../../../.gen/providers/ilert/data-ilert-team";
import { describeSeed, emptySeed, lookedUp } from "../../../cli/sandbox/looked-up";
import type { SynthesizedStack } from "../../../tools";

function stacksOf(...stacks: TerraformStack[]): SynthesizedStack[] {
  return stacks.map((stack) => ({
    name: stack.node.id,
    workingDirectory: `stacks/${stack.node.id}`,
    config: JSON.parse(Testing.synth(stack)),
  }));
}

/** A stack that looks up one object of every kind by email or name, and names one of every kind by id. */
function lookingUp(): SynthesizedStack[] {
  const app = Testing.app();
  const stack = new TerraformStack(app, "payments");
  const lead = User.fromEmail(stack, "Lead", "Lead@Example.com");
  const carol = User.fromId(stack, "Carol", "4711", { email: "carol@example.com" });
  const dave = User.fromId(stack, "Dave", "4712");
  const policy = new EscalationPolicy(stack, "Policy", {
    name: "Payments",
    rules: [
      { target: EscalationTarget.schedule(OnCallSchedule.fromName(stack, "Rotation", "Payments on call")), escalationTimeoutMin: 5 },
      { target: EscalationTarget.schedule(OnCallSchedule.fromId(stack, "Other", "77")), escalationTimeoutMin: 5 },
      { target: EscalationTarget.users(lead, carol, dave), escalationTimeoutMin: 5 },
    ],
    teams: [Team.fromName(stack, "Team", "Payments"), Team.fromId(stack, "Search", "4711")],
  });
  new IlertDatadogIntegration(stack, "Datadog", {
    name: "Payments (Datadog)",
    escalationPolicy: EscalationPolicy.fromName(stack, "Existing", "Search on-call"),
    supportHours: SupportHours.fromId(stack, "Hours", "31"),
    priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
  });
  new IlertDatadogIntegration(stack, "Second", { name: "Second", escalationPolicy: EscalationPolicy.fromId(stack, "ById", "900") });
  new IlertDatadogIntegration(stack, "Third", { name: "Third", escalationPolicy: policy });
  new OnCallReminder(stack, "CarolByEmail", { user: carol, beforeMin: 60, method: ReminderMethod.EMAIL });
  new OnCallReminder(stack, "DaveByContact", {
    user: dave,
    beforeMin: 60,
    method: ReminderMethod.SMS,
    contact: ReminderContact.existing("5555"),
  });
  return stacksOf(stack);
}

describe("lookedUp: the sandbox's seed from what a synthesized app looks up", () => {
  test("every user, team, schedule, policy and support hours looked up by email, name or id; the rest in notes", () => {
    const { seed, notes } = lookedUp(lookingUp());
    expect(seed).toEqual({
      users: [
        // By id: the login email the app looks up for carol's email reminder; a made-up one for dave.
        { id: 4711, email: "carol@example.com" },
        { id: 4712, email: "user-4712@sandbox.example.com" },
        { id: 4713, email: "Lead@Example.com" },
      ],
      // Looked-up objects get ids above every id of their kind the app names.
      teams: [
        { id: 4711, name: "Team 4711" },
        { id: 4712, name: "Payments" },
      ],
      escalationPolicies: [
        { id: 900, name: "Escalation policy 900" },
        { id: 1001, name: "Search on-call" },
      ],
      schedules: [
        { id: 77, name: "Schedule 77" },
        { id: 1001, name: "Payments on call" },
      ],
      supportHours: [{ id: 31, name: "Support hours 31" }],
    });
    expect(notes).toEqual([
      expect.stringMatching(
        /^stack payments: ilert_user_duty_preference\.\S+ names contact 5555 by id \(ReminderContact\.existing\): the sandbox seeds no contacts, so its deploy fails there$/,
      ),
    ]);
  });

  test("a --seed file's objects are kept as they are, and matched by id, email without case, or name", () => {
    const base = {
      ...emptySeed(),
      users: [{ id: 7, email: "lead@example.com", firstName: "Pat" }],
      teams: [{ id: 8, name: "Payments" }],
      schedules: [{ id: 77, name: "Their rotation" }],
    };
    const { seed } = lookedUp(lookingUp(), base);
    expect(seed.users).toEqual([
      { id: 7, email: "lead@example.com", firstName: "Pat" },
      { id: 4711, email: "carol@example.com" },
      { id: 4712, email: "user-4712@sandbox.example.com" },
    ]);
    expect(seed.teams).toEqual([
      { id: 8, name: "Payments" },
      { id: 4711, name: "Team 4711" },
    ]);
    expect(seed.schedules).toEqual([
      { id: 77, name: "Their rotation" },
      { id: 1001, name: "Payments on call" },
    ]);
  });

  test("a policy or schedule without any user gets a user to page; an app that looks nothing up seeds nothing", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "search");
    new IlertDatadogIntegration(stack, "Datadog", { name: "Search", escalationPolicy: EscalationPolicy.fromName(stack, "P", "Search") });
    expect(lookedUp(stacksOf(stack)).seed).toEqual({
      ...emptySeed(),
      users: [{ id: 1001, email: "on-call@sandbox.example.com", firstName: "On", lastName: "Call" }],
      escalationPolicies: [{ id: 1001, name: "Search" }],
    });
    expect(lookedUp([])).toEqual({ seed: emptySeed(), notes: [] });
  });

  test("a lookup by a Terraform expression cannot be seeded: a note says so; an escaped ${ is a literal", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    new DataIlertTeam(stack, "ByVariable", { name: "${var.team}" });
    new DataIlertTeam(stack, "Literal", { name: "$${not-a-variable}" });
    const { seed, notes } = lookedUp(stacksOf(stack));
    expect(seed.teams).toEqual([{ id: 1001, name: "${not-a-variable}" }]);
    expect(notes).toEqual(["stack s: data.ilert_team.ByVariable looks up a name given by a Terraform expression: not seeded"]);
  });

  test("describeSeed says what the fakes hold", () => {
    expect(describeSeed(lookedUp(lookingUp()).seed)).toBe(
      "3 users (carol@example.com, user-4712@sandbox.example.com, Lead@Example.com), 2 teams (Team 4711, Payments), 2 schedules (Schedule 77, Payments on call), 2 escalation policies (Escalation policy 900, Search on-call), 1 support hours (Support hours 31)",
    );
    expect(describeSeed(emptySeed())).toBe("0 users, 0 teams, 0 schedules, 0 escalation policies, 0 support hours");
  });
});
