import { z } from "zod";
import { configProblems } from "../../app/config-problems";
import { ConfigError, parseConfig } from "../../app/config";

const minimal = { environments: [{ key: "prod" }], teams: [{ key: "payments", escalation: { existingId: "12" } }] };
const withTeam = (extra: object) => ({ ...minimal, teams: [{ ...minimal.teams[0], ...extra }] });
const schedule = { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: ["a@example.com"] };

function problems(raw: unknown): readonly string[] {
  try {
    parseConfig(raw, "teams.json");
  } catch (e) {
    // Anything but a ConfigError (a RangeError under memory pressure, say) fails with what it was.
    if (!(e instanceof ConfigError)) throw e;
    return e.problems;
  }
  throw new Error("expected a ConfigError");
}

describe("configProblems: every problem names the path, the value received, what is accepted and the fix", () => {
  test.each<[string, unknown, string[]]>([
    [
      "a number in quotes",
      withTeam({ schedule, reminders: { beforeMin: "60", method: "EMAIL" } }),
      ['teams[0].reminders.beforeMin: invalid value "60": expected minutes before the shift, a number, e.g. 60; remove the quotes: 60'],
    ],
    [
      "a boolean in quotes",
      { ...minimal, environments: [{ key: "prod", userSettings: "true" }] },
      ['environments[0].userSettings: invalid value "true": expected true or false; remove the quotes: true'],
    ],
    [
      "an id written as a number",
      { ...minimal, teams: [{ key: "payments", escalation: { existingId: 12 } }] },
      ['teams[0].escalation.existingId: invalid value 12: expected a numeric iLert id, as a string, e.g. "1234"; put it in quotes: "12"'],
    ],
    [
      "an enum value in the wrong case: the right spelling",
      withTeam({ schedule, reminders: { beforeMin: 60, method: "email" } }),
      ['teams[0].reminders.method: invalid value "email": expected one of "EMAIL", "SMS", "PUSH", "WHATSAPP", "TELEGRAM"; use "EMAIL"'],
    ],
    [
      "a discriminator with an unknown value",
      { ...minimal, backend: { type: "gcs" } },
      ['backend.type: invalid value "gcs": expected one of "local", "s3", "cloud"; use one of them'],
    ],
    [
      "empty lists",
      { environments: [], teams: [] },
      [
        'environments: invalid value []: expected a list of at least one environment, e.g. [{ "key": "prod" }]; add one, e.g. [{ "key": "prod" }]',
        'teams: invalid value []: expected a list of at least one team, e.g. [{ "key": "payments", "escalation": { "existingName": "Payments" } }]; add one, e.g. [{ "key": "payments", "escalation": { "existingName": "Payments" } }]',
      ],
    ],
    [
      "a person that is not an email, and an email that is not one (the value is shown)",
      withTeam({ schedule: { ...schedule, users: ["alice", { id: "1", email: "carol" }] } }),
      [
        'teams[0].schedule.users[0]: invalid value "alice": expected a person: their login email (looked up in iLert), or { "id": "4711" } with an optional "email"; give the login email, e.g. "alice@example.com", or { "id": "4711" }',
        'teams[0].schedule.users[1].email: invalid value "carol": expected the user\'s login email address, e.g. "carol@example.com"; use e.g. "carol@example.com"',
      ],
    ],
    [
      "a union given a value of another kind: what its forms are",
      withTeam({ schedule: "weekly" }),
      [
        'teams[0].schedule: invalid value "weekly": expected a schedule { "timezone", "rotation", "start", "users" }, { "existingId": "1234" } or { "existingName": "..." }; use e.g. { "timezone": "Europe/Berlin", "rotation": "weekly", "start": "2026-01-05T09:00", "users": ["alice@example.com"] }',
      ],
    ],
    [
      "numbers and strings out of range",
      withTeam({
        integration: { priorityMapping: {} },
        monitors: [{ key: "m", name: "", type: "query alert", query: "q", message: "m", priority: 7 }],
      }),
      [
        'teams[0].monitors[0].name: invalid value "": expected the monitor\'s name, a non-empty string; use e.g. "Checkout error rate"',
        "teams[0].monitors[0].priority: invalid value 7: expected a Datadog priority, a whole number from 1 to 5; use e.g. 1",
      ],
    ],
    [
      "a literal",
      { ...minimal, teams: [{ key: "payments", escalation: { rules: [{ notify: { schedule: false }, escalateAfterMin: 5 }] } }] },
      ["teams[0].escalation.rules[0].notify.schedule: invalid value false: expected true; use true"],
    ],
    [
      "a key missing: what to add",
      { ...minimal, teams: [{ key: "payments" }] },
      [
        'teams[0].escalation: missing: expected { "rules": [...] }, { "existingId": "1234" } or { "existingName": "..." }; add "escalation": { "rules": [{ "notify": { "schedule": true }, "escalateAfterMin": 15 }] }',
      ],
    ],
    [
      "an unknown key with no near spelling",
      { ...minimal, owner: "me" },
      [
        'owner: unknown key "owner": expected one of the keys stackPer, backend, environments, teams; remove it, or move it where it belongs',
      ],
    ],
    [
      "a file that is not an object",
      "hello",
      ['(root): invalid value "hello": expected a JSON object with "environments" and "teams"; start from examples/config.example.json'],
    ],
  ])("%s", (_label, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });

  test("without a hint: zod's issue in words, a long value shortened", () => {
    const schema = z.object({ n: z.number().int().max(3), tags: z.array(z.string()).min(2), s: z.string().max(2) });
    const raw = { n: 2.5, tags: ["x".repeat(100)], s: "abc" };
    expect(configProblems(schema.safeParse(raw).error!.issues, raw)).toEqual([
      "n: invalid value 2.5: expected a whole number; use a whole number, e.g. 3",
      `tags: invalid value ["${"x".repeat(75)}...: expected a list of at least 2 items; replace it with what is expected`,
      's: invalid value "abc": expected a string of at most 2 characters; replace it with what is expected',
    ]);
  });
});

