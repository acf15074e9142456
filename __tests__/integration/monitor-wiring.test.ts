import { TerraformStack } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogValidationError, MonitorTransition } from "../../constructs";
import { synth, thrown } from "../helpers/synth";

function integration(stack: TerraformStack, id = "Payments"): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, id, { name: id, escalationPolicy: EscalationPolicy.fromId(stack, `${id}Policy`, "1234") });
}

function monitor(stack: TerraformStack, id: string, message: string): Monitor {
  return new Monitor(stack, id, { name: id, type: "metric alert", query: "avg(last_5m):avg:system.cpu.user{*} > 90", message });
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

  test("connectMonitor on a monitor whose message is not set yet: the message is the handle", () => {
    synth((stack) => {
      const cpu = monitor(stack, "Cpu", undefined as never);
      integration(stack).connectMonitor(cpu);
      expect(cpu.messageInput).toBe("@webhook-ilert-payments");
    });
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

  test("options with a key MonitorWiringOptions does not have fail", () => {
    const err = thrown(() => synth((stack) => integration(stack).messageFor("Queue backlog", { transition: [] } as never)));
    expect(err.message).toBe("test/Payments: invalid transition []: expected a key of MonitorWiringOptions; did you mean transitions?");
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
