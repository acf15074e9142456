import { ConfigError, parseConfig } from "../../app/config";

/** The problems parseConfig reports for `config`, or [] when it parses. */
function problems(config: object): readonly string[] {
  try {
    parseConfig(config, "teams.json");
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems;
  }
}

const escalation = { rules: [{ notify: { user: "lead@example.com" }, escalateAfterMin: 5 }] };
const environments = [{ key: "staging" }, { key: "prod" }];

describe("the adopt keys of a config (app/adoption-keys.ts)", () => {
  test("an adopted object names environments the team is deployed to", () => {
    expect(
      problems({
        environments,
        teams: [
          {
            key: "payments",
            environments: ["prod"],
            escalation: { ...escalation, adopt: { staging: "45" } },
            integration: { adopt: { qa: { alertSourceId: "101" } } },
          },
        ],
      }),
    ).toEqual([
      'teams[0].escalation.adopt.staging: the team is not deployed to environment "staging"; use one of "prod", or remove the entry',
      'teams[0].integration.adopt.qa: the team is not deployed to environment "qa"; use one of "prod", or remove the entry',
    ]);
    expect(problems({ environments, teams: [{ key: "payments", escalation: { ...escalation, adopt: { qa: "45" } } }] })).toEqual([
      'teams[0].escalation.adopt.qa: the team is not deployed to environment "qa"; use one of "staging", "prod", or remove the entry',
    ]);
  });

  test("an adopted webhook is the integration's webhook in that environment, by name or by default", () => {
    expect(
      problems({
        environments,
        teams: [
          { key: "payments", escalation, integration: { adopt: { prod: { alertSourceId: "1", webhookName: "ilert-payments-prod" } } } },
        ],
      }),
    ).toEqual([]);
    expect(
      problems({
        environments,
        teams: [{ key: "payments", escalation, integration: { adopt: { prod: { alertSourceId: "1", webhookName: "payments-hook" } } } }],
      }),
    ).toEqual([
      'teams[0].integration.adopt.prod.webhookName: invalid value "payments-hook": expected the integration\'s webhook name "ilert-payments-prod" (monitors mention @webhook-<name>); set teams[0].integration.webhookName to "payments-hook"',
    ]);
  });

  test("an object is adopted once per iLert account or Datadog organisation", () => {
    const team = (key: string, policy: string, monitor: string) => ({
      key,
      escalation: { ...escalation, adopt: { prod: policy } },
      integration: { webhookName: `ilert-${key}` },
      monitors: [{ key: "errors", name: "E", type: "query alert", query: "q > 1", message: "m", adopt: { prod: monitor } }],
    });
    expect(problems({ environments, teams: [team("payments", "45", "77"), team("search", "45", "77")] })).toEqual([
      'teams[1].escalation.adopt.prod: escalation policy 45 of iLert account "default" is adopted already by teams[0].escalation.adopt.prod; adopt each object once (two stacks would manage it, each undoing the other\'s changes)',
      "teams[1].monitors[0].adopt.prod: monitor 77 of Datadog organisation (DD_HOST) is adopted already by teams[0].monitors[0].adopt.prod; adopt each object once (two stacks would manage it, each undoing the other's changes)",
    ]);
    // A schedule, an alert source and a webhook too; each named with the account of its own environment.
    const onCall = (key: string) => ({
      key,
      schedule: {
        timezone: "Europe/Berlin",
        rotation: "weekly",
        start: "2026-01-05T09:00",
        users: ["a@example.com"],
        adopt: { prod: "12" },
      },
      escalation,
      integration: { webhookName: "shared", adopt: { prod: { alertSourceId: "101", webhookName: "shared" } } },
    });
    expect(
      problems({
        environments: [{ key: "staging", ilertAccount: "test" }, { key: "prod" }],
        teams: [onCall("payments"), onCall("search")],
      }),
    ).toEqual([
      'teams[1].schedule.adopt.prod: schedule 12 of iLert account "default" is adopted already by teams[0].schedule.adopt.prod; adopt each object once (two stacks would manage it, each undoing the other\'s changes)',
      'teams[1].integration.adopt.prod: alert source 101 of iLert account "default" is adopted already by teams[0].integration.adopt.prod; adopt each object once (two stacks would manage it, each undoing the other\'s changes)',
      "teams[1].integration.adopt.prod: webhook shared of Datadog organisation (DD_HOST) is adopted already by teams[0].integration.adopt.prod; adopt each object once (two stacks would manage it, each undoing the other's changes)",
    ]);
    // An integration adopted without its webhook's name adopts no webhook, so none twice.
    const sourceOnly = (key: string, alertSourceId: string) => ({ key, escalation, integration: { adopt: { prod: { alertSourceId } } } });
    expect(problems({ environments, teams: [sourceOnly("payments", "1"), sourceOnly("search", "2")] })).toEqual([]);
    // Other accounts and organisations hold other objects with the same ids.
    expect(
      problems({
        environments: [{ key: "staging", ilertAccount: "test", datadogApiUrl: "https://api.datadoghq.eu/" }, { key: "prod" }],
        teams: [
          {
            ...team("payments", "45", "77"),
            escalation: { ...escalation, adopt: { prod: "45", staging: "45" } },
            monitors: [{ ...team("p", "1", "1").monitors[0], adopt: { prod: "77", staging: "77" } }],
          },
        ],
      }),
    ).toEqual([]);
  });

  test("ids are checked by the schema, keyed by environment", () => {
    expect(problems({ environments, teams: [{ key: "payments", escalation: { ...escalation, adopt: { prod: "policy-45" } } }] })).toEqual([
      'teams[0].escalation.adopt.prod: invalid value "policy-45": expected a numeric iLert id, as a string, e.g. "1234"; use the number in the object\'s address in the iLert UI, in quotes',
    ]);
  });
});
