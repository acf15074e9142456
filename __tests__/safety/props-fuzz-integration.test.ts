import * as fc from "fast-check";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DatadogPayload,
  DowntimeNotifyEndState,
  DowntimeNotifyEndType,
  EscalationPolicy,
  IlertDatadogIntegration,
  IlertDatadogIntegrationProps,
  MaintenanceSchedule,
  MaintenanceWindow,
  SupportHours,
  Team,
} from "../../constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { mostly, optional, synthesizesOrRejects } from "../helpers/fuzz";

/** The constants of an enum-like class, its escape hatch, and plain strings. */
function enumLike<T>(cls: object, custom: (v: string) => T): fc.Arbitrary<unknown> {
  const constants = Object.values(cls).filter((v) => typeof v === "object" && v !== null && "value" in v);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...constants) },
    { weight: 1, arbitrary: fc.string().map(custom) },
    { weight: 1, arbitrary: fc.string() },
  );
}

const webhookChars = fc.string({ unit: fc.constantFrom("a", "Z", "0", "-", "_", " ", "(", "é"), minLength: 0, maxLength: 12 });

const props = fc.record({
  name: mostly(fc.string({ minLength: 1, maxLength: 40 })),
  policyId: mostly(
    fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 99999 }).map(String) }, { weight: 1, arbitrary: fc.string() }),
  ),
  webhookName: optional(webhookChars),
  alertCreation: optional(enumLike(AlertCreation, AlertCreation.custom)),
  alertGroupingWindow: optional(enumLike(AlertGroupingWindow, AlertGroupingWindow.custom)),
  priorityRule: optional(enumLike(AlertPriorityRule, AlertPriorityRule.custom)),
  autoResolutionTimeout: optional(enumLike(AutoResolutionTimeout, AutoResolutionTimeout.custom)),
  supportHoursId: optional(fc.integer({ min: 1, max: 999 }).map(String)),
  teamIds: optional(fc.array(fc.integer({ min: 1, max: 999 }).map(String), { maxLength: 3 })),
  summaryTemplate: optional(fc.string()),
  detailsTemplate: optional(fc.string()),
  active: optional(fc.boolean()),
  protectFromDestroy: optional(fc.boolean()),
  extraField: optional(fc.string({ maxLength: 20 })),
});

test("random IlertDatadogIntegration props synthesize or throw IlertDatadogValidationError", () => {
  const synthesized = synthesizesOrRejects(
    props,
    (stack, p) => {
      const input = {
        name: p.name,
        escalationPolicy: EscalationPolicy.fromId(stack, "Policy", p.policyId as string),
        webhookName: p.webhookName,
        alertCreation: p.alertCreation,
        alertGroupingWindow: p.alertGroupingWindow,
        priorityRule: p.priorityRule,
        autoResolutionTimeout: p.autoResolutionTimeout,
        supportHours: typeof p.supportHoursId === "string" ? SupportHours.fromId(stack, "Hours", p.supportHoursId) : p.supportHoursId,
        teams: Array.isArray(p.teamIds) ? p.teamIds.map((id, i) => Team.fromId(stack, `Team${i}`, String(id))) : p.teamIds,
        summaryTemplate: p.summaryTemplate,
        detailsTemplate: p.detailsTemplate,
        active: p.active,
        protectFromDestroy: p.protectFromDestroy,
        payload: typeof p.extraField === "string" ? DatadogPayload.ilertDefaultWith({ extra: p.extraField }) : undefined,
      } as unknown as IlertDatadogIntegrationProps;
      new IlertDatadogIntegration(stack, "Integration", input);
    },
    "ilert_alert_source",
  );
  // The generator must reach the valid space too (about 5% of cases with these weights).
  expect(synthesized).toBeGreaterThan(20);
});

test("random MaintenanceWindow props synthesize or throw IlertDatadogValidationError", () => {
  const date = fc.date({ min: new Date("2026-01-01"), max: new Date("2028-01-01"), noInvalidDate: true });
  const instant = fc.oneof(
    { weight: 5, arbitrary: date.map((d) => d.toISOString()) },
    { weight: 4, arbitrary: date.map((d) => `${d.toISOString().slice(0, 16)}+01:00`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  /** Mostly one of `valid`, sometimes one of `invalid`. */
  const pick = (valid: string[], invalid: string[]) =>
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
  const recurrence = fc.record({
    rrule: pick(
      ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYDAY=1TU"],
      ["FREQ=DAILY;DTSTART=20260101", "RRULE:FREQ=DAILY", "FREQ=WEEKLY;BYDAY=1MO"],
    ),
    start: pick(["2026-01-06T22:00", "2026-01-06T22:00:30"], ["2026-01-06T22:00Z", "2026-02-30T22:00"]),
    duration: pick(["2h", "90m", "1d", "1w"], ["0h", "PT2H", "1.5h"]),
  });
  const schedule = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .record({ start: instant, end: instant, timezone: optional(pick(["Europe/Berlin", "UTC"], ["CEST"])) })
        .map((p) => MaintenanceSchedule.once(p as never)),
    },
    {
      weight: 5,
      arbitrary: fc
        .record({ timezone: pick(["Europe/Berlin", "UTC"], ["CEST"]), recurrences: fc.array(recurrence, { maxLength: 6 }) })
        .map((p) => MaintenanceSchedule.recurring(p as never)),
    },
    { weight: 1, arbitrary: fc.constant({ start: "2026-01-01T00:00:00Z" }) },
  );
  const windowProps = fc.record({
    schedule,
    message: optional(fc.string()),
    scope: optional(fc.string({ maxLength: 10 })),
    muteFirstRecoveryNotification: optional(fc.boolean()),
    notifyEndStates: optional(fc.array(enumLike(DowntimeNotifyEndState, DowntimeNotifyEndState.custom), { maxLength: 3 })),
    notifyEndTypes: optional(fc.array(enumLike(DowntimeNotifyEndType, DowntimeNotifyEndType.custom), { maxLength: 2 })),
  });
  const synthesized = synthesizesOrRejects(
    windowProps,
    (stack, p) => {
      const integration = new IlertDatadogIntegration(stack, "Datadog", {
        name: "Payments",
        escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
      });
      integration.connectMonitor(new Monitor(stack, "Errors", { name: "Errors", type: "query alert", query: "q", message: "m" }));
      new MaintenanceWindow(stack, "Window", { integration, ...(p as object) } as never);
    },
    "datadog_downtime_schedule",
    300,
  );
  expect(synthesized).toBeGreaterThan(15);
});
