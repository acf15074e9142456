import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { buildFromConfig } from "../../app/build";
import { ConfigError, loadConfig, parseConfig } from "../../app/config";
import { AppConfig } from "../../app/config-schema";

function synthStacks(raw: unknown): Record<string, Record<string, any>> {
  const app = Testing.app();
  const stacks = buildFromConfig(app, parseConfig(raw, "teams.json"), "teams.json");
  return Object.fromEntries(stacks.map((s) => [s.node.id, JSON.parse(Testing.synth(s))]));
}

const team = (key: string, extra: object = {}) => ({ key, escalation: { existingId: "12" }, ...extra });
const base = { environments: [{ key: "staging" }, { key: "prod" }], teams: [team("payments"), team("search", { environments: ["prod"] })] };

describe("stacks from config", () => {
  test("one stack per environment with the teams deployed there", () => {
    const stacks = synthStacks(base);
    expect(Object.keys(stacks)).toEqual(["staging", "prod"]);
    expect(Object.values<any>(stacks.staging.resource.datadog_webhook).map((w) => w.name)).toEqual(["ilert-payments-staging"]);
    expect(
      Object.values<any>(stacks.prod.resource.datadog_webhook)
        .map((w) => w.name)
        .sort(),
    ).toEqual(["ilert-payments-prod", "ilert-search-prod"]);
    expect(
      Object.values<any>(stacks.prod.resource.ilert_alert_source)
        .map((s) => s.name)
        .sort(),
    ).toEqual(["payments (prod)", "search (prod)"]);
  });

  test("one stack per team and environment when asked", () => {
    expect(Object.keys(synthStacks({ ...base, stackPer: "team" }))).toEqual(["staging-payments", "prod-payments", "prod-search"]);
  });

  test("per-environment endpoints configure the providers, and nothing else", () => {
    const stacks = synthStacks({
      ...base,
      environments: [{ key: "prod", datadogApiUrl: "https://api.datadoghq.eu/", ilertEndpoint: "https://ilert.example.com/" }],
    });
    expect(stacks.prod.provider).toEqual({
      datadog: [{ api_url: "https://api.datadoghq.eu/" }],
      ilert: [{ endpoint: "https://ilert.example.com/" }],
    });
  });

  test("without an endpoint, a provider only where the stack's resources need it (the user settings need no Datadog)", () => {
    const stacks = synthStacks({
      stackPer: "team",
      environments: [{ key: "prod", ilertEndpoint: "https://ilert.example.com/" }],
      teams: [
        team("payments", {
          schedule: { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: ["alice@example.com"] },
          reminders: { beforeMin: 60, method: "EMAIL" },
        }),
      ],
    });
    expect(Object.keys(stacks)).toEqual(["prod-payments", "prod-user-settings"]);
    expect(stacks["prod-payments"].provider).toEqual({ datadog: [{}], ilert: [{ endpoint: "https://ilert.example.com/" }] });
    expect(stacks["prod-user-settings"].provider).toEqual({ ilert: [{ endpoint: "https://ilert.example.com/" }] });
  });

  test("a schedule, a two-step policy, reminders and a wired monitor", () => {
    const stacks = synthStacks({
      environments: [{ key: "prod" }],
      teams: [
        {
          key: "payments",
          schedule: {
            timezone: "Europe/Berlin",
            rotation: "P14D",
            start: "2026-01-05T09:00",
            users: ["alice@example.com", { id: "7", email: "bob@example.com" }],
          },
          escalation: {
            rules: [
              { notify: { schedule: true }, escalateAfterMin: 10 },
              { notify: { user: "alice@example.com" }, escalateAfterMin: 10 },
            ],
          },
          reminders: { beforeMin: 30, method: "EMAIL" },
          integration: { priorityMapping: {} },
          monitors: [
            {
              key: "errors",
              name: "Errors ${env}",
              type: "query alert",
              query: "avg(last_5m):avg:errors{*} > 1",
              message: "Too many errors",
              priority: 2,
            },
          ],
        },
      ],
    });
    const tf = stacks.prod;
    const [scheduleName, schedule] = Object.entries<any>(tf.resource.ilert_schedule)[0];
    expect(schedule.schedule_layer[0].rotation).toBe("P14D");
    const policy = Object.values<any>(tf.resource.ilert_escalation_policy)[0];
    expect(policy.escalation_rule[0]).toEqual({ escalation_timeout: 10, schedule: `\${ilert_schedule.${scheduleName}.id}` });
    // alice is looked up once by the team (and once by the account's reminders), bob is given by id
    expect(Object.keys(tf.data.ilert_user).filter((k) => k.startsWith("payments_"))).toHaveLength(1);
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.before_min)).toEqual([30, 30]);
    const monitor = Object.values<any>(tf.resource.datadog_monitor)[0];
    expect(monitor.message).toBe("Too many errors\n@webhook-ilert-payments-prod");
    expect(monitor.name).toBe("Errors $${env}"); // literal text from the config, escaped for Terraform
    // Datadog stores the query's threshold when none is sent; declared, so that a plan settles (e2e finding)
    expect(monitor.monitor_thresholds).toEqual({ critical: "1" });
  });

  test("keys that make one stack name twice are a ConfigError before any stack is declared (stack-plan.ts words it)", () => {
    const config = parseConfig(
      { stackPer: "team", environments: [{ key: "a-b" }, { key: "a" }], teams: [team("c"), team("b-c")] },
      "teams.json",
    );
    const app = Testing.app();
    expect(() => buildFromConfig(app, config, "teams.json")).toThrow(
      new ConfigError("teams.json", [
        'teams[1].key: invalid value "b-c": expected keys that make distinct stack names: environment "a-b" with team "c" (teams[0]) and environment "a" with team "b-c" (teams[1]) both make the stack "a-b-c"; rename one of them',
      ]),
    );
    expect(app.node.children).toEqual([]);
  });

  test("a construct's validation error names the file and the JSON path of the value", () => {
    const config: AppConfig = parseConfig(
      { environments: [{ key: "prod" }], teams: [team("payments", { integration: { webhookName: "pay ments" } })] },
      "teams.json",
    );
    expect(() => buildFromConfig(Testing.app(), config, "teams.json")).toThrow(
      new ConfigError("teams.json", [
        'teams[0].integration.webhookName: invalid value "pay ments": expected only letters, digits, "-" and "_"; rename it, e.g. "pay-ments"; Datadog rejects other characters only at apply time',
      ]),
    );
  });

  test("suppress: a warning is suppressed for the team's constructs; an error or an unknown id is a problem at its path", () => {
    const suppress = [
      { id: "ILDD-W1", reason: "monitors elsewhere mention it" },
      { id: "ILDD-E3", reason: "two teams share a webhook" },
      { id: "ILDD-W99", reason: "typo" },
    ];
    const config = parseConfig(
      { environments: [{ key: "staging" }, { key: "prod" }], teams: [team("payments", { suppress })] },
      "teams.json",
    );
    expect(() => buildFromConfig(Testing.app(), config, "teams.json")).toThrow(
      new ConfigError("teams.json", [
        'teams[0].suppress[1].id: invalid value "ILDD-E3": expected the id of a warning, one of "ILDD-W1"; ILDD-E3 is an error, which cannot be suppressed: fix what it reports',
        'teams[0].suppress[2].id: invalid value "ILDD-W99": expected the id of a warning, one of "ILDD-W1"; use the id that starts the warning\'s message (docs/checks.md lists them)',
      ]),
    );
    const app = Testing.app();
    const [stack] = buildFromConfig(
      app,
      parseConfig({ environments: [{ key: "prod" }], teams: [team("payments", { suppress: [suppress[0]] })] }, "teams.json"),
      "teams.json",
    );
    expect(stack.node.findChild("payments").node.metadata).toEqual([
      expect.objectContaining({ type: "cdktf-ilert-datadog/suppress", data: suppress[0] }),
    ]);
  });

  test("every construct's error of every team in one run, by config path, once for all environments", () => {
    const config = parseConfig(
      {
        environments: [{ key: "staging" }, { key: "prod" }],
        teams: [
          {
            key: "payments",
            schedule: { timezone: "Mars/Olympus", rotation: "weekly", start: "2026-01-05T09:00", users: ["a@example.com"] },
            escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: -1 }] },
            integration: { summaryTemplate: "" },
          },
          { key: "search", escalation: { existingId: "1" }, schedule: { existingId: "2" }, integration: { name: "" } },
        ],
      },
      "teams.json",
    );
    let problems: readonly string[] = [];
    try {
      buildFromConfig(Testing.app(), config, "teams.json");
    } catch (e) {
      problems = (e as ConfigError).problems;
    }
    expect(problems).toEqual([
      'teams[0].schedule.timezone: invalid value "Mars/Olympus": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
      "teams[0].escalation.rules[0].escalateAfterMin: invalid value -1: expected an integer from 0 to 525600; give the minutes to wait before escalating",
      'teams[0].integration.summaryTemplate: invalid value "": expected a non-empty string; write an iLert template, or leave summaryTemplate unset',
      'teams[1].integration.name: invalid value "": expected a string of 1-255 bytes (UTF-8); use an alert source name of 1-255 bytes',
    ]);
  });
});

