import { adoptedConfig, ConfigOptions } from "../../../cli/adopt/adopt-config";
import { findSetup } from "../../../cli/adopt/found-setup";
import { synthesizeConfig } from "../../../cli/adopt/synthesize-config";
import { fieldChanges, normalize, ObjectChanges, same, shown, takeoverChanges } from "../../../cli/adopt/takeover-changes";
import { ALERT_SOURCE_VIEW, MONITOR_VIEW } from "../../../cli/adopt/terraform-view";
import { KEY, MONITOR, POLICY, SOURCE, WEBHOOK, accounts, setup, Setup } from "../../helpers/adopt-accounts";

const OPTIONS: ConfigOptions = { environment: "prod", monitors: true, group: "environment" };

/** The changes the first apply would make, for the config adopt writes for `s` (with `edit` applied to it), synthesized. */
function changesFor(s: Setup = setup(), edit: (config: any) => void = () => undefined): ObjectChanges[] {
  const { ilert, datadog } = accounts(s);
  const { config } = adoptedConfig(findSetup(ilert, datadog), ilert, OPTIONS);
  edit(config);
  return takeoverChanges(synthesizeConfig(config, "teams.json").stacks, ilert, datadog);
}

const changed = (changes: ObjectChanges[]) => changes.filter((c) => c.changes.length > 0).map((c) => [c.object, c.changes]);

describe("takeoverChanges: the synthesized config against the objects it imports", () => {
  test("the config adopt writes changes nothing: every adopted object, none changed", () => {
    const changes = changesFor();
    expect(changes.map((c) => [c.stack, c.object])).toEqual([
      ["prod", "ilert_schedule 67"],
      ["prod", "ilert_escalation_policy 45"],
      ["prod", "ilert_alert_source 101"],
      ["prod", "datadog_webhook ilert-checkout"],
      ["prod", "datadog_monitor 7001"],
    ]);
    expect(changed(changes)).toEqual([]);
  });

  test("a value the config changes is listed with what it is now and what the first apply makes it", () => {
    const changes = changesFor(setup(), (config) => {
      config.teams[0].escalation.rules[0].escalateAfterMin = 20;
      config.teams[0].schedule.layers[0].users.reverse();
      config.teams[0].integration.summaryTemplate = undefined;
    });
    expect(changed(changes)).toEqual([
      [
        "ilert_schedule 67",
        [
          {
            attribute: "schedule_layer",
            now: expect.stringContaining('"user":[{"id":1001},{"id":1002}]'),
            after: expect.stringContaining('"user":[{"id":"1002"},{"id":"1001"}]'),
            replaces: false,
          },
        ],
      ],
      [
        "ilert_escalation_policy 45",
        [
          {
            attribute: "escalation_rule",
            now: expect.stringContaining('"escalation_timeout":15'),
            after: expect.stringContaining('"escalation_timeout":20'),
            replaces: false,
          },
        ],
      ],
      [
        "ilert_alert_source 101",
        [{ attribute: "summary_template", now: '[{"text_template":"{{ title }} ({{ service }})"}]', after: "(none)", replaces: false }],
      ],
    ]);
  });

  test("settings the library cannot express: a link template cleared, a monitor without new_host_delay given 300 (found by the e2e)", () => {
    const source = { ...SOURCE, linkTemplates: [{ text: "Runbook", hrefTemplate: { textTemplate: "https://wiki" } }] };
    const { new_host_delay: _delay, ...options } = MONITOR.options!;
    expect(changed(changesFor(setup({ sources: [source], monitors: [{ ...MONITOR, options }] })))).toEqual([
      [
        "ilert_alert_source 101",
        [
          {
            attribute: "link_template",
            now: '[{"text":"Runbook","href_template":[{"text_template":"https://wiki"}]}]',
            after: "(none)",
            replaces: false,
          },
        ],
      ],
      ["datadog_monitor 7001", [{ attribute: "new_host_delay", now: "(none)", after: "300", replaces: false }]],
    ]);
  });

  test("a webhook whose URL only ends with the source's key: the first apply sets the integration URL; neither is shown", () => {
    const webhook = { ...WEBHOOK, url: `https://ilertnow.com/api/v1/events/datadog/${KEY}` };
    const [[object, [change]]] = changed(changesFor(setup({ webhooks: [webhook] }))) as [string, ObjectChanges["changes"]][];
    expect([object, change]).toEqual([
      "datadog_webhook ilert-checkout",
      {
        attribute: "url",
        now: "https://ilertnow.com/api/v1/events/datadog/<hidden: an integration URL or key>",
        after: "<hidden: an integration URL or key>",
        replaces: false,
      },
    ]);
  });
});

