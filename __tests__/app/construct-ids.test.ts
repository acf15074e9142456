import { App } from "cdktf";
import { buildFromConfig } from "../../app/build";
import { ConfigError, parseConfig } from "../../app/config";

// Keys that would become a construct id cdktf or the app already uses: refused by config path, instead
// of cdktf's "There is already a Construct" trace (stack names two entries would share: stack-plan.test.ts).

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
