import type { AdoptionOptions } from "../core/adoption";

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
