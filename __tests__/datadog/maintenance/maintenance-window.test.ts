import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import {
  DowntimeNotifyEndState,
  DowntimeNotifyEndType,
  EscalationPolicy,
  IlertDatadogIntegration,
  MaintenanceSchedule,
  MaintenanceWindow,
  MaintenanceWindowProps,
} from "../../../constructs";
import { errors } from "../../helpers/annotations";
import { synth, thrown } from "../../helpers/synth";

const once = MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-27T06:00:00Z", timezone: "Europe/Berlin" });
const integration = (stack: Construct) =>
  new IlertDatadogIntegration(stack, "Datadog", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1") });
const monitor = (scope: Construct, id: string) =>
  new Monitor(scope, id, { name: id, type: "query alert", query: "avg(last_5m):avg:x{*} > 1", message: "x" });

describe("MaintenanceWindow", () => {
  test("one downtime schedule per connected monitor, with every prop as Datadog's v2 downtime takes it", () => {
    const { tf } = synth((stack) => {
      const datadog = integration(stack);
      datadog.connectMonitor(monitor(stack, "Errors"));
      new MaintenanceWindow(stack, "Release", {
        integration: datadog,
        schedule: once,
        message: "Release ${42}: checkout is redeployed",
        scope: "env:prod",
        muteFirstRecoveryNotification: true,
        notifyEndStates: [DowntimeNotifyEndState.ALERT, DowntimeNotifyEndState.NO_DATA],
        notifyEndTypes: [DowntimeNotifyEndType.EXPIRED],
      });
    });
    expect(tf.resource.datadog_downtime_schedule).toEqual({
      Release_Errors_CFEA9C3B: {
        display_timezone: "Europe/Berlin",
        message: "Release $${42}: checkout is redeployed",
        monitor_identifier: { monitor_id: "${datadog_monitor.Errors.id}" },
        mute_first_recovery_notification: true,
        notify_end_states: ["alert", "no data"],
        notify_end_types: ["expired"],
        one_time_schedule: { start: "2026-12-24T22:00:00Z", end: "2026-12-27T06:00:00Z" },
        scope: "env:prod",
      },
    });
  });

  test("mutes monitors connected before and after it was declared, each once; the defaults leave Datadog's", () => {
    const { tf } = synth((stack) => {
      const datadog = integration(stack);
      const errorsMonitor = monitor(stack, "Errors");
      datadog.connectMonitor(errorsMonitor);
      const window = new MaintenanceWindow(stack, "Patch", {
        integration: datadog,
        schedule: MaintenanceSchedule.recurring({
          timezone: "Europe/Berlin",
          recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }],
        }),
      });
      datadog.connectMonitor(monitor(new Construct(stack, "Checkout"), "Latency"));
      datadog.connectMonitor(errorsMonitor);
      expect(window.downtimeSchedules.map((d) => d.node.path)).toEqual(["test/Patch/Errors", "test/Patch/Checkout-Latency"]);
    });
    const downtimes = tf.resource.datadog_downtime_schedule;
    expect(Object.fromEntries(Object.entries(downtimes).map(([k, d]: [string, any]) => [k, d.monitor_identifier.monitor_id]))).toEqual({
      Patch_Errors_611D1435: "${datadog_monitor.Errors.id}",
      "Patch_Checkout-Latency_AE32446D": "${datadog_monitor.Checkout_Latency_96A883D2.id}",
    });
    expect(downtimes.Patch_Errors_611D1435).toEqual({
      display_timezone: "Europe/Berlin",
      monitor_identifier: { monitor_id: "${datadog_monitor.Errors.id}" },
      recurring_schedule: {
        timezone: "Europe/Berlin",
        recurrence: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00:00", duration: "2h" }],
      },
      scope: "*",
    });
  });

  test("a monitor of another integration is not muted", () => {
    const { tf } = synth((stack) => {
      const datadog = integration(stack);
      datadog.connectMonitor(monitor(stack, "Errors"));
      const other = new IlertDatadogIntegration(stack, "Other", {
        name: "Search",
        escalationPolicy: EscalationPolicy.fromId(stack, "P2", "2"),
      });
      other.connectMonitor(monitor(stack, "Lag"));
      new MaintenanceWindow(stack, "Release", { integration: datadog, schedule: once });
    });
    expect(Object.keys(tf.resource.datadog_downtime_schedule)).toEqual(["Release_Errors_CFEA9C3B"]);
  });

  test("a window on an integration without connected monitors is an error annotation at synth, once however many constructs it holds", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const window = new MaintenanceWindow(stack, "Release", { integration: integration(stack), schedule: once });
    new Construct(new Construct(window, "Notes"), "Owner");
    Testing.synth(stack);
    expect(errors(window)).toEqual([
      'invalid integration "test/Datadog": expected an integration with monitors connected by connectMonitor(monitor) (the window mutes only those, and this one has none); connect the integration\'s monitors, or remove the window',
    ]);
  });

  test.each<[string, Partial<MaintenanceWindowProps>, string]>([
    [
      "an integration that is not one",
      { integration: { node: {} } as never },
      'test/Release: invalid integration {"node":{}}: expected an IlertDatadogIntegration; pass the IlertDatadogIntegration whose monitors the window mutes',
    ],
    [
      "a message that is not text",
      { message: 42 as never },
      "test/Release: invalid message 42: expected a string; write the message as text, or leave it unset",
    ],
    [
      "a mute flag as text",
      { muteFirstRecoveryNotification: "yes" as never },
      'test/Release: invalid muteFirstRecoveryNotification "yes": expected true or false; set muteFirstRecoveryNotification to a boolean',
    ],
    [
      "a provider that is not one",
      { datadogProvider: {} as never },
      "test/Release: invalid datadogProvider {}: expected a Datadog provider; pass the stack's DatadogProvider (aliased or not), or leave datadogProvider unset to use the stack's default",
    ],
    [
      "an end state as a plain string",
      { notifyEndStates: ["alert" as never] },
      'test/Release: invalid notifyEndStates[0] "alert": expected one of "alert", "no data", "warn"; use DowntimeNotifyEndState.ALERT instead of a plain string',
    ],
    [
      "an empty list of end types",
      { notifyEndTypes: [] },
      "test/Release: invalid notifyEndTypes []: expected a list of at least 1 item; list at least one DowntimeNotifyEndType, or leave notifyEndTypes unset for Datadog's default",
    ],
    [
      "an empty scope",
      { scope: "" },
      'test/Release: invalid scope "": expected a non-empty string; write a Datadog search, e.g. "env:prod", or leave it unset for "*"',
    ],
    [
      "a misspelled optional prop",
      { muteFirstRecoveryNotifications: true } as never,
      "test/Release: invalid muteFirstRecoveryNotifications true: expected a key of MaintenanceWindowProps; did you mean muteFirstRecoveryNotification?",
    ],
    [
      "a prop it does not have",
      { monitors: [] } as never,
      "test/Release: invalid monitors []: expected a key of MaintenanceWindowProps: integration, schedule, message, scope, muteFirstRecoveryNotification, notifyEndStates, notifyEndTypes, datadogProvider; remove monitors, or use one of those",
    ],
  ])("fails for %s", (_what, props, message) => {
    const build = (stack: TerraformStack) =>
      new MaintenanceWindow(stack, "Release", { integration: integration(stack), schedule: once, ...props });
    expect(thrown(() => synth(build)).message).toBe(message);
  });

  test("fails for props that are not an object", () => {
    const build = (stack: TerraformStack) => new MaintenanceWindow(stack, "Release", "weekly" as never);
    expect(thrown(() => synth(build)).message).toBe(
      'test/Release: invalid props "weekly": expected an object; pass { integration, schedule }',
    );
  });
});
