import { adoptedConfig, ConfigOptions, NO_FALLBACKS, payloadOf, uniqueKey } from "../../../cli/adopt/adopt-config";
import { findSetup } from "../../../cli/adopt/found-setup";
import { parseConfig } from "../../../app/config";
import { MONITOR, PAYLOAD, POLICY, SCHEDULE, SOURCE, accounts, setup, Setup } from "../../helpers/adopt-accounts";

const OPTIONS: ConfigOptions = { environment: "prod", monitors: true, group: "environment" };

function adopt(s: Setup = setup(), options: Partial<ConfigOptions> = {}) {
  const { ilert, datadog } = accounts(s);
  return adoptedConfig(findSetup(ilert, datadog), ilert, { ...OPTIONS, ...options });
}

describe("adoptedConfig: a config adopting every object as it is", () => {
  test("one team per alert source: schedule, policy, integration and monitors adopted in the environment; people by email, teams by id", () => {
    const { config, teams, leftAlone } = adopt();
    expect(config).toEqual({
      environments: [{ key: "prod" }],
      teams: [
        {
          key: "checkout",
          name: "Checkout (Datadog)",
          schedule: {
            name: "Checkout on-call",
            timezone: "Europe/Berlin",
            layers: [{ name: "Weekly", rotation: "weekly", start: "2026-01-05T09:00", users: ["alice@example.com", "bob@example.com"] }],
            showGaps: true,
            defaultShiftDuration: "PT12H",
            ilertTeamIds: ["1200"],
            adopt: { prod: "67" },
          },
          escalation: {
            name: "Checkout",
            rules: [
              { notify: { schedule: true }, escalateAfterMin: 15 },
              { notify: { user: "lead@example.com" }, escalateAfterMin: 30 },
            ],
            repeating: true,
            frequency: 2,
            ilertTeamIds: ["1200", "1201"],
            adopt: { prod: "45" },
          },
          integration: {
            name: "Checkout (Datadog)",
            webhookName: "ilert-checkout",
            alertCreation: "ONE_OPEN_ALERT_ALLOWED",
            autoResolutionTimeout: "PT4H",
            summaryTemplate: "{{ title }} ({{ service }})",
            payload: { json: PAYLOAD },
            ilertTeamIds: ["1200", "1201"],
            adopt: { prod: { alertSourceId: "101", webhookName: "ilert-checkout" } },
          },
          monitors: [
            {
              key: "checkout-errors",
              name: "Checkout errors",
              type: "query alert",
              query: MONITOR.query,
              message: MONITOR.message,
              priority: 2,
              tags: ["team:checkout"],
              thresholds: { critical: 50 },
              adopt: { prod: "7001" },
            },
          ],
        },
      ],
    });
    expect(leftAlone).toEqual([]);
    expect(teams[0].entries.map((e) => e.object)).toEqual([
      'escalation policy "Checkout" (id 45)',
      'schedule "Checkout on-call" (id 67)',
      'alert source "Checkout (Datadog)" (id 101)',
      "webhook @webhook-ilert-checkout",
      'monitor "Checkout errors" (id 7001)',
      "people alice@example.com, bob@example.com, lead@example.com",
      'iLert teams 1200 "Payments", 1201 "Search"',
    ]);
    // What the config app accepts.
    expect(() => parseConfig(config, "teams.json")).not.toThrow();
  });

  test("without --monitors the monitors are listed and ILDD-W1 suppressed; --group team gives a stack per team", () => {
    const { config, teams } = adopt(setup(), { monitors: false, group: "team", environment: "live" });
    const team = (config.teams as Record<string, unknown>[])[0];
    expect([config.stackPer, config.environments, team.monitors, team.suppress]).toEqual([
      "team",
      [{ key: "live" }],
      undefined,
      [
        {
          id: "ILDD-W1",
          reason:
            "the monitors that mention @webhook-ilert-checkout are not in this config (adopt ran without --monitors); they keep paging as they are",
        },
      ],
    ]);
    expect(teams[0].entries.find((e) => e.object.startsWith("monitor"))?.becomes).toBe(
      "listed, not adopted: it mentions @webhook-ilert-checkout (adopt with --monitors to take it over)",
    );
  });

  test("a policy or schedule the config app cannot declare is referenced by id, which changes nothing, with the reason", () => {
    const lists = { ...POLICY, escalationRules: [{ escalationTimeout: 5, schedules: [{ id: 67 }] }] };
    const staticSchedule = {
      ...SCHEDULE,
      type: "STATIC",
      scheduleLayers: undefined,
      shifts: [{ user: { id: 1001 }, start: "a", end: "b" }],
    };
    const one = adopt(setup({ policies: [lists] }));
    const team = (one.config.teams as Record<string, unknown>[])[0];
    expect([team.escalation, team.schedule]).toEqual([{ existingId: "45" }, undefined]);
    expect(one.teams[0].entries[0]).toEqual({
      object: 'escalation policy "Checkout" (id 45)',
      becomes:
        "teams[0].escalation: referenced by id, not adopted: its rule 1 notifies a list of schedules (schedules): the config app declares a rule notifying the team's one schedule (schedule)",
    });
    const two = adopt(setup({ schedules: [staticSchedule] }));
    expect((two.config.teams as Record<string, unknown>[])[0].schedule).toEqual({ existingId: "67" });
    expect(two.teams[0].entries[1].becomes).toBe(
      "teams[0].schedule: referenced by id, not adopted: a static schedule: the config app declares recurring ones (layers)",
    );
  });

  test("an object two sources share is adopted by the first team and referenced by the second", () => {
    const second = {
      ...SOURCE,
      id: 102,
      name: "Checkout EU",
      integrationKey: "il1dateu",
      integrationUrl: "https://x/api/v1/events/datadog/il1dateu",
    };
    const s = setup({
      sources: [SOURCE, second],
      webhooks: [...setup().webhooks, { name: "ilert-eu", url: second.integrationUrl, payload: PAYLOAD, encode_as: "json" }],
    });
    const { config, teams } = adopt(s);
    const [, eu] = config.teams as Record<string, unknown>[];
    expect([eu.key, eu.escalation, eu.schedule]).toEqual(["checkout-eu", { existingId: "45" }, undefined]);
    expect(teams[1].entries[0].becomes).toBe("teams[1].escalation: referenced by id, not adopted: teams[0].escalation adopts it");
    expect(() => parseConfig(config, "teams.json")).not.toThrow();
  });

  test("a rule notifying a team makes it the team's iLert team; objects without teams of their own then say so", () => {
    const policy = { ...POLICY, teams: [], escalationRules: [{ escalationTimeout: 0, teams: [{ id: 1201 }] }] };
    const source = { ...SOURCE, teams: [] };
    const team = (adopt(setup({ policies: [policy], sources: [source] })).config.teams as Record<string, any>[])[0];
    expect([team.ilertTeamId, team.escalation.rules, team.escalation.ilertTeamIds, team.integration.ilertTeamIds]).toEqual([
      "1201",
      [{ notify: { team: true }, escalateAfterMin: 0 }],
      [],
      [],
    ]);
  });

  test("fallbacks from an earlier attempt: a refused schedule referenced, a refused monitor or team left alone", () => {
    const { ilert, datadog } = accounts();
    const found = findSetup(ilert, datadog);
    const refused = adoptedConfig(found, ilert, OPTIONS, {
      ...NO_FALLBACKS,
      schedules: new Map([[0, "teams[0].schedule.layers[0].rotation: bad"]]),
      monitors: new Map([["0.7001", "teams[0].monitors[0].type: bad"]]),
    });
    const team = (refused.config.teams as Record<string, unknown>[])[0];
    expect([team.schedule, team.monitors]).toEqual([{ existingId: "67" }, undefined]);
    expect(refused.leftAlone).toEqual([
      {
        object: 'monitor "Checkout errors" (id 7001)',
        reason: "the config app cannot declare it as it is: teams[0].monitors[0].type: bad",
      },
    ]);
    const dropped = adoptedConfig(found, ilert, OPTIONS, { ...NO_FALLBACKS, teams: new Map([[0, "teams[0].integration.payload: bad"]]) });
    expect([dropped.config.teams, dropped.leftAlone]).toEqual([
      [],
      [
        {
          object: 'alert source "Checkout (Datadog)" (id 101)',
          reason: "the config app cannot declare it as it is: teams[0].integration.payload: bad",
        },
      ],
    ]);
  });

  test("monitor options where the provider would read another value than it sends by default", () => {
    const monitor = {
      ...MONITOR,
      options: {
        ...MONITOR.options,
        require_full_window: false,
        include_tags: false,
        new_group_delay: 60,
        notify_no_data: true,
        no_data_timeframe: 20,
        renotify_interval: 0,
      },
    };
    const team = (adopt(setup({ monitors: [monitor] })).config.teams as Record<string, any>[])[0];
    expect(team.monitors[0].options).toEqual({
      notifyNoData: true,
      noDataTimeframe: 20,
      includeTags: false,
      requireFullWindow: false,
      newGroupDelay: 60,
    });
  });
});

