import { parseConfig } from "../../app/config";
import { planStacks, stackNameProblems } from "../../app/stack-plan";

const escalation = { existingId: "12" };
const reminders = { beforeMin: 30, method: "EMAIL" };
const notifyUser = { rules: [{ notify: { user: "a@example.com" }, escalateAfterMin: 5 }] };

/** The stack-name problems of a raw config. */
function problems(raw: unknown): string[] {
  const config = parseConfig(raw, "teams.json");
  return stackNameProblems(config, planStacks(config));
}

describe("planStacks", () => {
  test("one stack per environment with the teams deployed there, the account's reminders in its last environment", () => {
    const config = parseConfig(
      {
        environments: [{ key: "qa" }, { key: "prod" }],
        teams: [
          { key: "a", escalation: notifyUser, reminders },
          { key: "b", escalation, environments: ["prod"] },
        ],
      },
      "teams.json",
    );
    expect(
      planStacks(config).map((p) => [
        p.id,
        p.environment.key,
        p.teams.map((t) => [t.team.key, t.index]),
        p.reminders.map((r) => r.configPath),
      ]),
    ).toEqual([
      ["qa", "qa", [["a", 0]], []],
      [
        "prod",
        "prod",
        [
          ["a", 0],
          ["b", 1],
        ],
        ["teams[0].reminders"],
      ],
    ]);
  });

  test("with a stack per team: one per team and environment, and one for the account's user settings", () => {
    const config = parseConfig(
      { stackPer: "team", environments: [{ key: "qa" }, { key: "prod" }], teams: [{ key: "a", escalation: notifyUser, reminders }] },
      "teams.json",
    );
    expect(planStacks(config).map((p) => [p.id, p.teams.length, p.reminders.length])).toEqual([
      ["qa-a", 1, 0],
      ["prod-a", 1, 0],
      ["prod-user-settings", 0, 1],
    ]);
  });
  test("each iLert account's user settings hold the reminders of the teams deployed to one of its environments", () => {
    const config = parseConfig(
      {
        environments: [{ key: "qa", ilertAccount: "test" }, { key: "prod" }],
        teams: [
          { key: "a", escalation: notifyUser, reminders, environments: ["qa"] },
          { key: "b", escalation: notifyUser, reminders, environments: ["prod"] },
          { key: "c", escalation: notifyUser, reminders, environments: ["qa", "prod"] },
          { key: "d", escalation: notifyUser, reminders },
        ],
      },
      "teams.json",
    );
    expect(planStacks(config).map((p) => [p.id, p.reminders.map((r) => r.configPath)])).toEqual([
      ["qa", ["teams[0].reminders", "teams[2].reminders", "teams[3].reminders"]],
      ["prod", ["teams[1].reminders", "teams[2].reminders", "teams[3].reminders"]],
    ]);
  });
});

describe("stackNameProblems", () => {
  test("keys that make one stack name twice, with a stack per team", () => {
    expect(
      problems({
        stackPer: "team",
        environments: [{ key: "a-b" }, { key: "a" }],
        teams: [
          { key: "c", escalation },
          { key: "b-c", escalation },
        ],
      }),
    ).toEqual([
      'teams[1].key: invalid value "b-c": expected keys that make distinct stack names: environment "a-b" with team "c" (teams[0]) and environment "a" with team "b-c" (teams[1]) both make the stack "a-b-c"; rename one of them',
    ]);
    // An account's user settings get a stack of their own: "prod-user-settings".
    expect(
      problems({
        stackPer: "team",
        environments: [{ key: "prod-user" }, { key: "prod", ilertAccount: "other" }],
        teams: [{ key: "settings", escalation: notifyUser, reminders }],
      }),
    ).toEqual([
      'environments[1].key: invalid value "prod": expected keys that make distinct stack names: environment "prod-user" with team "settings" (teams[0]) and the user settings of environment "prod" both make the stack "prod-user-settings"; rename one of them',
    ]);
  });

  test("the same keys with a stack per environment make distinct stacks", () => {
    const config = parseConfig(
      {
        environments: [{ key: "a-b" }, { key: "a" }],
        teams: [
          { key: "c", escalation },
          { key: "b-c", escalation },
        ],
      },
      "teams.json",
    );
    const plans = planStacks(config);
    expect([plans.map((p) => p.id), stackNameProblems(config, plans)]).toEqual([["a-b", "a"], []]);
  });
});
