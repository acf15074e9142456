import { Testing, TerraformStack } from "cdktf";
import { AlertPriorityRule, DayOfWeek, EscalationPolicy, IlertDatadogIntegration, SupportHours, SupportStatus } from "../../../constructs";
import { readDeclaredSupportHours } from "../../../tools";

function stackOf(build: (stack: TerraformStack) => void) {
  const stack = new TerraformStack(Testing.app(), "prod");
  build(stack);
  return { name: "prod", workingDirectory: "", config: JSON.parse(Testing.synth(stack)) };
}

test("support hours are read with their days, their exceptions' days and the alert sources that follow them", () => {
  const stack = stackOf((s) => {
    const hours = new SupportHours(s, "Hours", {
      name: "Office ${hours}",
      timezone: "Europe/Berlin",
      supportDays: [{ days: [DayOfWeek.MONDAY, DayOfWeek.FRIDAY], start: "08:00", end: "18:00" }],
      exceptions: [
        { name: "Christmas", firstDay: "2026-12-24", lastDay: "2026-12-26" },
        { name: "Staffed", firstDay: "2027-01-09", supportStatus: SupportStatus.DURING },
      ],
    });
    new IlertDatadogIntegration(s, "Datadog", {
      name: "Payments",
      escalationPolicy: EscalationPolicy.fromId(s, "P", "1"),
      priorityRule: AlertPriorityRule.LOW_DURING_SUPPORT_HOURS,
      supportHours: hours,
    });
    new IlertDatadogIntegration(s, "Other", { name: "Search", escalationPolicy: EscalationPolicy.fromId(s, "P2", "2") });
  });
  expect(readDeclaredSupportHours([stack])).toEqual([
    {
      stack: "prod",
      address: expect.stringMatching(/^ilert_support_hour\.Hours_/),
      name: "Office ${hours}",
      timezone: "Europe/Berlin",
      days: { monday: { start: "08:00", end: "18:00" }, friday: { start: "08:00", end: "18:00" } },
      exceptions: [
        {
          name: "Christmas",
          firstDay: "2026-12-24",
          lastDay: "2026-12-26",
          start: "2026-12-24",
          end: "2026-12-26",
          supportStatus: "OUTSIDE",
        },
        { name: "Staffed", firstDay: "2027-01-09", lastDay: "2027-01-09", start: "2027-01-09", end: "2027-01-09", supportStatus: "DURING" },
      ],
      alertSources: [{ name: "Payments", priorityRule: "LOW_DURING_SUPPORT_HOURS" }],
    },
  ]);
});

test("a stack written by hand: the provider's defaults for a day without times, a status and a priority rule; exceptions in another form keep what was written", () => {
  const config = {
    resource: {
      ilert_alert_source: { a: { name: "Hand", support_hours: { id: "${ilert_support_hour.h.id}" } } },
      ilert_support_hour: {
        h: {
          name: "H",
          timezone: "UTC",
          support_days: [{ sunday: [{}] }],
          exception: [{ name: "X", start: "2026-12-24T00:00:00Z", end: "2026-12-25T00:00:00Z" }],
        },
      },
    },
  };
  expect(readDeclaredSupportHours([{ name: "s", workingDirectory: "", config }])).toEqual([
    {
      stack: "s",
      address: "ilert_support_hour.h",
      name: "H",
      timezone: "UTC",
      days: { sunday: { start: "08:00", end: "17:00" } },
      exceptions: [{ name: "X", start: "2026-12-24T00:00:00Z", end: "2026-12-25T00:00:00Z", supportStatus: "DURING" }],
      alertSources: [{ name: "Hand", priorityRule: "HIGH" }],
    },
  ]);
});
