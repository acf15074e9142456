import { App } from "cdktf";
import { buildFromConfig } from "../../app/build";
import { ConfigError, parseConfig } from "../../app/config";

// Keys that would become a construct id cdktf or the app already uses, and stack names two entries
// would share: refused by config path, instead of cdktf's "There is already a Construct" trace.

const escalation = { existingId: "12" };

function problems(raw: unknown): readonly string[] {
  try {
    buildFromConfig(new App(), parseConfig(raw, "teams.json"), "teams.json");
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems;
  }
  throw new Error("expected a ConfigError");
}

test.each(["constructor", "backend", "user-settings"])("team key %j is refused, in a stack per environment and per team", (key) => {
  const reason = {
    constructor: "a name every JavaScript object has, so cdktf finds a construct by that name already",
    backend: "the stack's backend",
    "user-settings": "the user settings (on-call reminders) of the iLert account",
  }[key];
  for (const stackPer of ["environment", "team"]) {
    expect(
      problems({
        stackPer,
        environments: [{ key: "prod" }],
        teams: [
          { key: "ok", escalation },
          { key, escalation },
        ],
      }),
    ).toEqual([
      `teams[1].key: invalid value "${key}": expected a key other than "backend", "user-settings", "constructor" ("${key}": ${reason}); rename the team, e.g. "${key}-team"`,
    ]);
  }
});

test('environment key "constructor" is refused', () => {
  expect(problems({ environments: [{ key: "prod" }, { key: "constructor" }], teams: [{ key: "payments", escalation }] })).toEqual([
    'environments[1].key: invalid value "constructor": expected a key other than "constructor" (a name every JavaScript object has, so cdktf finds a construct by that name already); rename the environment, e.g. "constructor-env"',
  ]);
});

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
  const reminders = { beforeMin: 30, method: "EMAIL" };
  const notifyUser = { rules: [{ notify: { user: "a@example.com" }, escalateAfterMin: 5 }] };
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

test("the same keys with a stack per environment make distinct stacks, and build", () => {
  const app = new App();
  const raw = {
    environments: [{ key: "a-b" }, { key: "a" }],
    teams: [
      { key: "c", escalation },
      { key: "b-c", escalation },
    ],
  };
  expect(buildFromConfig(app, parseConfig(raw, "teams.json"), "teams.json").map((s) => s.node.id)).toEqual(["a-b", "a"]);
});
