import type { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { only, thrown } from "../helpers/synth";
import { cdktfFramework, cdktnFramework, Framework } from "./frameworks";

// A representative subset of the suite, run against both builds of the one source: the TypeScript
// source with cdktf, and the cdktn build (module specifiers rewritten, scripts/cdktn) with cdktn's own
// Testing, App and Datadog bindings. cdktn's Testing.app() turns on its future flags (among them
// failOnConstructsOutsideOfStacks), so every construct here lives in a stack, as in a real app.

const ILERT_TEMPLATE = {
  body: "$EVENT_MSG",
  last_updated: "$LAST_UPDATED",
  event_type: "$EVENT_TYPE",
  alert_transition: "$ALERT_TRANSITION",
  alert_id: "$ALERT_ID",
  link: "$LINK",
  title: "$EVENT_TITLE",
  date: "$DATE",
  org: { id: "$ORG_ID", name: "$ORG_NAME" },
  id: "$ID",
};

/** What each scenario declares in a stack, with the framework's own classes. */
const SCENARIOS: Record<string, (fw: Framework, stack: TerraformStack) => void> = {
  integration: ({ lib, Monitor }, stack) => {
    const paging = new lib.IlertDatadogIntegration(stack, "Payments", {
      name: "Payments API",
      escalationPolicy: lib.EscalationPolicy.fromId(stack, "Policy", "1234"),
    });
    paging.connectMonitor(
      new Monitor(stack, "Cpu", { name: "CPU", type: "metric alert", query: "avg(last_5m):avg:cpu{*} > 90", message: "CPU high" }),
    );
  },
  policy: ({ lib }, stack) => {
    new lib.EscalationPolicy(stack, "Policy", {
      name: "Payments",
      rules: [{ target: lib.EscalationTarget.user(lib.User.fromId(stack, "Lead", "7")), escalationTimeoutMin: 15 }],
    });
  },
  schedule: ({ lib }, stack) => {
    new lib.OnCallSchedule(stack, "Schedule", {
      name: "Payments",
      timezone: "Europe/Berlin",
      layers: [
        {
          users: [lib.User.fromId(stack, "Alice", "1"), lib.User.fromId(stack, "Bob", "2")],
          rotation: lib.Rotation.weekly(),
          start: "2026-01-05T09:00",
        },
      ],
    });
  },
  reminder: ({ lib }, stack) => {
    new lib.OnCallReminder(stack, "Reminder", {
      user: lib.User.fromId(stack, "Bob", "42"),
      beforeMin: 60,
      method: lib.ReminderMethod.PUSH,
    });
  },
};

function synth(fw: Framework, scenario: string): Record<string, any> {
  const stack = new fw.core.TerraformStack(fw.core.Testing.app(), "test");
  SCENARIOS[scenario](fw, stack);
  return JSON.parse(fw.core.Testing.synth(stack));
}

function annotations(fw: Framework, construct: IConstruct, type: "ERROR" | "WARN"): unknown[] {
  const level = fw.core.AnnotationMetadataEntryType[type];
  return construct.node.metadata.filter((m) => m.type === level).map((m) => m.data);
}

let cdktn: ReturnType<typeof cdktnFramework>;
const FRAMEWORKS: Record<Framework["name"], () => Framework> = { cdktf: cdktfFramework, cdktn: () => cdktn.framework };

beforeAll(() => {
  cdktn = cdktnFramework();
}, 60_000);
afterAll(() => cdktn?.remove());

describe.each(Object.keys(FRAMEWORKS) as Framework["name"][])("the %s build", (name) => {
  let fw: Framework;
  beforeAll(() => {
    fw = FRAMEWORKS[name]();
  });

  test("loads the framework it was built for", () => {
    // The checks engine registers its aspect through this framework, or it would never run.
    const stack = new fw.core.TerraformStack(fw.core.Testing.app(), "test");
    SCENARIOS.integration(fw, stack);
    expect(fw.core.Aspects.of(stack).all.length).toBe(1);
    expect(fw.core.TerraformStack.isStack(stack)).toBe(true);
  });

  test("the integration: a DATADOG alert source, and a webhook posting iLert's payload to its URL", () => {
    const tf = synth(fw, "integration");
    const source = only(tf, "resource", "ilert_alert_source");
    expect(source.body).toEqual({
      name: "Payments API",
      integration_type: "DATADOG",
      escalation_policy: "1234",
      lifecycle: { prevent_destroy: true },
    });
    const { payload, ...webhook } = only(tf, "resource", "datadog_webhook").body;
    expect(webhook).toEqual({
      name: "ilert-payments-api",
      url: `\${ilert_alert_source.${source.name}.integration_url}`,
      encode_as: "json",
    });
    expect(JSON.parse(payload)).toStrictEqual(ILERT_TEMPLATE);
    expect(only(tf, "resource", "datadog_monitor").body.message).toBe("CPU high\n@webhook-ilert-payments-api");
  });

  test("default providers, added by the checks engine's aspect, pinned to the framework's bindings", () => {
    const tf = synth(fw, "integration");
    expect(tf.provider).toEqual({ ilert: [{}], datadog: [{}] });
    expect(tf.terraform.required_providers).toEqual({
      ilert: { source: "iLert/ilert", version: "2.25.0" },
      datadog: { source: "DataDog/datadog", version: fw.datadogVersion },
    });
  });

  test("an escalation policy", () => {
    expect(only(synth(fw, "policy"), "resource", "ilert_escalation_policy").body).toEqual({
      name: "Payments",
      escalation_rule: [{ escalation_timeout: 15, user: "7" }],
    });
  });

  test("an on-call schedule", () => {
    expect(only(synth(fw, "schedule"), "resource", "ilert_schedule").body).toMatchObject({
      name: "Payments",
      timezone: "Europe/Berlin",
      type: "RECURRING",
      schedule_layer: [expect.objectContaining({ user: [{ id: "1" }, { id: "2" }], rotation: "P7D", starts_on: "2026-01-05T09:00" })],
    });
  });

  test("an on-call reminder", () => {
    const tf = synth(fw, "reminder");
    expect(only(tf, "resource", "ilert_user_duty_preference").body).toMatchObject({
      user: { id: 42 },
      before_min: 60,
      method: "PUSH",
      type: "ON_CALL",
    });
  });

  test("validation errors are the build's own IlertDatadogValidationError", () => {
    const stack = new fw.core.TerraformStack(fw.core.Testing.app(), "test");
    const err = thrown(
      () =>
        new fw.lib.IlertDatadogIntegration(stack, "Broken", {
          name: "",
          escalationPolicy: fw.lib.EscalationPolicy.fromId(stack, "P", "1"),
        }),
    );
    expect(err).toBeInstanceOf(fw.lib.IlertDatadogValidationError);
    expect((err as InstanceType<Framework["lib"]["IlertDatadogValidationError"]>).prop).toBe("name");
  });

  test("the checks engine annotates: a warning, an error, and a real synth that fails on the error", () => {
    const app = fw.core.Testing.app();
    const stack = new fw.core.TerraformStack(app, "test");
    const paging = new fw.lib.IlertDatadogIntegration(stack, "Payments", {
      name: "Payments",
      escalationPolicy: fw.lib.EscalationPolicy.fromId(stack, "P", "1"),
    });
    new fw.Monitor(stack, "Cpu", { name: "CPU", type: "metric alert", query: "avg(last_5m):avg:cpu{*} > 90", message: "CPU high" });
    const url = new fw.core.TerraformOutput(stack, "url", { value: paging.integrationUrl });
    fw.core.Testing.synth(stack);
    expect(annotations(fw, paging, "WARN")).toEqual([
      expect.stringMatching(/^\[ILDD-W1\] test\/Payments: no datadog_monitor in this app mentions @webhook-ilert-payments/),
    ]);
    expect(annotations(fw, url, "ERROR")).toEqual([
      expect.stringMatching(/^\[ILDD-E1\] test\/url: invalid output value: it exposes integration_url/),
    ]);
    expect(() => app.synth()).toThrow(/Encountered Annotations with level "ERROR"[\s\S]*\[ILDD-E1\] test\/url/);
  });
});

describe("the two builds", () => {
  test.each(Object.keys(SCENARIOS))("synthesize %s identically, but for the Datadog provider version", (scenario) => {
    const cdktf = synth(cdktfFramework(), scenario);
    const fromCdktn = synth(cdktn.framework, scenario);
    if (fromCdktn.terraform.required_providers.datadog) fromCdktn.terraform.required_providers.datadog.version = "3.82.0";
    expect(fromCdktn).toEqual(cdktf);
  });
});
