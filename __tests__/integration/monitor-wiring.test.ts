import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogValidationError, MonitorTransition } from "../../constructs";
import { only, synth, thrown } from "../helpers/synth";

function integration(stack: TerraformStack, id = "Payments"): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, id, { name: id, escalationPolicy: EscalationPolicy.fromId(stack, `${id}Policy`, "1234") });
}

function monitor(stack: TerraformStack, id: string, message: string): Monitor {
  return new Monitor(stack, id, { name: id, type: "metric alert", query: "avg(last_5m):avg:system.cpu.user{*} > 90", message });
}

/** The warnings cdktf recorded on a construct (Testing.synth does not fail on them). */
function warnings(i: IlertDatadogIntegration): unknown[] {
  return i.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
}

describe("connecting monitors (IlertDatadogIntegration.connectMonitor / messageFor)", () => {
  test("connectMonitor adds the handle to a Monitor's message, which synthesizes as set", () => {
    const { tf } = synth((stack) => {
      const payments = integration(stack);
      payments.connectMonitor(monitor(stack, "Cpu", "CPU above 90%"));
      payments.connectMonitor(monitor(stack, "Errors", "{{#is_alert}}Errors{{/is_alert}}"), { transitions: [MonitorTransition.ALERT] });
    });
    const messages = Object.values<any>(tf.resource.datadog_monitor).map((m) => m.message);
    expect(messages).toEqual([
      "CPU above 90%\n@webhook-ilert-payments",
      "{{#is_alert}}Errors{{/is_alert}}\n{{#is_alert}}@webhook-ilert-payments{{/is_alert}}{{#is_recovery}}@webhook-ilert-payments{{/is_recovery}}",
    ]);
  });

  test("two integrations on one monitor: both handles, each once", () => {
    synth((stack) => {
      const cpu = monitor(stack, "Cpu", "CPU high");
      const payments = integration(stack);
      const search = integration(stack, "Search");
      for (const i of [payments, search, payments]) i.connectMonitor(cpu);
      expect(cpu.messageInput).toBe("CPU high\n@webhook-ilert-payments\n@webhook-ilert-search");
    });
  });

  test("messageFor returns a message for monitors declared elsewhere", () => {
    synth((stack) => {
      const payments = integration(stack);
      expect(payments.messageFor("Queue backlog", { transitions: [MonitorTransition.NO_DATA], resolveOnRecovery: false })).toBe(
        "Queue backlog\n{{#is_no_data}}@webhook-ilert-payments{{/is_no_data}}",
      );
    });
  });

  test("an unbalanced monitor message fails with the monitor's path", () => {
    const err = thrown(() => synth((stack) => integration(stack).connectMonitor(monitor(stack, "Cpu", "{{#is_alert}}CPU high"))));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(
      'test/Cpu: invalid message "{{#is_alert}}CPU high": expected a message whose {{#...}}/{{^...}} blocks and {{...}} tags are closed and properly nested; "{{#is_alert}}" is never closed; Datadog accepts such a message but routes no notification (DataDog/terraform-provider-datadog#1882)',
    );
  });

  test("connectMonitor accepts only datadog_monitor resources", () => {
    const err = thrown(() => synth((stack) => integration(stack).connectMonitor("CPU high" as unknown as Monitor)));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(
      'test/Payments: invalid monitor "CPU high": expected a datadog_monitor resource; pass a Monitor from @cdktf/provider-datadog/lib/monitor, or use messageFor(message) for a message string',
    );
  });
});

describe("warning about an integration no monitor mentions", () => {
  test("warns when the app declares monitors and none mentions the handle, once", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const payments = integration(stack);
    monitor(stack, "Cpu", "CPU high @slack-ops");
    Testing.synth(stack);
    Testing.synth(stack);
    expect(warnings(payments)).toEqual([
      "no datadog_monitor in this app mentions @webhook-ilert-payments, so this integration pages nobody; connect monitors with connectMonitor(monitor) or put @webhook-ilert-payments in their messages (ignore this if monitors outside this app mention it)",
    ]);
  });

  test("monitors in another stack of the app count", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "oncall");
    const payments = integration(stack);
    const other = new TerraformStack(app, "monitors");
    monitor(other, "Cpu", "CPU high");
    monitor(other, "Disk", "Disk full").escalationMessage = `still full ${payments.notificationHandle}`;
    Testing.synth(stack);
    expect(warnings(payments)).toEqual([]);
  });

  test.each<[string, (stack: TerraformStack, i: IlertDatadogIntegration) => void]>([
    ["the app declares no monitor", () => undefined],
    ["a monitor is connected", (stack, i) => i.connectMonitor(monitor(stack, "Cpu", "CPU high"))],
    [
      "a monitor mentions the handle by hand",
      (stack) => void monitor(stack, "Cpu", "CPU high {{#is_alert}}@webhook-ilert-payments{{/is_alert}}"),
    ],
    [
      "a monitor's message is only known at apply time",
      (stack) => void monitor(stack, "Cpu", new TerraformVariable(stack, "message", { type: "string" }).stringValue),
    ],
  ])("no warning when %s", (_label, build) => {
    const stack = new TerraformStack(Testing.app(), "test");
    const payments = integration(stack);
    build(stack, payments);
    Testing.synth(stack);
    expect(warnings(payments)).toEqual([]);
  });

  test("the warning is an annotation, not an error: synth still succeeds", () => {
    let payments: IlertDatadogIntegration | undefined;
    const { tf } = synth((stack) => {
      payments = integration(stack);
      monitor(stack, "Cpu", "CPU high");
    });
    expect(only(tf, "resource", "datadog_monitor").body.message).toBe("CPU high");
    expect(warnings(payments!)).toHaveLength(1);
  });
});