describe("payloadOf", () => {
  test("iLert's template exactly as the library writes it: no payload key; anything else: the text itself", () => {
    const ilert =
      '{"body":"$EVENT_MSG","last_updated":"$LAST_UPDATED","event_type":"$EVENT_TYPE","alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","link":"$LINK","title":"$EVENT_TITLE","date":"$DATE","org":{"id":"$ORG_ID","name":"$ORG_NAME"},"id":"$ID"}';
    expect(payloadOf(ilert)).toBeUndefined();
    expect(payloadOf(ilert.replace(",", ", "))).toEqual({ json: ilert.replace(",", ", ") });
    expect(payloadOf('{"alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","team":"$TEAM_KEY","t":"$TAGS[x]"}')).toEqual({
      json: '{"alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","team":"$TEAM_KEY","t":"$TAGS[x]"}',
      customVariables: ["TEAM_KEY"],
    });
    expect(payloadOf('{"body": "$EVENT_MSG"}')).toEqual({ json: '{"body": "$EVENT_MSG"}', withoutIlertFields: true });
    expect(payloadOf(null)).toBeUndefined();
  });
});

describe("uniqueKey", () => {
  test("a config key from a name: kebab, starting with a letter, at most 40 characters, unique, not reserved", () => {
    const taken = new Set<string>();
    expect(["Checkout", "checkout", "2 Fast", "Ünïcödé Team", "backend", "", "x".repeat(60)].map((n) => uniqueKey(n, taken))).toEqual([
      "checkout",
      "checkout-2",
      "fast",
      "unicode-team",
      "backend-2",
      "team",
      "x".repeat(36),
    ]);
  });
});
