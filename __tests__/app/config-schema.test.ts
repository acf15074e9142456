import { ReminderMethod } from "../../constructs";
import {
  configSchema,
  enumOf,
  environmentsOf,
  responderRefs,
  TeamConfig,
  userSettingsEnvironment,
  webhookNameOf,
} from "../../app/config-schema";

/** A config as the schema parses it (defaults applied); the checks across the file are app/config.ts's. */
const parse = (raw: object) => configSchema.parse(raw);

const escalation = { existingId: "12" };

describe("config schema", () => {
  test('defaults: one stack per environment, local backend, account "default", no monitors', () => {
    const config = parse({ environments: [{ key: "prod" }], teams: [{ key: "payments", escalation }] });
    expect([
      config.stackPer,
      config.backend,
      config.environments[0].ilertAccount,
      config.teams[0].monitors,
      config.teams[0].integration,
    ]).toEqual(["environment", { type: "local" }, "default", [], {}]);
  });

  test("enumOf: the enum-like class's constant by provider value; undefined stays undefined", () => {
    expect(enumOf<ReminderMethod>(ReminderMethod, "EMAIL")).toBe(ReminderMethod.EMAIL);
    expect(enumOf<ReminderMethod>(ReminderMethod, undefined)).toBeUndefined();
  });
});

describe("what the app makes of keys a config leaves out", () => {
  const team = (raw: object): TeamConfig =>
    parse({ environments: [{ key: "prod" }], teams: [{ key: "payments", escalation, ...raw }] }).teams[0];

  test("webhookNameOf: the team's webhookName, else ilert-<team>-<environment>", () => {
    expect(webhookNameOf(team({}), "prod")).toBe("ilert-payments-prod");
    expect(webhookNameOf(team({ integration: { webhookName: "pay" } }), "prod")).toBe("pay");
  });

  test("environmentsOf: the team's environments, else every environment in file order", () => {
    const config = parse({
      environments: [{ key: "qa" }, { key: "prod" }],
      teams: [
        { key: "a", escalation },
        { key: "b", escalation, environments: ["prod"] },
      ],
    });
    expect(config.teams.map((t) => environmentsOf(config, t))).toEqual([["qa", "prod"], ["prod"]]);
  });

  test("userSettingsEnvironment: the account's environment marked userSettings, else its last", () => {
    const config = parse({
      environments: [
        { key: "qa" },
        { key: "prod" },
        { key: "eu", ilertAccount: "eu", userSettings: true },
        { key: "eu-qa", ilertAccount: "eu" },
      ],
      teams: [{ key: "a", escalation }],
    });
    expect(config.environments.map((e) => userSettingsEnvironment(config, e).key)).toEqual(["prod", "prod", "eu", "eu"]);
  });

  test("responderRefs: the declared schedule's users (every layer's), else the users the rules notify", () => {
    const users = ["a@example.com", { id: "7" }];
    expect(responderRefs(team({ schedule: { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users } }))).toEqual(users);
    const layer = { rotation: "weekly", start: "2026-01-05T09:00" };
    expect(
      responderRefs(
        team({
          schedule: {
            timezone: "UTC",
            layers: [
              { ...layer, users: ["a@example.com"] },
              { ...layer, users: ["b@example.com"] },
            ],
          },
        }),
      ),
    ).toEqual(["a@example.com", "b@example.com"]);
    const rules = [
      { notify: { user: "c@example.com" }, escalateAfterMin: 0 },
      { notify: { team: true }, escalateAfterMin: 5 },
      { notify: { users: ["d@example.com", "e@example.com"] }, escalateAfterMin: 10 },
    ];
    expect(responderRefs(team({ schedule: { existingId: "3" }, escalation: { rules } }))).toEqual([
      "c@example.com",
      "d@example.com",
      "e@example.com",
    ]);
    expect(responderRefs(team({ schedule: { existingId: "3" } }))).toEqual([]);
  });
});
