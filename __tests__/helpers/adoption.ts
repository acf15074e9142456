import { App, TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogIntegrationProps } from "../../constructs";

/** Declares stack "payments" of `app` with one integration "Datadog" (alert source "Payments", policy 77). */
export function declare(
  app: App,
  props: Partial<IlertDatadogIntegrationProps> = {},
  providers?: (stack: TerraformStack) => Partial<IlertDatadogIntegrationProps>,
): IlertDatadogIntegration {
  const stack = new TerraformStack(app, "payments");
  return new IlertDatadogIntegration(stack, "Datadog", {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "77"),
    ...props,
    ...providers?.(stack),
  });
}

/** Terraform address of the alert source `declare` declares. */
export const SOURCE = "ilert_alert_source.Datadog_AlertSource_EAA80992";
/** Terraform address of the webhook `declare` declares. */
export const WEBHOOK = "datadog_webhook.Datadog_Webhook_A1AB45F2";
