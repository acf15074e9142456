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

const KEY_ACCEPTED =
  'lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses)';
const USERS_ACCEPTED = 'a list of at least one person: login emails, or { "id": "4711" } with an optional "email"';
const withRules = (...rules: object[]) => withTeam({ escalation: { rules } });
const rule = { notify: { schedule: true }, escalateAfterMin: 5 };
const monitor = { key: "m", name: "n", type: "query alert", query: "q", message: "" };

describe("configProblems: each key's hint, what it accepts and its example or fix, word for word", () => {
  test.each<[string, unknown, string[]]>([
    [
      "provider URLs of another type",
      { ...minimal, environments: [{ key: "prod", datadogApiUrl: 5, ilertEndpoint: 5 }] },
      [
        'environments[0].datadogApiUrl: invalid value 5: expected the https:// URL of the Datadog site\'s API; put it in quotes: "5"',
        'environments[0].ilertEndpoint: invalid value 5: expected the https:// URL of the iLert API; put it in quotes: "5"',
      ],
    ],
    [
      "a key missing",
      { ...minimal, environments: [{}] },
      [`environments[0].key: missing: expected ${KEY_ACCEPTED}; add "key": "payments"`],
    ],
    [
      "keys to rename: the value made a key, else the example",
      { ...minimal, environments: [{ key: "123" }, { key: "12Pay  Ments!" }, { key: "X".repeat(50) }, { key: `${"a".repeat(39)} x` }] },
      [
        `environments[0].key: invalid value "123": expected ${KEY_ACCEPTED}; rename it, e.g. "payments"`,
        `environments[1].key: invalid value "12Pay  Ments!": expected ${KEY_ACCEPTED}; rename it, e.g. "pay-ments"`,
        `environments[2].key: invalid value "${"X".repeat(50)}": expected ${KEY_ACCEPTED}; rename it, e.g. "${"x".repeat(40)}"`,
        `environments[3].key: invalid value "${"a".repeat(39)} x": expected ${KEY_ACCEPTED}; rename it, e.g. "${"a".repeat(39)}"`,
      ],
    ],
    [
      "a team's environment that is not a key",
      withTeam({ environments: ["Prod"] }),
      [`teams[0].environments[0]: invalid value "Prod": expected ${KEY_ACCEPTED}; use the key of an environment under environments`],
    ],
    [
      "an iLert id missing",
      withTeam({ integration: { adopt: { prod: {} } } }),
      [
        'teams[0].integration.adopt.prod.alertSourceId: missing: expected a numeric iLert id, as a string, e.g. "1234"; add "alertSourceId": "1234"',
      ],
    ],
    [
      "an adopted alert source that is not an object (no id hint)",
      withTeam({ integration: { adopt: { prod: 5 } } }),
      ["teams[0].integration.adopt.prod: invalid value 5: expected an object; replace it with what is expected"],
    ],
    [
      "a person of another type",
      withTeam({ schedule: { ...schedule, users: [5] } }),
      [
        'teams[0].schedule.users[0]: invalid value 5: expected a person: their login email (looked up in iLert), or { "id": "4711" } with an optional "email"; use e.g. "alice@example.com"',
      ],
    ],
    [
      "an email too long: the schema's own rule, not the person's hint",
      withTeam({ schedule: { ...schedule, users: [`${"a".repeat(250)}@example.com`] } }),
      [
        `teams[0].schedule.users[0]: invalid value "${"a".repeat(60)}..." (262 characters): expected an email address of at most 255 bytes (UTF-8); it has 262 bytes: shorten it to the person's login email, or give { "id": "4711" }`,
      ],
    ],
    [
      "monitor ids",
      withTeam({ monitors: [{ ...monitor, adopt: { prod: 5, dev: "abc" } }] }),
      [
        'teams[0].monitors[0].adopt.prod: invalid value 5: expected a Datadog monitor id, digits as a string, e.g. "1234567"; put it in quotes: "5"',
        'teams[0].monitors[0].adopt.dev: invalid value "abc": expected a Datadog monitor id, digits as a string, e.g. "1234567"; use the number in the monitor\'s address in Datadog, in quotes',
      ],
    ],
    [
      "environment keys in adopt that are not keys: the key is wrong, not the id",
      withTeam({
        schedule: { ...schedule, adopt: { Prod: "12" } },
        integration: { adopt: { "1st": { alertSourceId: "12" } } },
        monitors: [{ ...monitor, adopt: { Prod: "12" } }],
      }),
      [
        `teams[0].schedule.adopt.Prod: invalid key "Prod": expected ${KEY_ACCEPTED}; rename it, e.g. "prod"`,
        `teams[0].integration.adopt.1st: invalid key "1st": expected ${KEY_ACCEPTED}; rename it, e.g. "st"`,
        `teams[0].monitors[0].adopt.Prod: invalid key "Prod": expected ${KEY_ACCEPTED}; rename it, e.g. "prod"`,
      ],
    ],
    [
      "minutes not a number",
      withRules({ ...rule, escalateAfterMin: "abc" }, { ...rule, escalateAfterMin: "true" }),
      [
        'teams[0].escalation.rules[0].escalateAfterMin: invalid value "abc": expected minutes, a number, e.g. 15; use e.g. 15',
        'teams[0].escalation.rules[1].escalateAfterMin: invalid value "true": expected minutes, a number, e.g. 15; use e.g. 15',
      ],
    ],
    [
      "a schedule's time zone and rotation missing",
      withTeam({ schedule: { start: "2026-01-05T09:00", users: ["a@example.com"] } }),
      [
        'teams[0].schedule.timezone: missing: expected an IANA time zone, e.g. "Europe/Berlin"; add "timezone": "Europe/Berlin"',
        'teams[0].schedule.rotation: missing: expected "daily", "weekly" or an ISO-8601 duration such as "P14D"; add "rotation": "weekly"',
      ],
    ],
    [
      "a layer's rotation and start missing",
      withTeam({ schedule: { timezone: "UTC", layers: [{ users: ["a@example.com"] }] } }),
      [
        'teams[0].schedule.layers[0].rotation: missing: expected "daily", "weekly" or an ISO-8601 duration such as "P14D"; add "rotation": "weekly"',
        'teams[0].schedule.layers[0].start: missing: expected a local date and time, e.g. "2026-01-05T09:00"; add "start": "2026-01-05T09:00"',
      ],
    ],
    [
      "lists of people empty",
      withTeam({
        schedule: { timezone: "UTC", layers: [{ rotation: "weekly", start: "2026-01-05T09:00", users: [] }] },
        escalation: { rules: [{ notify: { users: [] }, escalateAfterMin: 5 }] },
      }),
      [
        `teams[0].schedule.layers[0].users: invalid value []: expected ${USERS_ACCEPTED}; add one, e.g. ["alice@example.com"]`,
        `teams[0].escalation.rules[0].notify.users: invalid value []: expected ${USERS_ACCEPTED}; add one, e.g. ["alice@example.com"]`,
      ],
    ],
    [
      "a schedule's users empty",
      withTeam({ schedule: { ...schedule, users: [] } }),
      [`teams[0].schedule.users: invalid value []: expected ${USERS_ACCEPTED}; add one, e.g. ["alice@example.com"]`],
    ],
    [
      "a restriction's time missing",
      withTeam({ schedule: { ...schedule, restrictions: [{ from: { day: "MONDAY" }, to: { day: "FRIDAY", time: "18:00" } }] } }),
      ['teams[0].schedule.restrictions[0].from.time: missing: expected a time of day, e.g. "09:00"; add "time": "09:00"'],
    ],
    [
      "no rules",
      withRules(),
      [
        'teams[0].escalation.rules: invalid value []: expected a list of at least one rule, e.g. [{ "notify": { "schedule": true }, "escalateAfterMin": 15 }]; add one, e.g. [{ "notify": { "schedule": true }, "escalateAfterMin": 15 }]',
      ],
    ],
    [
      "a rule's notify missing, a frequency not a number",
      withTeam({ escalation: { rules: [{ escalateAfterMin: 5 }], repeating: true, frequency: "x" } }),
      [
        'teams[0].escalation.rules[0].notify: missing: expected whom the rule notifies: { "schedule": true }, { "user": "..." }, { "users": [...] } or { "team": true }; add "notify": { "schedule": true }',
        'teams[0].escalation.frequency: invalid value "x": expected how many times the policy repeats, a number, e.g. 2; use e.g. 2',
      ],
    ],
    [
      "an empty notify: of forms equally close, the first",
      withRules({ ...rule, notify: {} }),
      ["teams[0].escalation.rules[0].notify.schedule: missing: expected true; add it"],
    ],
    [
      "names empty",
      {
        ...minimal,
        environments: [{ key: "prod", ilertAccount: "" }],
        teams: [{ key: "payments", ilertTeamName: "", escalation: { existingName: "" } }],
      },
      [
        'environments[0].ilertAccount: invalid value "": expected the name of an iLert account, a non-empty string; use e.g. "default"',
        'teams[0].ilertTeamName: invalid value "": expected the name of the team in iLert, a non-empty string; use e.g. "Payments"',
        'teams[0].escalation.existingName: invalid value "": expected the name of the object in iLert, a non-empty string; use e.g. "Payments"',
      ],
    ],
    [
      "values of another type: in quotes, without quotes, or the example",
      {
        ...minimal,
        environments: [
          { key: "prod", userSettings: "false", ilertAccount: true },
          { key: "dev", ilertAccount: {} },
        ],
      },
      [
        'environments[0].ilertAccount: invalid value true: expected the name of an iLert account, a non-empty string; put it in quotes: "true"',
        'environments[0].userSettings: invalid value "false": expected true or false; remove the quotes: false',
        'environments[1].ilertAccount: invalid value {}: expected the name of an iLert account, a non-empty string; use e.g. "default"',
      ],
    ],
    [
      "an S3 backend's bucket and region missing",
      { ...minimal, backend: { type: "s3" } },
      [
        'backend.bucket: missing: expected an S3 bucket name, 3 characters or more; add "bucket": "acme-terraform-state"',
        'backend.region: missing: expected an AWS region, e.g. "eu-central-1"; add "region": "eu-central-1"',
      ],
    ],
    [
      "an S3 backend's values wrong",
      { ...minimal, backend: { type: "s3", bucket: "b", region: "r", roleArn: "x", useLockfile: "yes" } },
      [
        'backend.bucket: invalid value "b": expected an S3 bucket name, 3 characters or more; use e.g. "acme-terraform-state"',
        'backend.useLockfile: invalid value "yes": expected true or false: lock the state with a lock file next to it in the bucket (Terraform 1.11 or later); use e.g. true',
        'backend.roleArn: invalid value "x": expected an IAM role ARN, starting with "arn:"; give the role\'s ARN, e.g. "arn:aws:iam::123456789012:role/terraform-state"',
      ],
    ],
    [
      "a cloud backend's organization missing",
      { ...minimal, backend: { type: "cloud" } },
      ['backend.organization: missing: expected the name of the HCP Terraform organization; add "organization": "acme"'],
    ],
    [
      "a backend type in the wrong case",
      { ...minimal, backend: { type: "S3" } },
      ['backend.type: invalid value "S3": expected one of "local", "s3", "cloud"; use "s3"'],
    ],
    [
      "a monitor's type, query and message missing",
      withTeam({ monitors: [{ key: "m", name: "n" }] }),
      [
        'teams[0].monitors[0].type: missing: expected a Datadog monitor type, e.g. "query alert"; add "type": "query alert"',
        'teams[0].monitors[0].query: missing: expected the monitor\'s query, a non-empty string; add "query": "sum(last_5m):sum:checkout.errors{*}.as_count() > 50"',
        'teams[0].monitors[0].message: missing: expected a string (the monitor\'s message; the app adds the webhook mention); add "message": ""',
      ],
    ],
    [
      "support hours of another type",
      withTeam({ integration: { supportHours: "x" } }),
      [
        'teams[0].integration.supportHours: invalid value "x": expected support hours { "timezone", "supportDays" } (optional "name", "exceptions"), or { "existingId": "1234" }; use e.g. { "timezone": "Europe/Berlin", "supportDays": [{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }] }',
      ],
    ],
    [
      "support days empty, an exception's name missing",
      withTeam({ integration: { supportHours: { timezone: "UTC", supportDays: [], exceptions: [{ firstDay: "2026-12-24" }] } } }),
      [
        'teams[0].integration.supportHours.supportDays: invalid value []: expected a list of at least one entry { "days", "start", "end" }, e.g. [{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }]; add one, e.g. [{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }]',
        'teams[0].integration.supportHours.exceptions[0].name: missing: expected the exception\'s name, e.g. "Christmas"; add "name": "Christmas"',
      ],
    ],
    [
      "a support day's start missing",
      withTeam({ integration: { supportHours: { timezone: "UTC", supportDays: [{ days: ["MONDAY"], end: "18:00" }] } } }),
      [
        'teams[0].integration.supportHours.supportDays[0].start: missing: expected a time of day "HH:mm", e.g. "08:00"; add "start": "08:00"',
      ],
    ],
    [
      "a maintenance window of another type",
      withTeam({ maintenanceWindows: ["x"] }),
      [
        'teams[0].maintenanceWindows[0]: invalid value "x": expected a window once { "key", "start", "end" } or recurring { "key", "timezone", "recurrences" } (optional "message", "scope"; a one-time window\'s "timezone" is shown only); use e.g. { "key": "release", "start": "2026-12-24T22:00:00Z", "end": "2026-12-27T06:00:00Z" }',
      ],
    ],
    [
      "no recurrences",
      withTeam({ maintenanceWindows: [{ key: "w", timezone: "UTC", recurrences: [] }] }),
      [
        'teams[0].maintenanceWindows[0].recurrences: invalid value []: expected a list of 1 to 5 recurrences { "rrule", "start", "duration" }; add one, e.g. [{ "rrule": "FREQ=WEEKLY;BYDAY=TU", "start": "2026-01-06T22:00", "duration": "2h" }]',
      ],
    ],
    [
      "a recurrence's start, rule and duration missing",
      withTeam({
        maintenanceWindows: [
          { key: "w", timezone: "UTC", recurrences: [{ rrule: "FREQ=DAILY", duration: "1h" }] },
          { key: "v", timezone: "UTC", recurrences: [{ start: "2026-01-06T22:00" }] },
        ],
      }),
      [
        'teams[0].maintenanceWindows[0].recurrences[0].start: missing: expected a local date and time, e.g. "2026-01-06T22:00"; add "start": "2026-01-06T22:00"',
        'teams[0].maintenanceWindows[1].recurrences[0].rrule: missing: expected an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU"; add "rrule": "FREQ=WEEKLY;BYDAY=TU"',
        'teams[0].maintenanceWindows[1].recurrences[0].duration: missing: expected a whole number of minutes, hours, days or weeks, e.g. "2h"; add "duration": "2h"',
      ],
    ],
    [
      "suppress of another type",
      withTeam({ suppress: "x" }),
      [
        'teams[0].suppress: invalid value "x": expected a list of warnings to suppress, e.g. [{ "id": "ILDD-W1", "reason": "..." }]; use e.g. [{ "id": "ILDD-W1", "reason": "..." }]',
      ],
    ],
    [
      "a suppressed warning's id missing",
      withTeam({ suppress: [{ reason: "r" }] }),
      ['teams[0].suppress[0].id: missing: expected the id of a warning, e.g. "ILDD-W1" (docs/checks.md lists them); add "id": "ILDD-W1"'],
    ],
    [
      "severities not numbers, each priority",
      withTeam({ integration: { severityMapping: { P1: "x", P2: "x", P3: "x", P4: "x", P5: "x" } } }),
      ["P1", "P2", "P3", "P4", "P5"].map(
        (p) =>
          `teams[0].integration.severityMapping.${p}: invalid value "x": expected an iLert severity, a number from 1 (highest) to 5; use e.g. 1`,
      ),
    ],
  ])("%s", (_label, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });
});