describe("takeoverChanges: what adopt can say about a change (found by a new user's walk, issue 26)", () => {
  test("a policy that does not repeat: its unused frequency (0 read, 1 planned) is listed as unused, not as a change", () => {
    const { frequency: _f, ...policy } = { ...POLICY, repeating: false };
    const changes = changesFor(setup({ policies: [policy] }));
    expect(changed(changes)).toEqual([]);
    expect(changes.filter((c) => c.unused.length > 0).map((c) => [c.object, c.unused])).toEqual([
      [
        "ilert_escalation_policy 45",
        [
          {
            attribute: "frequency",
            now: "0",
            after: "1",
            replaces: false,
            why: "unused: the policy does not repeat, so how often it repeats changes nothing; iLert provider 2.20.0 plans its default 1 for a config without one (it accepts 1 to 9, not the 0 read here); whether iLert keeps 1 for a policy that does not repeat, or a later plan shows this again, is UNCERTAIN",
          },
        ],
      ],
    ]);
  });

  test("a repeating policy's frequency is a change like any other", () => {
    const changes = changesFor(setup(), (config) => {
      config.teams[0].escalation.frequency = 3;
    });
    expect(changed(changes)).toEqual([["ilert_escalation_policy 45", [{ attribute: "frequency", now: "2", after: "3", replaces: false }]]]);
    expect(changes.flatMap((c) => c.unused)).toEqual([]);
  });

  test("a monitor mentioning the webhook only in its escalation message: the mention added to its message is unavoidable, and says why", () => {
    const monitor = {
      ...MONITOR,
      message: "Errors.\nsee the dashboard",
      options: { ...MONITOR.options, escalation_message: "Still failing @webhook-ilert-checkout" },
    };
    expect(changed(changesFor(setup({ monitors: [monitor] })))).toEqual([
      [
        "datadog_monitor 7001",
        [
          {
            attribute: "message",
            now: "Errors.\nsee the dashboard",
            after: "Errors.\nsee the dashboard\n@webhook-ilert-checkout",
            replaces: false,
            why: "unavoidable: the monitor mentions @webhook-ilert-checkout only in its escalation message, which Datadog sends on re-notifications, so today it pages only when it re-notifies; the config app makes every monitor it adopts page through its team's webhook by mentioning it in the message, and cannot declare a mention in the escalation message alone, so after the first apply this monitor also pages on its first alert. To keep it as it is, leave it out of the config (adopt without --monitors lists it and leaves it alone)",
          },
        ],
      ],
    ]);
  });
});

describe("fieldChanges: what the provider plans for each attribute", () => {
  test("left out: a default is sent, a zero is 'unset', a computed value stays; a forceNew attribute replaces", () => {
    const source = { ...SOURCE, alertPriorityRule: undefined, active: false, integrationType: "API" };
    expect(
      fieldChanges(ALERT_SOURCE_VIEW, source, {
        name: SOURCE.name,
        integration_type: "DATADOG",
        escalation_policy: "45",
        alert_creation: "ONE_OPEN_ALERT_ALLOWED",
        auto_resolution_timeout: "PT4H",
        summary_template: { text_template: "{{ title }} ({{ service }})" },
        team: [{ id: 1200 }, { id: 1201 }],
      }),
    ).toEqual([
      { attribute: "integration_type", now: "API", after: "DATADOG", replaces: true },
      { attribute: "active", now: "false", after: "true", replaces: false },
      { attribute: "alert_priority_rule", now: '""', after: "HIGH", replaces: false },
    ]);
  });

  test("a monitor's tags are a set: another order is no change (found by adopt's own run)", () => {
    const declared = {
      name: MONITOR.name,
      type: MONITOR.type,
      query: MONITOR.query,
      message: MONITOR.message,
      priority: "2",
      monitor_thresholds: { critical: "50" },
      tags: ["b", "a"],
    };
    expect(fieldChanges(MONITOR_VIEW, { ...MONITOR, tags: ["a", "b"] }, declared)).toEqual([]);
  });
});

describe("normalize and same", () => {
  test("numbers as text, a block of one as that block, empty values left out of objects", () => {
    expect(normalize([{ id: 1200, name: "", x: [], y: null, z: false }])).toEqual({ id: "1200" });
    expect(same({ critical: "50.0" }, [{ critical: 50 }])).toBe(true);
    expect(same(["a", "b"], ["b", "a"])).toBe(false);
    expect(same("", null)).toBe(false);
  });

  test("shown: text as it is, others as JSON, secrets hidden (longest first), long values cut", () => {
    expect(shown("https://x/key-123", ["key-123", "https://x/key-123"])).toBe("<hidden: an integration URL or key>");
    expect(shown({ a: 1 })).toBe('{"a":1}');
    // Line feeds stay (the report shows such a value in a fenced block), other controls are escaped.
    expect(shown("a\nb\rc\u001b")).toBe("a\nb\\u000dc\\u001b");
    expect(shown("")).toBe('""');
    expect(shown("x".repeat(400))).toBe(`${"x".repeat(280)}... (400 characters)`);
  });
});
