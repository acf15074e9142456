import { AdoptionOptions } from "../core/adoption";
import { adoptedIlertId, adoptionOptions, adoptResource } from "../core/private/adopt-resource";
import { checkProps, fail, isUnresolved, Struct } from "../core/validate";
import { checkWebhookName } from "../datadog/private/check-webhook-name";
import type { IlertDatadogIntegration } from "./ilert-datadog-integration";

/**
 * Adoption of an integration's two objects (core/adoption.ts writes the imports): the alert source
 * by its numeric iLert id, the webhook by its name, the providers' own import ids.
 */

/** Props of {@link IlertDatadogIntegration.adoptExisting}: which hand-made objects an integration takes over. */
export interface AdoptExistingProps extends AdoptionOptions {
  /**
   * Numeric id of the existing iLert alert source, as in its iLert URL (`.../alert-sources/1234/...`).
   * @default - the alert source is not adopted: Terraform creates one
   */
  readonly alertSourceId?: string | number;
  /**
   * Name of the existing Datadog webhook, its import id. It must be the integration's `webhookName`
   * (set that prop to it), so monitors that mention `@webhook-<name>` keep paging.
   * @default - the webhook is not adopted: Terraform creates one
   */
  readonly webhookName?: string;
}

const ADOPT_EXISTING_PROPS: Struct<AdoptExistingProps> = {
  name: "AdoptExistingProps",
  keys: { alertSourceId: "optional", webhookName: "optional", importBlocks: "optional" },
};

/** {@link IlertDatadogIntegration.adoptExisting}: `integration` adopts the objects `props` names. */
export function adoptExisting(integration: IlertDatadogIntegration, props: AdoptExistingProps): void {
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