describe("configProblems: misspelt keys, each reported once, where it is", () => {
  const ENVIRONMENT_KEYS = "expected one of the keys key, datadogApiUrl, ilertEndpoint, ilertAccount, userSettings";
  const MISSPELT = `environments[0].key: missing: expected ${KEY_ACCEPTED}; found "kye", which is not a key here; did you mean key? rename it to "key"`;

  test.each<[string, unknown, string[]]>([
    [
      "a near spelling of a key that is there (with a wrong value) is unknown",
      { ...minimal, environments: [{ key: 5, kye: "prod" }] },
      [
        `environments[0].key: invalid value 5: expected ${KEY_ACCEPTED}; put it in quotes: "5"`,
        `environments[0].kye: unknown key "kye": ${ENVIRONMENT_KEYS}; rename it to "key"`,
      ],
    ],
    [
      "the same misspelling in an object that has the key",
      { ...minimal, environments: [{ kye: "prod" }, { key: "dev", kye: "x" }] },
      [MISSPELT, `environments[1].kye: unknown key "kye": ${ENVIRONMENT_KEYS}; rename it to "key"`],
    ],
    [
      "the same unknown key in an object above",
      { ...minimal, environments: [{ kye: "prod" }], kye: 1 },
      [
        MISSPELT,
        'kye: unknown key "kye": expected one of the keys stackPer, backend, environments, teams; remove it, or move it where it belongs',
      ],
    ],
  ])("%s", (_label, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });
});

