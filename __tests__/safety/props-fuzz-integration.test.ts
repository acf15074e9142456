import * as fc from "fast-check";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DatadogPayload,
  EscalationPolicy,
  IlertDatadogIntegration,
  IlertDatadogIntegrationProps,
  SupportHours,
  Team,
} from "../../constructs";
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
