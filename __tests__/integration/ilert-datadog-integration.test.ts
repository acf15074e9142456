import { TerraformStack, TerraformVariable, Testing, Token } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { Webhook } from "@cdktf/provider-datadog/lib/webhook";
import { AlertSource } from "../../.gen/providers/ilert/alert-source";
import { DataIlertEscalationPolicy } from "../../.gen/providers/ilert/data-ilert-escalation-policy";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DatadogPayload,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  IlertDatadogIntegrationProps,
  IlertDatadogValidationError,
  IEscalationPolicy,
  ISupportHours,
  PriorityMapping,
  SeverityMapping,
  SupportHours,
  Team,
  User,
} from "../../constructs";
import { warnings } from "../helpers/annotations";
import { ownHandle } from "../helpers/handles";
import { ILERT_TEMPLATE } from "../helpers/ilert-template";
import { only, synth, thrown } from "../helpers/synth";

function integration(stack: TerraformStack, props: Partial<IlertDatadogIntegrationProps> = {}): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, "Payments", {
    name: "Payments API",
    escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1234"),
    ...props,
  });
}

describe("IlertDatadogIntegration", () => {
  test("declares a DATADOG alert source on the escalation policy, protected from destroy", () => {
    const { tf } = synth((stack) => integration(stack));
    expect(only(tf, "resource", "ilert_alert_source").body).toEqual({
      name: "Payments API",
      integration_type: "DATADOG",
      escalation_policy: "1234",
      lifecycle: { prevent_destroy: true },
    });
  });

  test("sets every alert-source option it offers", () => {
    const { tf } = synth((stack) =>
      integration(stack, {
        alertCreation: AlertCreation.INTELLIGENT_GROUPING,
        alertGroupingWindow: AlertGroupingWindow.MINUTES_15,
        priorityRule: AlertPriorityRule.LOW_DURING_SUPPORT_HOURS,
        supportHours: SupportHours.fromId(stack, "Hours", "77"),
        autoResolutionTimeout: AutoResolutionTimeout.HOURS_2,
        teams: [Team.fromId(stack, "TeamA", "11"), Team.fromId(stack, "TeamB", "12")],
        summaryTemplate: "{{ title }}",
        detailsTemplate: "{{ body }}",
        active: false,
      }),
    );
    expect(only(tf, "resource", "ilert_alert_source").body).toEqual({
      name: "Payments API",
      integration_type: "DATADOG",
      escalation_policy: "1234",
      alert_creation: "INTELLIGENT_GROUPING",
      alert_grouping_window: "PT15M",
      alert_priority_rule: "LOW_DURING_SUPPORT_HOURS",
      support_hours: { id: 77 },
      auto_resolution_timeout: "PT2H",
      team: [{ id: 11 }, { id: 12 }],
      summary_template: { text_template: "{{ title }}" },
      details_template: { text_template: "{{ body }}" },
      active: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  test("with cdktf's jest matchers: both resources, the lookup, and both providers", () => {
    const { json } = synth((stack) => integration(stack, { escalationPolicy: EscalationPolicy.fromName(stack, "ByName", "Payments") }));
    expect(json).toHaveResourceWithProperties(AlertSource, { name: "Payments API", integration_type: "DATADOG" });
    expect(json).toHaveResourceWithProperties(Webhook, { name: "ilert-payments-api", encode_as: "json" });
    expect(json).toHaveDataSourceWithProperties(DataIlertEscalationPolicy, { name: "Payments" });
    expect(json).toHaveProvider(IlertProvider);
    expect(json).toHaveProvider(DatadogProvider);
    expect(json).not.toHaveResourceWithProperties(AlertSource, { integration_type: "API" });
  });

  test("protectFromDestroy: false drops prevent_destroy", () => {
    const { tf } = synth((stack) => integration(stack, { protectFromDestroy: false }));
    expect(only(tf, "resource", "ilert_alert_source").body.lifecycle).toBeUndefined();
  });

  test("declares a JSON webhook whose url references the alert source's integration_url", () => {
    const { tf } = synth((stack) => integration(stack));
    const source = only(tf, "resource", "ilert_alert_source");
    const webhook = only(tf, "resource", "datadog_webhook").body;
    expect(webhook.url).toBe(`\${ilert_alert_source.${source.name}.integration_url}`);
    expect(webhook.encode_as).toBe("json");
    expect(webhook.name).toBe("ilert-payments-api");
    expect(Object.keys(webhook).sort()).toEqual(["encode_as", "name", "payload", "url"]);
  });

  test("the default payload is exactly iLert's documented template", () => {
    const { tf } = synth((stack) => integration(stack));
    const payload = only(tf, "resource", "datadog_webhook").body.payload;
    expect(JSON.parse(payload)).toStrictEqual(ILERT_TEMPLATE);
    expect(Object.keys(JSON.parse(payload))).toEqual(Object.keys(ILERT_TEMPLATE));
  });

  test("payload: iLert's template with extra fields, or a custom template", () => {
    const extended = synth((stack) => integration(stack, { payload: DatadogPayload.ilertDefaultWith({ priority: "$ALERT_PRIORITY" }) }));
    expect(JSON.parse(only(extended.tf, "resource", "datadog_webhook").body.payload)).toStrictEqual({
      ...ILERT_TEMPLATE,
      priority: "$ALERT_PRIORITY",
    });

    const custom = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID", summary: "$EVENT_TITLE" };
    const customised = synth((stack) => integration(stack, { payload: DatadogPayload.custom(custom) }));
    expect(JSON.parse(only(customised.tf, "resource", "datadog_webhook").body.payload)).toStrictEqual(custom);
  });

  test("exposes the handle, the webhook name and the integration URL token", () => {
    synth((stack) => {
      const i = integration(stack, { webhookName: "payments_pager" });
      expect(i.webhookName).toBe("payments_pager");
      expect(i.notificationHandle).toBe("@webhook-payments_pager");
      expect(i.webhook.urlInput).toBe(i.integrationUrl);
      expect(Token.isUnresolved(i.integrationUrl)).toBe(true);
      expect(i.webhook.nameInput).toBe("payments_pager");
    });
  });

  test.each([
    ["Payments API", "ilert-payments-api"],
    ["  Zahlungsdienst Überweisungen (prod)  ", "ilert-zahlungsdienst-uberweisungen-prod"],
    ["db_primary/eu-west-1", "ilert-db_primary-eu-west-1"],
  ])("derives the webhook name from %j", (name, webhookName) => {
    synth((stack) => expect(integration(stack, { name }).webhookName).toBe(webhookName));
  });

  describe("escalation policy input", () => {
    test("an existing policy by id", () => {
      const { tf } = synth((stack) => integration(stack, { escalationPolicy: EscalationPolicy.fromId(stack, "Existing", "42") }));
      expect(only(tf, "resource", "ilert_alert_source").body.escalation_policy).toBe("42");
      expect(tf.data).toBeUndefined();
    });

    test("an existing policy by name, through the ilert_escalation_policy data source", () => {
      const { tf } = synth((stack) =>
        integration(stack, { escalationPolicy: EscalationPolicy.fromName(stack, "ByName", "Payments ${prod}") }),
      );
      const lookup = only(tf, "data", "ilert_escalation_policy");
      expect(lookup.body).toEqual({ name: "Payments $${prod}" });
      expect(only(tf, "resource", "ilert_alert_source").body.escalation_policy).toBe(`\${data.ilert_escalation_policy.${lookup.name}.id}`);
    });

    test("a policy the app declares", () => {
      const { tf } = synth((stack) => {
        const policy = new EscalationPolicy(stack, "Declared", {
          name: "Payments",
          rules: [{ target: EscalationTarget.user(User.fromId(stack, "Lead", "7")), escalationTimeoutMin: 10 }],
        });
        integration(stack, { escalationPolicy: policy });
      });
      const policy = only(tf, "resource", "ilert_escalation_policy");
      expect(policy.body).toEqual({ name: "Payments", escalation_rule: [{ escalation_timeout: 10, user: "7" }] });
      expect(only(tf, "resource", "ilert_alert_source").body.escalation_policy).toBe(`\${ilert_escalation_policy.${policy.name}.id}`);
    });
  });

  describe("providers", () => {
    test("a stack without providers gets one iLert and one Datadog provider, configured from the environment", () => {
      const { tf } = synth((stack) => {
        integration(stack);
        new IlertDatadogIntegration(stack, "Search", { name: "Search", escalationPolicy: EscalationPolicy.fromId(stack, "P2", "5") });
      });
      expect(tf.provider).toEqual({ ilert: [{}], datadog: [{}] });
      expect(tf.terraform.required_providers).toEqual({
        ilert: { source: "iLert/ilert", version: "2.25.0" },
        datadog: { source: "DataDog/datadog", version: "3.82.0" },
      });
      for (const type of ["ilert_alert_source", "datadog_webhook"]) {
        for (const body of Object.values<any>(tf.resource[type])) expect(body.provider).toBeUndefined();
      }
    });

    test("the user's own default providers are used, even when declared after the integration", () => {
      const { tf } = synth((stack) => {
        integration(stack);
        new IlertProvider(stack, "MyIlert", { endpoint: "https://ilert.example.com/" });
        new DatadogProvider(stack, "MyDatadog", { apiUrl: "https://api.datadoghq.eu/" });
      });
      expect(tf.provider).toEqual({
        ilert: [{ endpoint: "https://ilert.example.com/" }],
        datadog: [{ api_url: "https://api.datadoghq.eu/" }],
      });
    });

    test("aliased providers passed in props are used by every resource and lookup", () => {
      const { tf } = synth((stack) => {
        const ilert = new IlertProvider(stack, "Eu", { alias: "eu" });
        const datadog = new DatadogProvider(stack, "DdEu", { alias: "eu" });
        integration(stack, {
          escalationPolicy: EscalationPolicy.fromName(stack, "Policy2", "Payments", { ilertProvider: ilert }),
          ilertProvider: ilert,
          datadogProvider: datadog,
        });
      });
      expect(tf.provider).toEqual({ ilert: [{ alias: "eu" }], datadog: [{ alias: "eu" }] });
      expect(only(tf, "resource", "ilert_alert_source").body.provider).toBe("ilert.eu");
      expect(only(tf, "data", "ilert_escalation_policy").body.provider).toBe("ilert.eu");
      expect(only(tf, "resource", "datadog_webhook").body.provider).toBe("datadog.eu");
    });

    test("fails when a provider of the wrong kind is passed", () => {
      const err = thrown(() => synth((stack) => integration(stack, { ilertProvider: new DatadogProvider(stack, "Wrong", {}) })));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(
        "test/Payments: invalid ilertProvider \"a Datadog provider\": expected an iLert provider; pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default",
      );
    });

    test.each([
      ["ilertProvider", (stack: TerraformStack) => ({ ilertProvider: new IlertProvider(stack, "Shared") }), "an iLert"],
      ["datadogProvider", (stack: TerraformStack) => ({ datadogProvider: new DatadogProvider(stack, "Shared") }), "a Datadog"],
    ])("fails when %s belongs to another stack, naming both stacks", (prop, provider, kind) => {
      const app = Testing.app();
      const shared = provider(new TerraformStack(app, "shared"));
      const err = thrown(() => integration(new TerraformStack(app, "payments"), shared));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(
        `payments/Payments: invalid ${prop} "shared/Shared": expected ${kind} provider of stack payments, not of stack shared; declare ${kind} provider in stack payments and pass that one, or leave ${prop} unset to use the stack's default`,
      );
    });
  });

  describe("fails on hand-written handles", () => {
    test.each<[string, (stack: TerraformStack) => Partial<IlertDatadogIntegrationProps>, string]>([
      [
        "an escalation policy whose id is a name",
        (stack) => ({ escalationPolicy: ownHandle<IEscalationPolicy>(stack, "Own", { escalationPolicyId: "payments" }) }),
        'test/Payments: invalid escalationPolicy.escalationPolicyId "payments": expected digits (a numeric iLert id); set escalationPolicyId of the escalation policy handle test/Own to a numeric iLert id, e.g. "1234"; or pass an EscalationPolicy, or EscalationPolicy.fromId / EscalationPolicy.fromName',
      ],
      [
        "an escalation policy that is not a handle",
        () => ({ escalationPolicy: { id: "1234" } as any }),
        'test/Payments: invalid escalationPolicy {"id":"1234"}: expected an escalation policy handle; pass an EscalationPolicy, or EscalationPolicy.fromId / EscalationPolicy.fromName',
      ],
      [
        "support hours whose id JavaScript would round (support_hours { id } is a number)",
        (stack) => ({
          priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
          supportHours: ownHandle<ISupportHours>(stack, "Hours", { supportHoursId: "9007199254740992" }),
        }),
        'test/Payments: invalid supportHours.supportHoursId "9007199254740992": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set supportHoursId of the support hours handle test/Hours to a numeric iLert id, e.g. "1234"; or pass a SupportHours, or SupportHours.fromId',
      ],
      [
        "an owning team that is not a handle",
        () => ({ teams: ["payments" as any] }),
        'test/Payments: invalid teams[0] "payments": expected a team handle; pass a Team, or Team.fromId / Team.fromName',
      ],
    ])("%s", (_label, props, message) => {
      const err = thrown(() => synth((stack) => integration(stack, props(stack))));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(message);
    });
  });

  describe("fails", () => {
    test.each<[string, Partial<IlertDatadogIntegrationProps>, string]>([
      [
        "an empty name",
        { name: "" },
        'test/Payments: invalid name "": expected a string of 1-255 bytes (UTF-8); use an alert source name of 1-255 bytes',
      ],
      [
        "a webhook name with spaces",
        { webhookName: "my hook" },
        'test/Payments: invalid webhookName "my hook": expected only letters, digits, "-" and "_"; rename it, e.g. "my-hook"; Datadog rejects other characters only at apply time',
      ],
    ])("on %s", (_label, props, message) => {
      const err = thrown(() => synth((stack) => integration(stack, props)));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(message);
    });
  });

  describe("checks, pinned at their limits", () => {
    const source = (props: Partial<IlertDatadogIntegrationProps>) =>
      only(synth((stack) => integration(stack, props)).tf, "resource", "ilert_alert_source").body;
    const failure = (props: (stack: TerraformStack) => Partial<IlertDatadogIntegrationProps>) => {
      const err = thrown(() => synth((stack) => integration(stack, props(stack))));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      return err.message;
    };

    test("a name of 255 bytes is accepted, 256 refused", () => {
      const name = "ü".repeat(127) + "x";
      expect(source({ name, webhookName: "payments" }).name).toBe(name);
      expect(failure(() => ({ name: name + "x", webhookName: "payments" }))).toMatch(
        /^test\/Payments: invalid name ".*" \(129 characters\): expected a string of 1-255 bytes \(UTF-8\); use an alert source name of 1-255 bytes$/,
      );
    });

    test("a token name needs a webhook name; with one it passes unjudged", () => {
      synth((stack) => {
        const name = new TerraformVariable(stack, "name", { type: "string" }).stringValue;
        expect(integration(stack, { name, webhookName: "payments" }).webhookName).toBe("payments");
      });
      expect(failure((stack) => ({ name: new TerraformVariable(stack, "name", { type: "string" }).stringValue }))).toMatch(
        /^test\/Payments: missing webhookName: expected a webhook name, since none can be derived from name ".*"; set webhookName, e.g. "ilert-payments"$/,
      );
    });

    test("names and templates reach the provider as written (Terraform sequences escaped)", () => {
      expect(source({ name: "a ${b}", webhookName: "a", summaryTemplate: "${x}", detailsTemplate: "%{y}" })).toMatchObject({
        name: "a $${b}",
        summary_template: { text_template: "$${x}" },
        details_template: { text_template: "%%{y}" },
      });
    });

    test("grouping modes need a window; other modes refuse one", () => {
      expect(failure(() => ({ alertCreation: AlertCreation.INTELLIGENT_GROUPING }))).toBe(
        "test/Payments: missing alertGroupingWindow: expected a grouping window with alertCreation INTELLIGENT_GROUPING; set alertGroupingWindow, e.g. AlertGroupingWindow.MINUTES_5",
      );
      expect(
        failure(() => ({ alertCreation: AlertCreation.ONE_ALERT_PER_EMAIL, alertGroupingWindow: AlertGroupingWindow.MINUTES_5 })),
      ).toBe(
        'test/Payments: invalid alertGroupingWindow "PT5M": expected no grouping window unless alertCreation is ONE_ALERT_GROUPED_PER_WINDOW or INTELLIGENT_GROUPING; remove alertGroupingWindow, or choose a grouping alertCreation',
      );
      expect(failure(() => ({ alertGroupingWindow: AlertGroupingWindow.MINUTES_5 }))).toMatch(
        /^test\/Payments: invalid alertGroupingWindow "PT5M": /,
      );
      expect(
        source({ alertCreation: AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW, alertGroupingWindow: AlertGroupingWindow.MINUTES_5 }),
      ).toMatchObject({ alert_creation: "ONE_ALERT_GROUPED_PER_WINDOW", alert_grouping_window: "PT5M" });
    });

    test("support hours go with a support-hours priority rule only", () => {
      expect(failure(() => ({ priorityRule: AlertPriorityRule.LOW_DURING_SUPPORT_HOURS }))).toBe(
        "test/Payments: missing supportHours: expected support hours with priorityRule LOW_DURING_SUPPORT_HOURS; set supportHours: new SupportHours(this, 'Hours', { ... }), or SupportHours.fromId(this, 'Hours', '42')",
      );
      const hours = (stack: TerraformStack) => SupportHours.fromId(stack, "Hours", "42");
      expect(failure((stack) => ({ priorityRule: AlertPriorityRule.HIGH, supportHours: hours(stack) }))).toBe(
        'test/Payments: invalid supportHours "42": expected support hours only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS; choose one of those priority rules, or remove supportHours',
      );
      expect(failure((stack) => ({ supportHours: hours(stack) }))).toMatch(/^test\/Payments: invalid supportHours "42": /);
      expect(source({ priorityRule: AlertPriorityRule.HIGH })).toMatchObject({ alert_priority_rule: "HIGH" });
    });

    test("custom (escape-hatch) values are never paired", () => {
      expect(source({ alertCreation: AlertCreation.custom("NEW_GROUPING") }).alert_creation).toBe("NEW_GROUPING");
      expect(
        source({ alertCreation: AlertCreation.custom("NEW_GROUPING"), alertGroupingWindow: AlertGroupingWindow.MINUTES_5 }),
      ).toMatchObject({ alert_creation: "NEW_GROUPING", alert_grouping_window: "PT5M" });
      expect(source({ alertGroupingWindow: AlertGroupingWindow.custom("PT7M") }).alert_grouping_window).toBe("PT7M");
      expect(source({ priorityRule: AlertPriorityRule.custom("NEW_RULE") }).alert_priority_rule).toBe("NEW_RULE");
      const withHours = synth((stack) =>
        integration(stack, { priorityRule: AlertPriorityRule.custom("NEW_RULE"), supportHours: SupportHours.fromId(stack, "Hours", "42") }),
      );
      expect(only(withHours.tf, "resource", "ilert_alert_source").body.support_hours).toEqual({ id: 42 });
    });

    test("refuses props of the wrong type, each with its message", () => {
      expect(thrown(() => synth((stack) => new IlertDatadogIntegration(stack, "Payments", null as never))).message).toBe(
        "test/Payments: invalid props null: expected an object; pass { name, escalationPolicy }",
      );
      expect(failure(() => ({ summaryTemplate: "" }))).toBe(
        'test/Payments: invalid summaryTemplate "": expected a non-empty string; write an iLert template, or leave summaryTemplate unset',
      );
      expect(failure(() => ({ detailsTemplate: 5 as never }))).toBe(
        "test/Payments: invalid detailsTemplate 5: expected a non-empty string; write an iLert template, or leave detailsTemplate unset",
      );
      expect(failure(() => ({ active: "yes" as never }))).toBe(
        'test/Payments: invalid active "yes": expected true or false; set active to a boolean',
      );
      expect(failure(() => ({ protectFromDestroy: 0 as never }))).toBe(
        "test/Payments: invalid protectFromDestroy 0: expected true or false; set protectFromDestroy to a boolean",
      );
      expect(failure(() => ({ payload: ILERT_TEMPLATE as never }))).toMatch(
        /^test\/Payments: invalid payload .*: expected a DatadogPayload; use DatadogPayload.ilertDefault\(\), ilertDefaultWith\(\{...\}\) or custom\(\{...\}\)$/,
      );
      expect(failure(() => ({ priorityMapping: {} as never }))).toBe(
        "test/Payments: invalid priorityMapping {}: expected a PriorityMapping; use PriorityMapping.fromDatadogPriority()",
      );
      expect(failure(() => ({ severityMapping: {} as never }))).toBe(
        "test/Payments: invalid severityMapping {}: expected a SeverityMapping; use SeverityMapping.fromDatadogPriority()",
      );
      expect(failure(() => ({ alertCreation: "INTELLIGENT_GROUPING" as never }))).toMatch(
        /^test\/Payments: invalid alertCreation "INTELLIGENT_GROUPING": /,
      );
    });

    test("enum props given as plain strings, and hand-written support hours, are refused under their own names", () => {
      for (const prop of ["alertCreation", "alertGroupingWindow", "priorityRule", "autoResolutionTimeout"]) {
        expect(failure(() => ({ [prop]: "PT5M" }))).toMatch(new RegExp(`^test/Payments: invalid ${prop} "PT5M": expected one of `));
      }
      expect(failure(() => ({ priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS, supportHours: "42" as never }))).toMatch(
        /^test\/Payments: invalid supportHours "42": expected a support hours handle; /,
      );
    });

    test("connectMonitor refuses a resource that is not a datadog_monitor", () => {
      const err = thrown(() =>
        synth((stack) => {
          const i = integration(stack);
          i.connectMonitor(i.webhook as never);
        }),
      );
      expect(err.message).toBe(
        'test/Payments: invalid monitor "test/Payments/Webhook": expected a datadog_monitor resource; pass a Monitor from @cdktf/provider-datadog/lib/monitor, or use messageFor(message) for a message string',
      );
    });

    test("protectFromDestroy: true keeps prevent_destroy; the payload property is what was bound", () => {
      expect(source({ protectFromDestroy: true }).lifecycle).toEqual({ prevent_destroy: true });
      synth((stack) => {
        const payload = DatadogPayload.ilertDefaultWith({ team: "$HOSTNAME" });
        expect(integration(stack, { payload }).payload).toBe(payload);
      });
    });

    test("a priority or severity mapping adds alert_priority to the payload", () => {
      for (const mapping of [
        { priorityMapping: PriorityMapping.fromDatadogPriority() },
        { severityMapping: SeverityMapping.fromDatadogPriority() },
      ]) {
        const { tf } = synth((stack) => integration(stack, mapping));
        expect(JSON.parse(only(tf, "resource", "datadog_webhook").body.payload)).toEqual({
          ...ILERT_TEMPLATE,
          alert_priority: "$ALERT_PRIORITY",
        });
      }
      expect(IlertDatadogIntegration.DATADOG_INTEGRATION_TYPE).toBe("DATADOG");
    });
  });

  test("registers with the app's synth checks (docs/checks.md): ILDD-W1 when the app's monitors never mention it", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const payments = integration(stack);
    new Monitor(stack, "Cpu", {
      name: "Cpu",
      type: "metric alert",
      query: "avg(last_5m):avg:system.cpu.user{*} > 90",
      message: "CPU high",
    });
    Testing.synth(stack);
    expect(warnings(payments).map((w) => String(w).slice(0, 30))).toEqual(["[ILDD-W1] no datadog_monitor i"]);
  });
});