describe("configProblems without a hint: zod's issue in words", () => {
  test.each<[string, z.ZodTypeAny, unknown, string]>([
    ["a string", z.string(), 1, 'v: invalid value 1: expected a string; put it in quotes: "1"'],
    ["a number", z.number(), "x", 'v: invalid value "x": expected a number; replace it with what is expected'],
    ["a list", z.array(z.string()), 1, "v: invalid value 1: expected a list; replace it with what is expected"],
    ["an object", z.object({}), "5", 'v: invalid value "5": expected an object; replace it with what is expected'],
    ["true or false, given a number", z.boolean(), 2.5, "v: invalid value 2.5: expected true or false; replace it with what is expected"],
    ["true or false, given a numeral", z.boolean(), "5", 'v: invalid value "5": expected true or false; replace it with what is expected'],
    ["a string, given a list", z.string(), ["x"], 'v: invalid value ["x"]: expected a string; replace it with what is expected'],
    ["a number, given true in quotes", z.number(), "true", 'v: invalid value "true": expected a number; replace it with what is expected'],
    [
      "an email",
      z.string().email(),
      "x",
      'v: invalid value "x": expected an email address, e.g. "alice@example.com"; replace it with what is expected',
    ],
    [
      "a URL",
      z.string().url(),
      "x",
      'v: invalid value "x": expected a URL, e.g. "https://api.example.com/"; replace it with what is expected',
    ],
    [
      "a prefix",
      z.string().startsWith("ab"),
      "x",
      'v: invalid value "x": expected a string starting with "ab"; replace it with what is expected',
    ],
    ["a minimum", z.number().min(1), 0, "v: invalid value 0: expected a number from 1; replace it with what is expected"],
    ["a maximum", z.number().max(5), 7, "v: invalid value 7: expected a number up to 5; replace it with what is expected"],
    ["an exclusive minimum", z.number().gt(1), 0, "v: invalid value 0: expected a number from 2; replace it with what is expected"],
    ["an exclusive maximum", z.number().lt(5), 7, "v: invalid value 7: expected a number up to 4; replace it with what is expected"],
    ["a list of one", z.array(z.string()).min(1), [], "v: invalid value []: expected a list of at least 1 item; add one"],
    ["a non-empty string", z.string().min(1), "", 'v: invalid value "": expected a non-empty string; replace it with what is expected'],
    [
      "a string of at least 2",
      z.string().min(2),
      "a",
      'v: invalid value "a": expected a string of at least 2 characters; replace it with what is expected',
    ],
    [
      "a string of at most 1",
      z.string().max(1),
      "ab",
      'v: invalid value "ab": expected a string of at most 1 characters; replace it with what is expected',
    ],
  ])("%s", (_label, schema, value, expected) => {
    const raw = { v: value };
    expect(configProblems(z.object({ v: schema }).safeParse(raw).error!.issues, raw)).toEqual([expected]);
  });

  test("a key missing: add it", () => {
    expect(configProblems(z.object({ a: z.string() }).safeParse({}).error!.issues, {})).toEqual(["a: missing: expected a string; add it"]);
  });

  test("the value is read from the file as written, also where the schema saw another (a parent missing, null or a string)", () => {
    const schema = z.preprocess(
      () => ({ a: { b: 1 }, n: { b: 1 }, s: { length: "2" } }),
      z.object({ a: z.object({ b: z.string() }), n: z.object({ b: z.string() }), s: z.object({ length: z.number() }) }),
    );
    const raw = { n: null, s: "ab" };
    expect(configProblems(schema.safeParse(raw).error!.issues, raw)).toEqual([
      "a.b: missing: expected a string; add it",
      "n.b: missing: expected a string; add it",
      "s.length: missing: expected a number; add it",
    ]);
  });

  test("a pattern of the schema's own: its words, also on a key that has a hint", () => {
    const schema = z.object({ timezone: z.string().regex(/^[A-Z]/, "a zone starting with a capital") });
    const raw = { timezone: "utc" };
    expect(configProblems(schema.safeParse(raw).error!.issues, raw)).toEqual([
      'timezone: invalid value "utc": expected a zone starting with a capital; use e.g. "Europe/Berlin"',
    ]);
  });

  test("a union's closest form failed only a rule of the schema's own (one that stops the parse): the rule's words, not the key's hint", () => {
    const zone = z
      .string()
      .superRefine((_, ctx) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: "a zone of our own", fatal: true }));
    const schema = z.object({ timezone: z.union([zone, z.object({})]) });
    const raw = { timezone: "x" };
    expect(configProblems(schema.safeParse(raw).error!.issues, raw)).toEqual([
      'timezone: invalid value "x": expected a zone of our own; use e.g. "Europe/Berlin"',
    ]);
  });

  test("a union issue without the forms' errors (zod makes none such) is worded like any other", () => {
    const issue: z.ZodIssue = { code: "invalid_union", unionErrors: [], path: ["u"], message: "Invalid input" };
    expect(configProblems([issue], { u: 1 })).toEqual(["u: invalid value 1: expected Invalid input; replace it with what is expected"]);
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
