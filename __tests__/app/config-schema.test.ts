import { ReminderMethod } from "../../constructs";
import { ConfigError, parseConfig } from "../../app/config";
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

describe("the bounds of the schema's own rules, as the config reports them (app/config.ts)", () => {
  /** The problems of a config with one team "payments" in "prod" with `extra` keys; [] when it is accepted. */
  const problems = (extra: object): readonly string[] => {
    try {
      parseConfig({ environments: [{ key: "prod" }], teams: [{ key: "payments", escalation, ...extra }] }, "teams.json");
      return [];
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return e.problems;
    }
  };
  const email = (bytes: number) => `${"a".repeat(bytes - "@example.com".length)}@example.com`;
  const users = (list: unknown[]) => ({ schedule: { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: list } });
  const adopted = (id: string) => ({
    monitors: [{ key: "m", name: "M", type: "query alert", query: "q", message: "m", adopt: { prod: id } }],
  });
  const monitorIdProblem = (value: string) =>
    `teams[0].monitors[0].adopt.prod: invalid value "${value}": expected a Datadog monitor id, digits as a string, e.g. "1234567"; use the number in the monitor's address in Datadog, in quotes`;

  test.each<[string, object, readonly string[]]>([
    [
      "a key with a space after a valid start",
      { key: "pay ments" },
      [
        'teams[0].key: invalid value "pay ments": expected lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses); rename it, e.g. "pay-ments"',
      ],
    ],
    ["a login email of 255 bytes", users([email(255)]), []],
    [
      "a login email of 256 bytes",
      users([email(256)]),
      [
        'teams[0].schedule.users[0]: invalid value "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." (256 characters): expected an email address of at most 255 bytes (UTF-8); it has 256 bytes: shorten it to the person\'s login email, or give { "id": "4711" }',
      ],
    ],
    [
      "a login email of 142 characters, 272 bytes: the message gives both",
      users([`${"ü".repeat(130)}@example.com`]),
      [
        `teams[0].schedule.users[0]: invalid value "${"ü".repeat(60)}..." (142 characters): expected an email address of at most 255 bytes (UTF-8); it has 272 bytes: shorten it to the person's login email, or give { "id": "4711" }`,
      ],
    ],
    [
      "no email and 256 bytes",
      users(["a".repeat(256)]),
      [
        `teams[0].schedule.users[0]: invalid value "${"a".repeat(60)}..." (256 characters): expected an email address of at most 255 bytes (UTF-8); it has 256 bytes: shorten it to the person's login email, or give { "id": "4711" }`,
      ],
    ],
    [
      "support hours of two entries",
      {
        integration: {
          priorityRule: "HIGH_DURING_SUPPORT_HOURS",
          supportHours: {
            timezone: "UTC",
            supportDays: [
              { days: ["MONDAY"], start: "08:00", end: "12:00" },
              { days: ["MONDAY"], start: "13:00", end: "18:00" },
            ],
          },
        },
      },
      [],
    ],
    ["a payload given as JSON text without iLert's fields", { integration: { payload: { json: "{}", withoutIlertFields: true } } }, []],
    ["an adopted monitor by id", adopted("1234567"), []],
    ["an adopted monitor id with a leading zero", adopted("0123"), [monitorIdProblem("0123")]],
    ["an adopted monitor id with a letter after the digits", adopted("123x"), [monitorIdProblem("123x")]],
    [
      "a maintenance window of two recurrences",
      {
        ...adopted("1"),
        maintenanceWindows: [
          {
            key: "w",
            timezone: "UTC",
            recurrences: [
              { rrule: "FREQ=DAILY", start: "2026-01-01T01:00", duration: "1h" },
              { rrule: "FREQ=WEEKLY", start: "2026-01-01T01:00", duration: "2h" },
            ],
          },
        ],
      },
      [],
    ],
  ])("%s", (_, extra, expected) => {
    expect(problems(extra)).toEqual(expected);
  });
});