describe("config keys that reach the API", () => {
  const withIntegration = (integration: object, extra: object = {}) =>
    synthStacks({ environments: [{ key: "prod" }], teams: [team("payments", { integration, ...extra })] }).prod;
  const alertSource = (tf: Record<string, any>) => Object.values<any>(tf.resource.ilert_alert_source)[0];

  test("priorityMapping: the defaults, or with overrides, as the alert source's priority template", () => {
    expect(alertSource(withIntegration({ priorityMapping: { P3: "HIGH" } })).priority_template.mapping).toEqual([
      { value: "P1", priority: "HIGH" },
      { value: "P2", priority: "HIGH" },
      { value: "P3", priority: "HIGH" },
      { value: "P4", priority: "LOW" },
      { value: "P5", priority: "LOW" },
    ]);
  });

  test("severityMapping: as the alert source's severity template", () => {
    expect(alertSource(withIntegration({ severityMapping: { P2: 1 } })).severity_template.mapping.map((m: any) => m.severity)).toEqual([
      1, 1, 3, 4, 5,
    ]);
  });

  test("the example's monitor priority reaches iLert (its integration maps priorities)", () => {
    const config = loadConfig(path.join(__dirname, "../../examples/config.example.json"));
    const app = Testing.app();
    const [staging] = buildFromConfig(app, config, "example");
    const tf = JSON.parse(Testing.synth(staging));
    const payments = Object.values<any>(tf.resource.ilert_alert_source).find((s) => s.name === "Payments (staging)");
    expect(payments.priority_template.mapping[0]).toEqual({ value: "P1", priority: "HIGH" });
    expect(Object.values<any>(tf.resource.datadog_monitor)[0].priority).toBe("1");
  });

  test("protectFromDestroy: prevent_destroy unless false", () => {
    expect(alertSource(withIntegration({})).lifecycle).toEqual({ prevent_destroy: true });
    expect(alertSource(withIntegration({ protectFromDestroy: true })).lifecycle).toEqual({ prevent_destroy: true });
    expect(alertSource(withIntegration({ protectFromDestroy: false })).lifecycle).toBeUndefined();
  });

  test("an iLert team by name is looked up, and owns the team's objects", () => {
    const tf = withIntegration({}, { ilertTeamName: "Payments" });
    expect(Object.values<any>(tf.data.ilert_team)).toEqual([{ name: "Payments" }]);
    const teamId = `\${data.ilert_team.${Object.keys(tf.data.ilert_team)[0]}.id}`;
    expect(alertSource(tf).team).toEqual([{ id: teamId }]);
  });
});

