import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigError, loadConfig, parseConfig } from "../../app/config";
import { ConfigSourceError } from "../../app/config-source";

const minimal = {
  environments: [{ key: "prod" }],
  teams: [{ key: "payments", escalation: { existingId: "12" } }],
};

function problems(raw: unknown): readonly string[] {
  try {
    parseConfig(raw, "teams.json");
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).file).toBe("teams.json");
    return (e as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("config file", () => {
  test("defaults: one stack per environment, local backend, no monitors", () => {
    const config = parseConfig(minimal, "teams.json");
    expect(config.stackPer).toBe("environment");
    expect(config.backend).toEqual({ type: "local" });
    expect(config.teams[0].monitors).toEqual([]);
  });

  test("the example config in examples/ is valid", () => {
    expect(() => loadConfig(path.join(__dirname, "../../examples/config.example.json"))).not.toThrow();
  });

  test.each<[string, unknown, string[]]>([
    [
      "a missing list",
      { environments: [{ key: "prod" }] },
      [
        'teams: missing: expected a list of at least one team, e.g. [{ "key": "payments", "escalation": { "existingName": "Payments" } }]; add "teams": [{ "key": "payments", "escalation": { "existingName": "Payments" } }]',
      ],
    ],
    [
      "a bad enum value, with the accepted ones",
      { ...minimal, teams: [{ ...minimal.teams[0], integration: { alertCreation: "ONE_ALERT" } }] },
      [
        'teams[0].integration.alertCreation: invalid value "ONE_ALERT": expected one of "ONE_ALERT_PER_EMAIL", "ONE_ALERT_PER_EMAIL_SUBJECT", "ONE_PENDING_ALERT_ALLOWED", "ONE_OPEN_ALERT_ALLOWED", "OPEN_RESOLVE_ON_EXTRACTION", "ONE_ALERT_GROUPED_PER_WINDOW", "INTELLIGENT_GROUPING"; use one of them',
      ],
    ],
    [
      "an unknown key (a typo), with the keys known there",
      { ...minimal, stackper: "team" },
      ['stackper: unknown key "stackper": expected one of the keys stackPer, backend, environments, teams; rename it to "stackPer"'],
    ],
    [
      "a typo of a required key deep in a union (a schedule): one problem, the key missing and the one found, not zod's Invalid input",
      {
        ...minimal,
        teams: [
          { ...minimal.teams[0], schedule: { timezone: "UTC", rotaton: "weekly", start: "2026-01-05T09:00", users: ["a@example.com"] } },
        ],
      },
      [
        'teams[0].schedule.rotation: missing: expected "daily", "weekly" or an ISO-8601 duration such as "P14D"; found "rotaton", which is not a key here; did you mean rotation? rename it to "rotation"',
      ],
    ],
    [
      "every problem of the file in one run",
      { environments: [{ key: "prod", datadogApiUrl: "not a url" }], teams: [{ key: "Payments", escalation: { existingId: "x" } }] },
      [
        'environments[0].datadogApiUrl: invalid value "not a url": expected the https:// URL of the Datadog site\'s API; use e.g. "https://api.datadoghq.eu/"',
        'teams[0].key: invalid value "Payments": expected lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses); rename it, e.g. "payments"',
        'teams[0].escalation.existingId: invalid value "x": expected a numeric iLert id, as a string, e.g. "1234"; use the number in the object\'s address in the iLert UI, in quotes',
      ],
    ],
    [
      "ids by the library's one rule: digits that fit the provider's int64",
      {
        ...minimal,
        teams: [
          { key: "a", escalation: { existingId: "9223372036854775808" } },
          { key: "b", escalation: { existingId: "0123" } },
          { key: "c", escalation: { existingId: "9223372036854775807" } },
        ],
      },
      [
        'teams[0].escalation.existingId: invalid value "9223372036854775808": expected an iLert id from 1 to 9223372036854775807 (the provider reads ids as 64-bit integers); use the number in the object\'s address in the iLert UI, in quotes',
        'teams[1].escalation.existingId: invalid value "0123": expected a numeric iLert id, as a string, e.g. "1234"; use the number in the object\'s address in the iLert UI, in quotes',
      ],
    ],
    [
      "a key that cannot name a stack",
      { ...minimal, environments: [{ key: "Prod EU" }] },
      [
        'environments[0].key: invalid value "Prod EU": expected lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses); rename it, e.g. "prod-eu"',
      ],
    ],
    [
      "duplicate keys and unknown environments",
      {
        environments: [{ key: "prod" }, { key: "prod" }],
        teams: [minimal.teams[0], { ...minimal.teams[0], environments: ["dev"] }],
      },
      [
        'environments[1].key: "prod" is used twice; keys must be unique',
        'teams[1].key: "payments" is used twice; keys must be unique',
        'teams[1].environments: unknown environment "dev"; declare it under environments',
      ],
    ],
    [
      "a rule that notifies a schedule the team does not have",
      { ...minimal, teams: [{ key: "payments", escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 5 }] } }] },
      ["teams[0].escalation.rules[0].notify: notifies the team's schedule, but the team has none; add teams[0].schedule"],
    ],
    [
      "a monitor priority that would never reach iLert (no priority or severity mapping)",
      {
        ...minimal,
        teams: [
          {
            ...minimal.teams[0],
            monitors: [
              // An adopted monitor keeps the priority it has.
              { key: "a", name: "A", type: "query alert", query: "q", message: "m", priority: 1, adopt: { prod: "123" } },
              { key: "m", name: "M", type: "query alert", query: "q", message: "m", priority: 2 },
            ],
          },
        ],
      },
      [
        "teams[0].monitors[1].priority: iLert never sees it: teams[0].integration has no priorityMapping or severityMapping; add one ({} for the defaults) or remove the priority",
      ],
    ],
    [
      "a team by both id and name, and a rule to the team without either",
      {
        ...minimal,
        teams: [
          { ...minimal.teams[0], ilertTeamId: "1", ilertTeamName: "Payments" },
          { key: "search", escalation: { rules: [{ notify: { team: true }, escalateAfterMin: 5 }] } },
          // Either one alone is an iLert team to notify.
          { key: "orders", ilertTeamId: "2", escalation: { rules: [{ notify: { team: true }, escalateAfterMin: 5 }] } },
          { key: "billing", ilertTeamName: "Billing", escalation: { rules: [{ notify: { team: true }, escalateAfterMin: 5 }] } },
        ],
      },
      [
        "teams[0].ilertTeamName: give the iLert team by ilertTeamId or by ilertTeamName, not both",
        "teams[1].escalation.rules[0].notify: notifies the team, but the team has no iLert team; set teams[1].ilertTeamId or ilertTeamName",
      ],
    ],
    [
      "a second environment declaring the user settings of an iLert account (not one without userSettings, not another account)",
      {
        ...minimal,
        environments: [
          { key: "dev" },
          { key: "staging", userSettings: true },
          { key: "partner", ilertAccount: "partner", userSettings: true },
          { key: "prod", userSettings: true },
        ],
      },
      [
        'environments[3].userSettings: environment "staging" already declares the user settings of iLert account "default"; set it on one environment per account',
      ],
    ],
    [
      "reminders for a team whose responders the app does not know (existing schedule and policy)",
      { ...minimal, teams: [{ ...minimal.teams[0], schedule: { existingId: "3" }, reminders: { beforeMin: 60, method: "PUSH" } }] },
      [
        "teams[0].reminders: nobody to remind: the team's schedule and escalation are existing objects, so the app knows none of their users; list users in a schedule or escalation rules, or remove reminders",
      ],
    ],
    [
      "an S3 backend without locking (neither a lock file nor a DynamoDB table)",
      { ...minimal, backend: { type: "s3", bucket: "state", region: "eu-west-1", useLockfile: false } },
      [
        'backend: no state locking: expected "useLockfile": true (Terraform 1.11 or later) or a "dynamodbTable"; add "useLockfile": true, or "dynamodbTable": "<table>" for older Terraform',
      ],
    ],
    [
      "a frequency without repeating: true does nothing",
      {
        ...minimal,
        teams: [
          { key: "a", escalation: { rules: [{ notify: { user: "lead@example.com" }, escalateAfterMin: 5 }], frequency: 2 } },
          {
            key: "b",
            escalation: { rules: [{ notify: { user: "lead@example.com" }, escalateAfterMin: 5 }], repeating: false, frequency: 3 },
          },
          {
            key: "c",
            escalation: { rules: [{ notify: { user: "lead@example.com" }, escalateAfterMin: 5 }], repeating: true, frequency: 3 },
          },
        ],
      },
      [
        'teams[0].escalation.frequency: invalid value 2: expected a frequency only with "repeating": true (without it the policy runs once, and the frequency does nothing); set "repeating": true, or remove frequency',
        'teams[1].escalation.frequency: invalid value 3: expected a frequency only with "repeating": true (without it the policy runs once, and the frequency does nothing); set "repeating": true, or remove frequency',
      ],
    ],
    [
      "a suppression without its reason",
      { ...minimal, teams: [{ ...minimal.teams[0], suppress: [{ id: "ILDD-W1" }] }] },
      [
        'teams[0].suppress[0].reason: missing: expected why the warning does not apply, a non-empty string; add "reason": "monitors in the search repository mention this webhook"',
      ],
    ],
    [
      "a *_DURING_SUPPORT_HOURS rule without support hours, and support hours without such a rule",
      {
        ...minimal,
        teams: [
          { ...minimal.teams[0], integration: { priorityRule: "LOW_DURING_SUPPORT_HOURS" } },
          { key: "search", escalation: { existingId: "2" }, integration: { supportHours: { existingId: "42" } } },
          { key: "orders", escalation: { existingId: "3" }, integration: { priorityRule: "LOW", supportHours: { existingId: "42" } } },
          // A rule that does not depend on support hours needs none.
          { key: "billing", escalation: { existingId: "4" }, integration: { priorityRule: "HIGH" } },
        ],
      },
      [
        'teams[0].integration.supportHours: missing: expected support hours with priorityRule LOW_DURING_SUPPORT_HOURS; add "supportHours": { "timezone": "Europe/Berlin", "supportDays": [{ "days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }] }, or { "existingId": "1234" }',
        'teams[1].integration.supportHours: not used: support hours apply only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS, and priorityRule is unset (HIGH); set "priorityRule": "LOW_DURING_SUPPORT_HOURS" (or "HIGH_DURING_SUPPORT_HOURS"), or remove supportHours',
        'teams[2].integration.supportHours: not used: support hours apply only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS, and priorityRule is LOW; set "priorityRule": "LOW_DURING_SUPPORT_HOURS" (or "HIGH_DURING_SUPPORT_HOURS"), or remove supportHours',
      ],
    ],
    [
      "support hours by supportHoursId (what adopt writes) without such a rule, and both keys at once",
      {
        ...minimal,
        teams: [
          { ...minimal.teams[0], integration: { supportHoursId: "42" } },
          {
            key: "search",
            escalation: { existingId: "2" },
            integration: { priorityRule: "HIGH_DURING_SUPPORT_HOURS", supportHoursId: "42", supportHours: { existingId: "43" } },
          },
        ],
      },
      [
        'teams[0].integration.supportHoursId: not used: support hours apply only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS, and priorityRule is unset (HIGH); set "priorityRule": "LOW_DURING_SUPPORT_HOURS" (or "HIGH_DURING_SUPPORT_HOURS"), or remove supportHoursId',
        'teams[1].integration.supportHoursId: invalid value "42": expected supportHours or supportHoursId, not both; remove supportHoursId, or remove supportHours and keep the existing support hours by id',
      ],
    ],
    [
      "support hours with a misspelt day, an exception's day missing, and a time of day",
      {
        ...minimal,
        teams: [
          {
            ...minimal.teams[0],
            integration: {
              priorityRule: "HIGH_DURING_SUPPORT_HOURS",
              supportHours: {
                timezone: "Europe/Berlin",
                supportDays: [{ days: ["MONDAY", "FRIDY"], start: 8, end: "17:00" }],
                exceptions: [{ name: "Christmas" }],
              },
            },
          },
        ],
      },
      [
        'teams[0].integration.supportHours.supportDays[0].days[1]: invalid value "FRIDY": expected one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"; use "FRIDAY"',
        'teams[0].integration.supportHours.supportDays[0].start: invalid value 8: expected a time of day "HH:mm", e.g. "08:00"; put it in quotes: "8"',
        'teams[0].integration.supportHours.exceptions[0].firstDay: missing: expected a date "YYYY-MM-DD", e.g. "2026-12-24"; add "firstDay": "2026-12-24"',
      ],
    ],
    [
      "maintenance windows: a key twice, a window of both forms, and a team without monitors to mute",
      {
        ...minimal,
        teams: [
          {
            ...minimal.teams[0],
            monitors: [{ key: "m", name: "M", type: "query alert", query: "q", message: "m" }],
            maintenanceWindows: [
              { key: "release", start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z" },
              { key: "release", timezone: "UTC", recurrences: [{ rrule: "FREQ=DAILY", start: "2026-01-01T00:00", duration: "1h" }] },
            ],
          },
          { key: "search", escalation: { existingId: "2" }, maintenanceWindows: [{ key: "x", start: "2026-12-24T22:00:00Z" }] },
        ],
      },
      [
        'teams[1].maintenanceWindows[0].end: missing: expected a date and time with "Z" or an offset, e.g. "2026-12-24T22:00:00Z" or "2026-12-24T23:00+01:00"; add "end": "2026-12-24T22:00:00Z"',
      ],
    ],
    [
      "maintenance windows: the checks between keys, once the file's forms are right",
      {
        ...minimal,
        teams: [
          {
            ...minimal.teams[0],
            monitors: [{ key: "m", name: "M", type: "query alert", query: "q", message: "m" }],
            maintenanceWindows: [
              { key: "release", start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z" },
              { key: "release", timezone: "UTC", recurrences: [{ rrule: "FREQ=DAILY", start: "2026-01-01T00:00", duration: "1h" }] },
            ],
          },
          {
            key: "search",
            escalation: { existingId: "2" },
            maintenanceWindows: [{ key: "x", start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z" }],
          },
        ],
      },
      [
        'teams[0].maintenanceWindows[1].key: "release" is used twice; keys must be unique',
        "teams[1].maintenanceWindows: nothing to mute: a window mutes the team's monitors, and teams[1].monitors is empty; add monitors, or remove maintenanceWindows",
      ],
    ],
  ])("names the file, the path and the problem: %s", (_label, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });

  test("a ConfigError names the file and lists every problem, one line each", () => {
    const error = new ConfigError("teams.json", ["teams[0].key: first", "teams[1].key: second"]);
    expect([error.name, error.message]).toEqual([
      "ConfigError",
      "teams.json: invalid config:\n  - teams[0].key: first\n  - teams[1].key: second",
    ]);
  });

  test("an S3 backend locks with a lock file, a DynamoDB table, or both (while moving from one to the other)", () => {
    for (const locking of [{ useLockfile: true }, { dynamodbTable: "locks" }, { useLockfile: true, dynamodbTable: "locks" }]) {
      expect(
        parseConfig({ ...minimal, backend: { type: "s3", bucket: "state", region: "eu-west-1", ...locking } }, "teams.json").backend,
      ).toEqual({
        type: "s3",
        bucket: "state",
        region: "eu-west-1",
        keyPrefix: "ilert-datadog",
        ...locking,
      });
    }
  });

  test("unreadable and non-JSON files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "config-"));
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, '{\n  "environments": [],\n  teams: []\n}');
    expect(() => loadConfig(bad)).toThrow(
      `${bad}: invalid config:\n  - not valid JSON at line 3, column 3: Expected double-quoted property name; a config file is JSON (YAML is not read)`,
    );
    fs.writeFileSync(bad, '{ "teams": [');
    expect(() => loadConfig(bad)).toThrow(/not valid JSON at line 1, column 13: /);
    // JSON.parse names no position for an unexpected token: the real one, not the end of the file.
    fs.writeFileSync(bad, "environments:\n  - key: prod\nteams:\n  - key: payments\n");
    expect(() => loadConfig(bad, "teams.yaml")).toThrow(
      new Error(
        `teams.yaml: invalid config:\n  - not valid JSON at line 1, column 1: Unexpected token 'e'; a config file is JSON (YAML is not read)`,
      ),
    );
    fs.writeFileSync(bad, '{\n  "environments": [{ "key": "prod" }],\n  "teams": [,]\n}');
    expect(() => loadConfig(bad, "bad.json")).toThrow(
      new Error(
        `bad.json: invalid config:\n  - not valid JSON at line 3, column 13: Unexpected token ','; a config file is JSON (YAML is not read)`,
      ),
    );
    // A file that is not there: one line, by its path.
    expect(() => loadConfig(path.join(dir, "missing.json"), "missing.json")).toThrow(
      new ConfigSourceError(
        `missing.json: the config file does not exist (${path.join(dir, "missing.json")}); give the path of your config file, e.g. teams.json`,
      ),
    );
    // A line feed in its path is escaped: the message stays one line.
    expect(() => loadConfig(path.join(dir, "a\nb.json"), "a.json")).toThrow(
      new ConfigSourceError(
        `a.json: the config file does not exist (${dir}/a\\u000ab.json); give the path of your config file, e.g. teams.json`,
      ),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("an email longer than iLert takes (255 bytes) is refused once, at the person's path (not at schedule.email and again at reminders)", () => {
    const long = `${"a".repeat(300)}@example.com`;
    const schedule = { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00" };
    expect(
      problems({
        environments: [{ key: "prod" }],
        teams: [
          {
            key: "payments",
            schedule: { ...schedule, users: [long, { id: "4711", email: long }] },
            escalation: { rules: [{ notify: { user: long }, escalateAfterMin: 15 }] },
            reminders: { beforeMin: 60, method: "EMAIL" },
          },
        ],
      }),
    ).toEqual([
      `teams[0].schedule.users[0]: invalid value "${"a".repeat(60)}..." (312 characters): expected an email address of at most 255 bytes (UTF-8); it has 312 bytes: shorten it to the person's login email, or give { "id": "4711" }`,
      `teams[0].schedule.users[1].email: invalid value "${"a".repeat(60)}..." (312 characters): expected an email address of at most 255 bytes (UTF-8); it has 312 bytes: shorten it to the user's login email`,
      `teams[0].escalation.rules[0].notify.user: invalid value "${"a".repeat(60)}..." (312 characters): expected an email address of at most 255 bytes (UTF-8); it has 312 bytes: shorten it to the person's login email, or give { "id": "4711" }`,
    ]);
    // Not an email at all: the person's hint, as before.
    expect(problems({ ...minimal, teams: [{ ...minimal.teams[0], schedule: { ...schedule, users: ["bob"] } }] })).toEqual([
      'teams[0].schedule.users[0]: invalid value "bob": expected a person: their login email (looked up in iLert), or { "id": "4711" } with an optional "email"; give the login email, e.g. "alice@example.com", or { "id": "4711" }',
    ]);
  });

  test("a named pipe or a device is refused at once (app/read-file.ts), not read", () => {
    expect(() => loadConfig("/dev/zero")).toThrow(
      "/dev/zero: invalid config:\n  - cannot read the file: a character device, not a regular file: expected a regular JSON file of at most 10 MiB; give the path of your config file, e.g. teams.json",
    );
  });

  test("a provider URL with a Terraform template (${...}, %{...}) is refused: Terraform would evaluate it in the provider block", () => {
    const accepted = 'expected a URL without "${" or "%{" (Terraform would evaluate them as a template in the provider block)';
    expect(
      problems({
        ...minimal,
        environments: [
          {
            key: "prod",
            datadogApiUrl: "https://api.datadoghq.eu/${var.site}",
            ilertEndpoint: "https://x.example.com/%{if true}a%{endif}",
          },
        ],
      }),
    ).toEqual([
      `environments[0].datadogApiUrl: invalid value "https://api.datadoghq.eu/\${var.site}": ${accepted}; use e.g. "https://api.datadoghq.eu/"; a URL that changes per run belongs in the environment (DD_HOST)`,
      `environments[0].ilertEndpoint: invalid value "https://x.example.com/%{if true}a%{endif}": ${accepted}; use e.g. "https://api.ilert.com"; a URL that changes per run belongs in the environment (ILERT_ENDPOINT)`,
    ]);
    expect(
      parseConfig({ ...minimal, environments: [{ key: "prod", datadogApiUrl: "https://api.datadoghq.eu/" }] }, "t.json").environments[0]
        .datadogApiUrl,
    ).toBe("https://api.datadoghq.eu/");
  });

  test("a provider URL with a user name or password, another scheme, or plain http to another host than this machine is refused, one message each", () => {
    const endpoint = (ilertEndpoint: string) => problems({ ...minimal, environments: [{ key: "prod", ilertEndpoint }] });
    // The credential is not echoed: the password shows as ***.
    expect(endpoint("https://user:s3cret@api.ilert.com/")).toEqual([
      'environments[0].ilertEndpoint: invalid value "https://user:***@api.ilert.com/": expected a URL without a user name or password (the provider block is written in plain text to cdktf.out); use "https://api.ilert.com/", and give the API credentials in the environment (ILERT_API_TOKEN)',
    ]);
    expect(endpoint("https://token@api.ilert.com/")).toEqual([
      'environments[0].ilertEndpoint: invalid value "https://token@api.ilert.com/": expected a URL without a user name or password (the provider block is written in plain text to cdktf.out); use "https://api.ilert.com/", and give the API credentials in the environment (ILERT_API_TOKEN)',
    ]);
    for (const [value, scheme] of [
      ["ftp://api.ilert.com/", "ftp:"],
      ["javascript:alert(1)", "javascript:"],
      ["file:///etc/passwd", "file:"],
    ]) {
      expect(endpoint(value)).toEqual([
        `environments[0].ilertEndpoint: invalid value ${JSON.stringify(value)}: expected an https:// URL (http:// only to 127.0.0.1, [::1] or localhost), not ${scheme}; use e.g. "https://api.ilert.com"`,
      ]);
    }
    expect(problems({ ...minimal, environments: [{ key: "prod", datadogApiUrl: "http://169.254.169.254/latest" }] })).toEqual([
      'environments[0].datadogApiUrl: invalid value "http://169.254.169.254/latest": expected https:// to a host other than 127.0.0.1, [::1] or localhost (over http:// the API token would travel unencrypted); use "https://169.254.169.254/latest"',
    ]);
    // The local fakes and the sandbox: plain http to this machine.
    for (const local of ["http://127.0.0.1:8080", "http://localhost:3000/", "http://[::1]:9000/api", "https://api.ilert.com"]) {
      expect(
        parseConfig({ ...minimal, environments: [{ key: "prod", ilertEndpoint: local, datadogApiUrl: local }] }, "t.json").environments[0],
      ).toMatchObject({
        ilertEndpoint: local,
        datadogApiUrl: local,
      });
    }
  });
});
