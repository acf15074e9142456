import * as fs from "fs";
import * as path from "path";
import { Testing, TerraformStack } from "cdktf";
import {
  EscalationTarget,
  EscalationTargetKind,
  IlertDatadogValidationError,
  ITeam,
  IUser,
  OnCallSchedule,
  Rotation,
  Team,
  User,
} from "../../../constructs";
import { ownHandle } from "../../helpers/handles";
import { thrown } from "../../helpers/synth";

const stack = new TerraformStack(Testing.app(), "test");
const alice = User.fromId(stack, "Alice", "1");
const bob = User.fromId(stack, "Bob", "2");
const existing = OnCallSchedule.fromId(stack, "Existing", "77");
const declared = new OnCallSchedule(stack, "Declared", {
  name: "S",
  timezone: "UTC",
  layers: [{ users: [bob, alice], rotation: Rotation.daily(), start: "2026-01-05T09:00" }],
});
const team = Team.fromId(stack, "Team", "11");

describe("EscalationTarget", () => {
  test.each<[EscalationTargetKind, EscalationTarget, Record<string, unknown>]>([
    [EscalationTargetKind.USER, EscalationTarget.user(alice), { user: "1" }],
    [EscalationTargetKind.USERS, EscalationTarget.users(alice, bob), { users: [{ id: "1" }, { id: "2" }] }],
    [EscalationTargetKind.SCHEDULE, EscalationTarget.schedule(existing), { schedule: "77" }],
    [
      EscalationTargetKind.SCHEDULES,
      EscalationTarget.schedules(existing, OnCallSchedule.fromId(stack, "Other", "78")),
      { schedules: [{ id: "77" }, { id: "78" }] },
    ],
    [EscalationTargetKind.TEAMS, EscalationTarget.teams(team), { teams: [{ id: "11" }] }],
  ])("%s sets exactly one of the provider's target fields", (kind, target, fields) => {
    expect(target.kind).toBe(kind);
    // Each kind's value is the name of the rule field it sets.
    expect(Object.keys(target.bind(stack, "rules[0]"))).toEqual([kind]);
    expect(target.bind(stack, "rules[0]")).toEqual(fields);
  });

  test("one user or one schedule is written in the form docs/provider-fidelity.md names, and one user in a list as a block", () => {
    const page = fs.readFileSync(path.join(__dirname, "../../../docs/provider-fidelity.md"), "utf8").replace(/\s+/g, " ");
    expect(page).toContain(
      '`EscalationTarget.user(u)` writes `user = "<id>"` and `EscalationTarget.schedule(s)` writes `schedule = "<id>"`',
    );
    expect(EscalationTarget.user(alice).bind(stack, "rules[0]")).toEqual({ user: "1" });
    expect(EscalationTarget.schedule(existing).bind(stack, "rules[0]")).toEqual({ schedule: "77" });
    expect(EscalationTarget.users(alice).bind(stack, "rules[0]")).toEqual({ users: [{ id: "1" }] });
    expect(EscalationTarget.schedules(existing).bind(stack, "rules[0]")).toEqual({ schedules: [{ id: "77" }] });
  });

  test("bind takes a team id above Number.MAX_SAFE_INTEGER as it is: escalation rules write ids as strings", () => {
    const big = ownHandle<ITeam>(stack, "BigTeam", { teamId: "9223372036854775807" });
    expect(EscalationTarget.teams(big).bind(stack, "rules[0]")).toEqual({ teams: [{ id: "9223372036854775807" }] });
  });

  test("bind refuses a user-implemented handle with a non-numeric id, naming the handle", () => {
    const own = ownHandle<IUser>(stack, "OwnUser", { userId: "alice" });
    expect(thrown(() => EscalationTarget.users(alice, own).bind(stack, "rules[2]")).message).toBe(
      'test: invalid rules[2].target[1].userId "alice": expected digits (a numeric iLert id); set userId of the user handle test/OwnUser to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
    );
  });

  test.each([
    ["users", EscalationTarget.users(), "user"],
    ["schedules", EscalationTarget.schedules(), "schedule"],
    ["teams", EscalationTarget.teams(), "team"],
  ] as const)("bind refuses %s() without any, naming one of the kind", (factory, target, one) => {
    expect(thrown(() => target.bind(stack, "rules[1]")).message).toBe(
      `test: invalid rules[1].target []: expected at least one ${one}; pass at least one to EscalationTarget.${factory}()`,
    );
  });

  test("responders: users as given, and the responders of declared schedules", () => {
    expect(EscalationTarget.users(alice, bob).responders(stack, "rules[0]")).toEqual([alice, bob]);
    expect(EscalationTarget.schedules(declared).responders(stack, "rules[0]")).toEqual([bob, alice]);
  });

  test("responders fail for existing schedules and teams", () => {
    for (const target of [EscalationTarget.schedule(existing), EscalationTarget.teams(team)]) {
      expect(thrown(() => target.responders(stack, "rules[2]"))).toBeInstanceOf(IlertDatadogValidationError);
    }
    expect(thrown(() => EscalationTarget.schedule(existing).responders(stack, "rules[2]")).message).toMatch(
      /^test: invalid rules\[2\]\.target "test\/Existing": /,
    );
  });

  test("responders fail for a team even when its handle also has a schedule's responders: the rule pages the team", () => {
    // A user's own construct may implement both ITeam and ISchedule; as a team target, its responders are not who is paged.
    const both = ownHandle<ITeam>(stack, "TeamWithRota", { teamId: "12", responders: [alice] });
    expect(thrown(() => EscalationTarget.teams(both).responders(stack, "rules[0]")).message).toBe(
      'test: invalid rules[0].target "test/TeamWithRota": expected users, or schedules declared in this app, to remind; the app cannot know who in a team is on call; remind those people with new OnCallReminder(...) per user',
    );
  });
});
