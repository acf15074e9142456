import { shortText } from "../../core/shown-text";
import { isUnresolved } from "../../core/validate";
import { CheckRule } from "../check-rule";

/**
 * ILDD-W1: when the app declares Datadog monitors but none mentions an integration's handle, the
 * webhook pages nobody. Only a warning: monitors managed outside the app may mention it, so an app
 * without monitors gets none, and a message only known at apply time counts as mentioning it.
 */
export const UNMENTIONED_HANDLE: CheckRule = {
  id: "ILDD-W1",
  level: "warning",
  check: ({ app, integrations }) =>
    app.monitorCount === 0 || app.someMessageUnresolved
      ? []
      : integrations
          .filter((i) => !isUnresolved(i.notificationHandle) && !app.mentionedHandles.has(i.notificationHandle))
          .map((integration) => {
            const handle = shortText(integration.notificationHandle);
            return {
              construct: integration,
              message: `no datadog_monitor in this app mentions ${handle}, so this integration pages nobody; connect monitors with connectMonitor(monitor) or put ${handle} in their messages (if monitors outside this app mention it, suppress this warning with IlertDatadogChecks.suppress(integration, "ILDD-W1", reason))`,
            };
          }),
};
