import type { TerraformProvider } from "cdktf";
import type { DatadogPayload } from "../datadog/datadog-payload";
import type { AlertCreation } from "../ilert/alert-source/alert-creation";
import type { AlertGroupingWindow } from "../ilert/alert-source/alert-grouping-window";
import type { AlertPriorityRule } from "../ilert/alert-source/alert-priority-rule";
import type { AutoResolutionTimeout } from "../ilert/alert-source/auto-resolution-timeout";
import type { ISupportHours } from "../ilert/alert-source/support-hours";
import type { IEscalationPolicy } from "../ilert/escalation/escalation-policy";
import type { IlertProviderProps, OwningTeamsProps } from "../ilert/shared-props";
import type { PriorityMapping } from "./priority-mapping";
import type { SeverityMapping } from "./severity-mapping";

/** Props of {@link IlertDatadogIntegration}. */
export interface IlertDatadogIntegrationProps extends IlertProviderProps, OwningTeamsProps {
  /** Name of the iLert alert source, 1-255 bytes. */
  readonly name: string;
  /** The escalation policy alerts are routed to. */
  readonly escalationPolicy: IEscalationPolicy;
  /**
   * How events become alerts. The grouping modes need `alertGroupingWindow`.
   * @default AlertCreation.ONE_ALERT_PER_EMAIL (the provider's default: a new alert per event)
   */
  readonly alertCreation?: AlertCreation;
  /**
   * Grouping window, only with `AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW` or `INTELLIGENT_GROUPING`.
   * @default - no grouping window (refused with a grouping `alertCreation`)
   */
  readonly alertGroupingWindow?: AlertGroupingWindow;
  /**
   * Priority of the alerts. The `*_DURING_SUPPORT_HOURS` rules need `supportHours`.
   * @default AlertPriorityRule.HIGH (the provider's default)
   */
  readonly priorityRule?: AlertPriorityRule;
  /**
   * Resolve an alert that gets no new event for this long.
   * @default - alerts stay open until Datadog recovers them or someone resolves them
   */
  readonly autoResolutionTimeout?: AutoResolutionTimeout;
  /**
   * Support hours the priority rule refers to, declared (`new SupportHours`) or existing
   * (`SupportHours.fromId`); only with a `*_DURING_SUPPORT_HOURS` priority rule.
   * @default - no support hours (refused with a `*_DURING_SUPPORT_HOURS` priority rule)
   */
  readonly supportHours?: ISupportHours;
  /**
   * iLert template for the alert summary, e.g. `{{ title }}`, reading fields of the Datadog payload.
   * @default - iLert's Datadog default summary
   */
  readonly summaryTemplate?: string;
  /**
   * iLert template for the alert details.
   * @default - iLert's Datadog default details
   */
  readonly detailsTemplate?: string;
  /**
   * Whether the alert source accepts events.
   * @default true (the provider's default)
   */
  readonly active?: boolean;
  /**
   * Name of the Datadog webhook, which monitors mention as `@webhook-<name>`: letters, digits, `-`
   * and `_`, unique in the Datadog organisation (and in this app).
   * @default - `ilert-` and `name` in lower-case kebab form, e.g. `ilert-payments-api` for "Payments API"
   */
  readonly webhookName?: string;
  /**
   * The JSON body Datadog sends to iLert.
   * @default DatadogPayload.ilertDefault() (iLert's documented template)
   */
  readonly payload?: DatadogPayload;
  /**
   * Set each alert's iLert priority from the Datadog monitor priority, e.g.
   * `PriorityMapping.fromDatadogPriority()` (P1-P2 HIGH, P3-P5 LOW). Adds
   * `"alert_priority": "$ALERT_PRIORITY"` to the payload when it lacks that field.
   * @default - no priority template: every alert gets `priorityRule`'s priority
   */
  readonly priorityMapping?: PriorityMapping;
  /**
   * Set each alert's iLert severity (1-5) from the Datadog monitor priority, e.g.
   * `SeverityMapping.fromDatadogPriority()` (P1 -> 1, ..., P5 -> 5). Adds
   * `"alert_priority": "$ALERT_PRIORITY"` to the payload when it lacks that field.
   * @default - no severity template
   */
  readonly severityMapping?: SeverityMapping;
  /**
   * Protect the alert source from `terraform destroy` and from replacement (`prevent_destroy`):
   * a new alert source has a new integration key, so paging breaks until the webhook is updated,
   * and the source's alert history is lost. Set to false to allow it, e.g. for short-lived stacks.
   * @default true
   */
  readonly protectFromDestroy?: boolean;
  /**
   * The Datadog provider to use, e.g. an aliased one for another Datadog organisation.
   * @default - the stack's default Datadog provider (added if the stack has none)
   */
  readonly datadogProvider?: TerraformProvider;
}
