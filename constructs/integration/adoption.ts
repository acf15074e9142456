import { TerraformResource } from "cdktf";
import { checkIlertId } from "../core/ilert-id";
import { checkOptionalBoolean, checkProps, fail, isUnresolved, Struct } from "../core/validate";
import { checkWebhookName } from "../datadog/webhook-name";
import type { IlertDatadogIntegration } from "./ilert-datadog-integration";

/**
 * Adoption: an integration takes over an alert source and a webhook that were made by hand, so
 * Terraform imports them into its state instead of creating duplicates. The import ids are the
 * providers' own: the alert source's numeric iLert id, and the webhook's name.
 */

/** Props of {@link IlertDatadogIntegration.adoptExisting}: which hand-made objects an integration takes over. */
export interface AdoptExistingProps {
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
  /**
   * Whether to synthesize Terraform `import` blocks, which Terraform 1.5 and later carry out on the
   * next plan/apply (cdktf then runs `terraform version` at synth to check for 1.5). With `false`,
   * nothing Terraform reads changes: the ids are kept in a JSON comment (`"//"`) of each resource,
   * for teams on older Terraform that run the `terraform import` commands of
   * `terraformImportCommands` (`cdktf-ilert-datadog/tools`) themselves.
   * @default true
   */
  readonly importBlocks?: boolean;
}

const ADOPT_EXISTING_PROPS: Struct<AdoptExistingProps> = {
  name: "AdoptExistingProps",
  keys: { alertSourceId: "optional", webhookName: "optional", importBlocks: "optional" },
};

/** Where the ids of adoptions without import blocks are kept: a key of the resource's `"//"` comment. */
export const IMPORT_ID_COMMENT = "import_id";

/** {@link IlertDatadogIntegration.adoptExisting}: `integration` adopts the objects `props` names. */
export function adoptExisting(integration: IlertDatadogIntegration, props: AdoptExistingProps): void {
  checkProps(integration, props, ADOPT_EXISTING_PROPS, "pass { alertSourceId, webhookName }");
  checkOptionalBoolean(integration, "importBlocks", props.importBlocks);
  const importBlocks = props.importBlocks ?? true;
  if (props.alertSourceId !== undefined) {
    adopt(integration.alertSource, alertSourceId(integration, props.alertSourceId), importBlocks);
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
    adopt(integration.webhook, props.webhookName, importBlocks);
  }
}

/** The alert source id as the string the provider imports by; JSON config may give a number. */
function alertSourceId(integration: IlertDatadogIntegration, id: unknown): string {
  // Other numbers stay numbers, so the error shows the value as given.
  const text = typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? String(id) : id;
  return checkIlertId(integration, "alertSourceId", text, 'use the numeric id in the alert source\'s iLert URL, e.g. "1234"');
}

function adopt(resource: TerraformResource, id: string, importBlocks: boolean): void {
  // The import block names the resource's own provider, so an aliased one imports from its account.
  if (importBlocks) resource.importFrom(id, resource.provider);
  else resource.addOverride(`//.${IMPORT_ID_COMMENT}`, id);
}