describe("reminders are settings of the iLert user: declared once per iLert account", () => {
  /** Every reminder (duty preference) of every stack, as "<stack>: <person> <method>/<beforeMin>". */
  function reminders(raw: unknown): string[] {
    const stacks = synthStacks(raw);
    return Object.entries(stacks).flatMap(([name, tf]) =>
      Object.values<any>(tf.resource?.ilert_user_duty_preference ?? {}).map((p) => {
        const lookup = /^\$\{data\.ilert_user\.([^.]+)\.id\}$/.exec(p.user.id);
        const person = lookup ? tf.data.ilert_user[lookup[1]].email : `id ${p.user.id}`;
        return `${name}: ${person} ${p.method}/${p.before_min}`;
      }),
    );
  }
  /** Stacks per iLert account that declare the same person's same reminder. */
  const duplicates = (lines: string[], accountOf: (stack: string) => string) => {
    const seen = lines.map((l) => `${accountOf(l.split(":")[0])} ${l.split(": ")[1]}`);
    return seen.filter((s, i) => seen.indexOf(s) !== i);
  };
  const schedule = (users: unknown[]) => ({ timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users });
  const onCall = (key: string, users: unknown[], extra: object = {}) => ({
    key,
    schedule: schedule(users),
    escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 5 }] },
    reminders: { beforeMin: 60, method: "EMAIL" },
    ...extra,
  });

  test("the example: no two stacks of the account declare the same user's reminder", () => {
    const example = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/config.example.json"), "utf8"));
    const lines = reminders(example);
    expect(lines.length).toBeGreaterThan(0);
    expect(duplicates(lines, () => "one account")).toEqual([]);
  });

  test("by default in the last environment of the account; a person on two teams once", () => {
    const lines = reminders({
      environments: [{ key: "staging" }, { key: "prod" }],
      teams: [
        onCall("payments", ["alice@example.com", "bob@example.com"]),
        onCall("search", ["alice@example.com"], { environments: ["staging"] }),
      ],
    });
    expect(lines.sort()).toEqual(["prod: alice@example.com EMAIL/60", "prod: bob@example.com EMAIL/60"]);
  });

  test("in the environment marked userSettings; once per iLert account; in a stack of its own per team", () => {
    const lines = reminders({
      stackPer: "team",
      environments: [{ key: "staging", userSettings: true }, { key: "prod" }, { key: "partner", ilertAccount: "partner" }],
      teams: [onCall("payments", ["alice@example.com", { id: "4711" }], { reminders: { beforeMin: 15, method: "PUSH" } })],
    });
    expect(lines.sort()).toEqual([
      "partner-user-settings: alice@example.com PUSH/15",
      "partner-user-settings: id 4711 PUSH/15",
      "staging-user-settings: alice@example.com PUSH/15",
      "staging-user-settings: id 4711 PUSH/15",
    ]);
  });

  test("an invalid reminder is reported at its team's reminders entry", () => {
    const config = parseConfig(
      { environments: [{ key: "prod" }], teams: [onCall("payments", ["a@example.com"], { reminders: { beforeMin: 7, method: "PUSH" } })] },
      "teams.json",
    );
    expect(() => buildFromConfig(Testing.app(), config, "teams.json")).toThrow(
      new ConfigError("teams.json", [
        "teams[0].reminders.beforeMin: invalid value 7: expected one of 0, 15, 30, 60, 180, 360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest",
      ]),
    );
  });

  test("two owners in one account is a config error", () => {
    expect(() =>
      parseConfig(
        {
          environments: [
            { key: "a", userSettings: true },
            { key: "b", userSettings: true },
          ],
          teams: [team("payments")],
        },
        "teams.json",
      ),
    ).toThrow(
      new ConfigError("teams.json", [
        'environments[1].userSettings: environment "a" already declares the user settings of iLert account "default"; set it on one environment per account',
      ]),
    );
  });
});
