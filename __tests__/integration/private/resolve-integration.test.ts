import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  AlertPriorityRule,
  DatadogPayload,
  EscalationPolicy,
  ISupportHours,
  IlertDatadogIntegrationProps,
  PriorityMapping,
  SeverityMapping,
  SupportHours,
  Team,
} from "../../../constructs";
import { resolveIntegration } from "../../../constructs/integration/private/resolve-integration";
import { ownHandle } from "../../helpers/handles";
import { thrown } from "../../helpers/synth";

function setup(): { stack: TerraformStack; scope: Construct } {
  const stack = new TerraformStack(Testing.app(), "stack");
  return { stack, scope: new Construct(stack, "Payments") };
}

function props(stack: TerraformStack, extra: Partial<IlertDatadogIntegrationProps> = {}): IlertDatadogIntegrationProps {
  return { name: "Payments API", escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1234"), ...extra };
}

describe("resolveIntegration", () => {
  test("resolves the defaults: derived webhook name, iLert's payload, protected source, default providers", () => {
    const { stack, scope } = setup();
    const resolved = resolveIntegration(scope, props(stack));
    expect(resolved.webhookName).toBe("ilert-payments-api");
    expect(resolved.payload.template).toEqual(DatadogPayload.ilertDefault().template);
    expect(resolved.payloadBody).toBe(DatadogPayload.ilertDefault().bind(scope));
    expect(resolved.datadogProvider).toBeUndefined();
    expect(resolved.alertSource).toEqual({
      name: "Payments API",
      escalationPolicy: "1234",
      alertCreation: undefined,
      alertGroupingWindow: undefined,
      alertPriorityRule: undefined,
      autoResolutionTimeout: undefined,
      active: undefined,
      team: undefined,
      supportHours: undefined,
      summaryTemplate: undefined,
      detailsTemplate: undefined,
      priorityTemplate: undefined,
      severityTemplate: undefined,
      lifecycle: { preventDestroy: true },
      provider: undefined,
    });
  });

  test("resolves ids as numbers, templates escaped, and the priority field a mapping reads", () => {
    const { stack, scope } = setup();
    const resolved = resolveIntegration(
      scope,
      props(stack, {
        teams: [Team.fromId(stack, "Team", "11")],
        priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
        supportHours: SupportHours.fromId(stack, "Hours", "77"),
        summaryTemplate: "${title}",
        severityMapping: SeverityMapping.fromDatadogPriority(),
        protectFromDestroy: false,
      }),
    );
    expect(resolved.alertSource.team).toEqual([{ id: 11 }]);
    expect(resolved.alertSource.supportHours).toEqual({ id: 77 });
    expect(resolved.alertSource.summaryTemplate).toEqual({ textTemplate: "$${title}" });
    expect(resolved.alertSource.lifecycle).toBeUndefined();
    expect(resolved.payload.template.alert_priority).toBe("$ALERT_PRIORITY");
    expect(resolved.alertSource.severityTemplate?.mapping).toHaveLength(5);
  });

  test("checks a given payload, not the default: a bad one is named as given", () => {
    const { stack, scope } = setup();
    expect(thrown(() => resolveIntegration(scope, props(stack, { payload: { template: {} } as unknown as DatadogPayload }))).message).toBe(
      'stack/Payments: invalid payload {"template":{}}: expected a DatadogPayload; use DatadogPayload.ilertDefault(), ilertDefaultWith({...}) or custom({...})',
    );
  });

  // The first problem found is the one reported; these pin the order where two props are wrong.
  test.each<[string, (stack: TerraformStack) => Partial<IlertDatadogIntegrationProps>, string]>([
    [
      "teams before the support hours' id as a number",
      (stack) => ({
        teams: [],
        priorityRule: AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
        supportHours: ownHandle<ISupportHours>(stack, "Hours", { supportHoursId: "9007199254740993" }),
      }),
      "stack/Payments: invalid teams []: expected a list of at least 1 item; pass at least one team, or leave teams unset",
    ],
    [
      "the support hours' pairing before teams",
      (stack) => ({ teams: [], supportHours: SupportHours.fromId(stack, "Hours", "77") }),
      'stack/Payments: invalid supportHours "77": expected support hours only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS; choose one of those priority rules, or remove supportHours',
    ],
    [
      "the webhook name before the payload",
      () => ({ webhookName: "no spaces", payload: "{}" as never }),
      'stack/Payments: invalid webhookName "no spaces": expected only letters, digits, "-" and "_"; rename it, e.g. "no-spaces"; Datadog rejects other characters only at apply time',
    ],
    [
      "the mappings' values before the provider",
      () => ({ priorityMapping: PriorityMapping.fromDatadogPriority({ P9: undefined as never }), ilertProvider: "x" as never }),
      'stack/Payments: invalid priorityMapping "P9": expected keys P1, P2, P3, P4, P5 (Datadog monitor priorities); rename the key to one of those, upper-case',
    ],
  ])("reports %s", (_, extra, message) => {
    const { stack, scope } = setup();
    expect(thrown(() => resolveIntegration(scope, props(stack, extra(stack)))).message).toEqual(message);
  });
});
