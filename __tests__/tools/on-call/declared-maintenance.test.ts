import { Testing, TerraformStack } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { EscalationPolicy, IlertDatadogIntegration, MaintenanceSchedule, MaintenanceWindow } from "../../../constructs";
import { readDeclaredMaintenance } from "../../../tools";

/** What the downtime schedules written by hand below share: a one-time window from Christmas Eve. */
const christmas = { one_time_schedule: { start: "2026-12-24T22:00:00Z" } };

test("one window per MaintenanceWindow, muting each monitor of its integration by name; one-time and recurring", () => {
  const stack = new TerraformStack(Testing.app(), "prod");
  const datadog = new IlertDatadogIntegration(stack, "Datadog", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
  });
  for (const name of ["Errors", "Latency"])
    datadog.connectMonitor(
      new Monitor(stack, name, { name: `Checkout ${name.toLowerCase()}`, type: "query alert", query: "q", message: "m" }),
    );
  new MaintenanceWindow(stack, "Release", {
    integration: datadog,
    message: "Release ${42}",
    schedule: MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-25T06:00:00Z", timezone: "Europe/Berlin" }),
  });
  new MaintenanceWindow(stack, "Patch", {
    integration: datadog,
    scope: "env:prod",
    schedule: MaintenanceSchedule.recurring({
      timezone: "America/New_York",
      recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }],
    }),
  });
  const windows = readDeclaredMaintenance([{ name: "prod", workingDirectory: "", config: JSON.parse(Testing.synth(stack)) }]);
  expect(windows).toEqual([
    {
      stack: "prod",
      addresses: [
        expect.stringMatching(/^datadog_downtime_schedule\.Patch_Errors_/),
        expect.stringMatching(/^datadog_downtime_schedule\.Patch_Latency_/),
      ],
      monitors: ['monitor "Checkout errors"', 'monitor "Checkout latency"'],
      scope: "env:prod",
      timezone: "America/New_York",
      recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00:00", duration: "2h" }],
    },
    {
      stack: "prod",
      addresses: [
        expect.stringMatching(/^datadog_downtime_schedule\.Release_Errors_/),
        expect.stringMatching(/^datadog_downtime_schedule\.Release_Latency_/),
      ],
      monitors: ['monitor "Checkout errors"', 'monitor "Checkout latency"'],
      message: "Release ${42}",
      scope: "*",
      timezone: "Europe/Berlin",
      oneTime: { start: "2026-12-24T22:00:00Z", end: "2026-12-25T06:00:00Z" },
    },
  ]);
});

test("a stack written by hand: monitors by id or by tags; no scope is read as all groups (*), no display time zone as UTC", () => {
  // Terraform requires a scope; the calendar still reads a stack without one (MaintenanceWindow's default).
  const config = {
    resource: {
      datadog_downtime_schedule: {
        a: { ...christmas, monitor_identifier: { monitor_id: 123 } },
        b: { ...christmas, monitor_identifier: { monitor_tags: ["team:payments", "env:prod"] } },
      },
    },
  };
  expect(readDeclaredMaintenance([{ name: "s", workingDirectory: "", config }])).toEqual([
    {
      stack: "s",
      addresses: ["datadog_downtime_schedule.a", "datadog_downtime_schedule.b"],
      monitors: ["monitor 123", "monitors tagged team:payments, env:prod"],
      scope: "*",
      timezone: "UTC",
      oneTime: { start: "2026-12-24T22:00:00Z" },
    },
  ]);
});

test("a monitor by its name where its id is exactly a reference to a monitor the stack declares, any other id as written", () => {
  const downtimes = (ids: string[]) =>
    Object.fromEntries(ids.map((id, i) => [`d${i}`, { ...christmas, monitor_identifier: { monitor_id: id } }]));
  const errors = "${datadog_monitor.Errors.id}";
  const declaring = {
    resource: {
      datadog_monitor: { Errors: { name: "Checkout errors" } },
      datadog_downtime_schedule: downtimes([errors, `\${var.prefix}${errors}`, `${errors}\${var.suffix}`]),
    },
  };
  // A stack that declares no monitor at all.
  const other = { resource: { datadog_downtime_schedule: downtimes([errors]) } };
  const windows = readDeclaredMaintenance([
    { name: "s", workingDirectory: "", config: declaring },
    { name: "t", workingDirectory: "", config: other },
  ]);
  expect(windows.map((w) => w.monitors)).toEqual([
    ['monitor "Checkout errors"', "monitor ${var.prefix}${datadog_monitor.Errors.id}", "monitor ${datadog_monitor.Errors.id}${var.suffix}"],
    ["monitor ${datadog_monitor.Errors.id}"],
  ]);
});