describe("hostile values: what a problem compares and what it shows are bounded", () => {
  const KEYS = "expected one of the keys stackPer, backend, environments, teams";

  test("a 50 MB enum value is refused at once, shown cut short; no near spelling is sought among values that cannot be one", () => {
    const started = process.hrtime.bigint();
    const found = problems({ ...minimal, stackPer: "e".repeat(50_000_000) });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
    expect(found).toEqual([
      `stackPer: invalid value "${"e".repeat(60)}..." (50000000 characters): expected one of "environment", "team"; use one of them`,
    ]);
  });

  test("a 5 MB unknown key is named cut short, in the path and in the message", () => {
    const started = process.hrtime.bigint();
    const found = problems({ ...minimal, ["k".repeat(5_000_000)]: 1 });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
    expect(found).toEqual([
      `${"k".repeat(60)}... (5000000 characters): unknown key "${"k".repeat(60)}..." (5000000 characters): ${KEYS}; remove it, or move it where it belongs`,
    ]);
  });

  test("a misspelt required key is one problem: the key missing, the one found, the near spelling", () => {
    expect(problems({ ...minimal, environments: [{ kye: "prod" }] })).toEqual([
      'environments[0].key: missing: expected lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses); found "kye", which is not a key here; did you mean key? rename it to "key"',
    ]);
    // Two misspellings of one key: the first is reported with it, the other as unknown.
    expect(problems({ ...minimal, environments: [{ kye: "prod", ky: "prod" }] })[1]).toBe(
      'environments[0].ky: unknown key "ky": expected one of the keys key, datadogApiUrl, ilertEndpoint, ilertAccount, userSettings; rename it to "key"',
    );
  });

  test("a misspelt key or value within two letters of the accepted length still gets its near spelling", () => {
    expect(problems({ ...minimal, stackPr: "team" })).toEqual([`stackPr: unknown key "stackPr": ${KEYS}; rename it to "stackPer"`]);
    expect(problems({ ...minimal, stackPer: "teams" })).toEqual([
      'stackPer: invalid value "teams": expected one of "environment", "team"; use "team"',
    ]);
  });

  test("a 5 MB number in quotes: the fix shows it cut short", () => {
    expect(problems(withTeam({ schedule, reminders: { beforeMin: "6".repeat(5_000_000), method: "EMAIL" } }))).toEqual([
      `teams[0].reminders.beforeMin: invalid value "${"6".repeat(60)}..." (5000000 characters): expected minutes before the shift, a number, e.g. 60; remove the quotes: ${"6".repeat(60)}... (5000000 characters)`,
    ]);
  });

  test.each([
    ["60", "remove the quotes: 60"],
    [" -1 ", "remove the quotes: -1"],
    ["2.5", "remove the quotes: 2.5"],
    ["1.", "use e.g. 60"],
    [".5", "use e.g. 60"],
    ["1.2.3", "use e.g. 60"],
    ["-", "use e.g. 60"],
    ["--1", "use e.g. 60"],
    ["1e3", "use e.g. 60"],
    ["\uff16\uff10", "use e.g. 60"],
  ])("only a decimal number in quotes gets 'remove the quotes': %j", (value, fix) => {
    const [problem] = problems(withTeam({ schedule, reminders: { beforeMin: value, method: "EMAIL" } }));
    expect(problem.slice(problem.lastIndexOf("; ") + 2)).toBe(fix);
  });

  test("control characters in keys and values are shown escaped, never as they are", () => {
    expect(problems({ ...minimal, "own\u001b[2Jer": "x", stackPer: "\u202eteam" })).toEqual([
      'stackPer: invalid value "\\u202eteam": expected one of "environment", "team"; use "team"',
      `own\\u001b[2Jer: unknown key "own\\u001b[2Jer": ${KEYS}; remove it, or move it where it belongs`,
    ]);
  });
});
