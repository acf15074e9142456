import { TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogIntegrationProps, IlertDatadogValidationError } from "../../constructs";
import { only, synth, thrown } from "./synth";

/** Tests of priorityMapping, severityMapping and the payload field they read. */

/** An integration "Payments" in `stack` with `props`. */
export function integration(stack: TerraformStack, props: Partial<IlertDatadogIntegrationProps> = {}): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, "Payments", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1234"),
    ...props,
  });
}

/** The synthesized alert source and the webhook's payload, parsed. */
export function synthesized(props: Partial<IlertDatadogIntegrationProps>): {
  source: Record<string, any>;
  payload: Record<string, unknown>;
} {
  const { tf } = synth((stack) => integration(stack, props));
  return {
    source: only(tf, "resource", "ilert_alert_source").body,
    payload: JSON.parse(only(tf, "resource", "datadog_webhook").body.payload),
  };
}

/** The validation error's message for an integration with `props`. */
export function error(props: Partial<IlertDatadogIntegrationProps>): string {
  const err = thrown(() => synth((stack) => integration(stack, props)));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

/** The `value_template` both mappings synthesize. */
export const VALUE_TEMPLATE = { text_template: "{{ alert_priority }}" };
