import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { EscalationPolicy, IlertDatadogIntegration } from "../../../constructs";
import { warnings } from "../../helpers/annotations";
import { only, synth } from "../../helpers/synth";

function integration(stack: TerraformStack, id = "Payments"): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, id, { name: id, escalationPolicy: EscalationPolicy.fromId(stack, `${id}Policy`, "1234") });
}

function monitor(stack: TerraformStack, id: string, message: string): Monitor {
  return new Monitor(stack, id, { name: id, type: "metric alert", query: "avg(last_5m):avg:system.cpu.user{*} > 90", message });
}

const W1 =
  '[ILDD-W1] no datadog_monitor in this app mentions @webhook-ilert-payments, so this integration pages nobody; connect monitors with connectMonitor(monitor) or put @webhook-ilert-payments in their messages (if monitors outside this app mention it, suppress this warning with IlertDatadogChecks.suppress(integration, "ILDD-W1", reason))';

describe("ILDD-W1: an integration no monitor mentions", () => {
  test("warns when the app declares monitors and none mentions the handle, once", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const payments = integration(stack);
    monitor(stack, "Cpu", "CPU high @slack-ops @webhook-ilert-payments-old");
    Testing.synth(stack);
    Testing.synth(stack);
    expect(warnings(payments)).toEqual([W1]);
  });

  test("monitors in another stack of the app count, also when changed after the integration", () => {
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
    expect(warnings(payments!)).toEqual([W1]);
  });
});
