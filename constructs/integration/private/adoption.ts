import { IConstruct } from "constructs";
import { TerraformResource } from "cdktf";
import { adoptedIlertId, adoptionOptions, adoptResource } from "../../core/private/adopt-resource";
import { checkProps, fail, isUnresolved, Struct } from "../../core/validate";
import { checkWebhookName } from "../../datadog/private/check-webhook-name";
import type { AdoptExistingProps } from "../adoption";

/**
 * Adoption of an integration's two objects (core/adoption.ts writes the imports): the alert source
 * by its numeric iLert id, the webhook by its name, the providers' own import ids.
 */

/** What adoption needs of an integration: its two resources and its webhook name. */
export interface AdoptableIntegration extends IConstruct {
  /** The `ilert_alert_source` resource. */
  readonly alertSource: TerraformResource;
  /** The `datadog_webhook` resource. */
  readonly webhook: TerraformResource;
  /** The Datadog webhook name. */
  readonly webhookName: string;
}

const ADOPT_EXISTING_PROPS: Struct<AdoptExistingProps> = {
  name: "AdoptExistingProps",
  keys: { alertSourceId: "optional", webhookName: "optional", importBlocks: "optional" },
};

/** `IlertDatadogIntegration.adoptExisting`: `integration` adopts the objects `props` names. */
export function adoptExisting(integration: AdoptableIntegration, props: AdoptExistingProps): void {
  checkProps(integration, props, ADOPT_EXISTING_PROPS, "pass { alertSourceId, webhookName }");
  const importBlocks = adoptionOptions(integration, props);
  if (props.alertSourceId !== undefined) {
    const id = adoptedIlertId(
      integration,
      "alertSourceId",
      props.alertSourceId,
      'use the numeric id in the alert source\'s iLert URL, e.g. "1234"',
    );
    adoptResource(integration.alertSource, id, importBlocks);
  }
  if (props.webhookName !== undefined) {
    checkWebhookName(integration, "webhookName", props.webhookName);
    if (!isUnresolved(props.webhookName) && !isUnresolved(integration.webhookName) && props.webhookName !== integration.webhookName) {
      fail(
        integration,
        "webhookName",
        props.webhookName,
        `the integration's webhookName "${integration.webhookName}"`,
        `set webhookName: "${props.webhookName}" on the integration, so monitors that mention @webhook-${props.webhookName} keep paging`,
      );
    }
    adoptResource(integration.webhook, props.webhookName, importBlocks);
  }
}
