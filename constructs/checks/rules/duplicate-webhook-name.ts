import { describeValue } from "../../core/shown-text";
import { isUnresolved } from "../../core/validate";
import { CheckRule } from "../check-rule";

/**
 * ILDD-E3: a webhook name is declared once per app. Datadog webhook names are global to the
 * organisation, so two integrations with one name would overwrite each other's webhook.
 */
export const DUPLICATE_WEBHOOK_NAME: CheckRule = {
  id: "ILDD-E3",
  level: "error",
  check: (index) =>
    index.integrations.flatMap((integration) => {
      const name = integration.webhookName;
      const owner = isUnresolved(name) ? undefined : index.app.webhookOwners.get(name);
      return owner === undefined || owner === integration
        ? []
        : [
            {
              construct: integration,
              message: `invalid webhookName ${describeValue(name)}: expected a webhook name not used elsewhere in the app (already declared by ${owner.node.path}); give one of them another webhookName; Datadog webhook names are global to the organisation`,
            },
          ];
    }),
};
