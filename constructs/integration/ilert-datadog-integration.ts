import { Construct } from "constructs";
import { TerraformProvider, TerraformResource } from "cdktf";
import type { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { Webhook } from "@cdktf/provider-datadog/lib/webhook";
import { AlertSource } from "../../.gen/providers/ilert/alert-source";
import { stackChecks } from "../checks/checks-engine";
import { useProvider } from "../core/default-providers";
import { checkEnum } from "../core/private/check-enum";
import { checkHandle, handleIdAsNumber } from "../core/handles";
import { describeValue } from "../core/shown-text";
import { escapeTerraformTemplate } from "../core/terraform-escape";
import {
  checkInstance,
  checkOptionalBoolean,
  checkOptionalString,
  checkProps,
  checkString,
  fail,
  isUnresolved,
  Struct,
} from "../core/validate";
import { DatadogPayload } from "../datadog/datadog-payload";
import { addNotificationHandle, DATADOG_MONITOR_TYPE } from "../datadog/private/monitor-message";
import { MonitorWiringOptions } from "../datadog/monitor-wiring-options";
import { checkWebhookName } from "../datadog/private/check-webhook-name";
import { deriveWebhookName } from "../datadog/webhook-name";
import { AlertCreation } from "../ilert/alert-source/alert-creation";
import { AlertGroupingWindow } from "../ilert/alert-source/alert-grouping-window";
import { AlertPriorityRule } from "../ilert/alert-source/alert-priority-rule";
import { AutoResolutionTimeout } from "../ilert/alert-source/auto-resolution-timeout";
import { IEscalationPolicy } from "../ilert/escalation/escalation-policy";
import { ESCALATION_POLICY_HANDLE } from "../ilert/escalation/private/escalation-policy-handle";
import { SUPPORT_HOURS_HANDLE } from "../ilert/alert-source/private/support-hours-handle";
import { ISupportHours } from "../ilert/alert-source/support-hours";
import { teamBlocks } from "../ilert/people/private/owning-teams";
import { IlertProviderProps, OwningTeamsProps } from "../ilert/shared-props";
import { ILERT_PROVIDER_KEYS, OWNING_TEAMS_KEYS } from "../ilert/private/shared-props-keys";
import { AdoptExistingProps, adoptExisting } from "./adoption";
import { monitorConnected } from "./connected-monitors";
import { withPriorityField } from "./datadog-priority";
import { PriorityMapping } from "./priority-mapping";
import { SeverityMapping } from "./severity-mapping";

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

const INTEGRATION_PROPS: Struct<IlertDatadogIntegrationProps> = {
  name: "IlertDatadogIntegrationProps",
  keys: {
    name: "required",
    escalationPolicy: "required",
    alertCreation: "optional",
    alertGroupingWindow: "optional",
    priorityRule: "optional",
    autoResolutionTimeout: "optional",
    supportHours: "optional",
    summaryTemplate: "optional",
    detailsTemplate: "optional",
    active: "optional",
    webhookName: "optional",
    payload: "optional",
    priorityMapping: "optional",
    severityMapping: "optional",
    protectFromDestroy: "optional",
    datadogProvider: "optional",
    ...ILERT_PROVIDER_KEYS,
    ...OWNING_TEAMS_KEYS,
  },
};

/**
 * Declares both sides of an iLert Datadog integration: an iLert alert source of type `DATADOG` on an
 * escalation policy, and a Datadog webhook that posts iLert's payload to the source's integration URL.
 * Monitors page through it by mentioning {@link notificationHandle}.
 */
export class IlertDatadogIntegration extends Construct {
  /** The iLert integration type of the alert source. Changing it would replace the source (new key). */
  public static readonly DATADOG_INTEGRATION_TYPE = "DATADOG";

  /** The `ilert_alert_source` resource. */
  public readonly alertSource: AlertSource;
  /** The `datadog_webhook` resource. */
  public readonly webhook: Webhook;
  /** The Datadog webhook name. */
  public readonly webhookName: string;
  /** What a monitor message mentions to page through this integration: `@webhook-<webhookName>`. */
  public readonly notificationHandle: string;
  /**
   * The alert source's integration URL, a Terraform reference to a sensitive value (it embeds the
   * integration key). Mark any output that uses it `sensitive: true`.
   */
  public readonly integrationUrl: string;
  /** The escalation policy alerts go to. */
  public readonly escalationPolicy: IEscalationPolicy;
  /** The payload Datadog sends. */
  public readonly payload: DatadogPayload;

  constructor(scope: Construct, id: string, props: IlertDatadogIntegrationProps) {
    super(scope, id);
    checkProps(this, props, INTEGRATION_PROPS, "pass { name, escalationPolicy }");
    checkString(this, "name", props.name, { maxLength: 255, fix: "use an alert source name of 1-255 bytes" });
    checkHandle(this, "escalationPolicy", props.escalationPolicy, ESCALATION_POLICY_HANDLE);
    this.checkAlertOptions(props);
    // Ids written as numbers are checked before the webhook name is claimed.
    const team = props.teams === undefined ? undefined : teamBlocks(this, props.teams);
    const supportHours =
      props.supportHours === undefined
        ? undefined
        : { id: handleIdAsNumber(this, "supportHours", props.supportHours, SUPPORT_HOURS_HANDLE) };
    this.webhookName = this.resolveWebhookName(props);
    this.notificationHandle = `@webhook-${this.webhookName}`;
    this.escalationPolicy = props.escalationPolicy;
    const payload = props.payload ?? DatadogPayload.ilertDefault();
    checkInstance(this, "payload", payload, DatadogPayload, "use DatadogPayload.ilertDefault(), ilertDefaultWith({...}) or custom({...})");
    if (props.priorityMapping !== undefined) {
      checkInstance(this, "priorityMapping", props.priorityMapping, PriorityMapping, "use PriorityMapping.fromDatadogPriority()");
    }
    if (props.severityMapping !== undefined) {
      checkInstance(this, "severityMapping", props.severityMapping, SeverityMapping, "use SeverityMapping.fromDatadogPriority()");
    }
    const byPriority = props.priorityMapping !== undefined || props.severityMapping !== undefined;
    this.payload = byPriority ? withPriorityField(this, payload) : payload;
    checkOptionalBoolean(this, "protectFromDestroy", props.protectFromDestroy);

    this.alertSource = new AlertSource(this, "AlertSource", {
      name: escapeTerraformTemplate(props.name),
      integrationType: IlertDatadogIntegration.DATADOG_INTEGRATION_TYPE,
      escalationPolicy: props.escalationPolicy.escalationPolicyId,
      alertCreation: props.alertCreation?.value,
      alertGroupingWindow: props.alertGroupingWindow?.value,
      alertPriorityRule: props.priorityRule?.value,
      autoResolutionTimeout: props.autoResolutionTimeout?.value,
      active: props.active,
      team,
      supportHours,
      summaryTemplate: textTemplate(props.summaryTemplate),
      detailsTemplate: textTemplate(props.detailsTemplate),
      priorityTemplate: props.priorityMapping?.bind(this),
      severityTemplate: props.severityMapping?.bind(this),
      lifecycle: props.protectFromDestroy === false ? undefined : { preventDestroy: true },
      provider: useProvider(this, "ilert", "ilertProvider", props.ilertProvider),
    });
    this.integrationUrl = this.alertSource.integrationUrl;

    this.webhook = new Webhook(this, "Webhook", {
      name: this.webhookName,
      url: this.integrationUrl,
      encodeAs: "json",
      payload: this.payload.bind(this),
      provider: useProvider(this, "datadog", "datadogProvider", props.datadogProvider),
    });
    // Checked at synth (docs/checks.md): its webhook name is unique in the app, some monitor mentions it.
    stackChecks(this).addIntegration(this);
  }

  /**
   * Makes a Datadog monitor (`Monitor` from `@cdktf/provider-datadog/lib/monitor`) page through this
   * integration: adds {@link notificationHandle} to its message, on every notification or only on
   * some transitions (recoveries included unless told otherwise), unless the message already
   * mentions it. Throws {@link IlertDatadogValidationError} for a message whose conditional blocks
   * are unbalanced (Datadog would route none of its notifications). The integration's maintenance
   * windows (`MaintenanceWindow`) mute it.
   */
  public connectMonitor(monitor: Monitor, options: MonitorWiringOptions = {}): void {
    if (!TerraformResource.isTerraformResource(monitor) || monitor.terraformResourceType !== DATADOG_MONITOR_TYPE) {
      fail(
        this,
        "monitor",
        monitor,
        "a datadog_monitor resource",
        "pass a Monitor from @cdktf/provider-datadog/lib/monitor, or use messageFor(message) for a message string",
      );
    }
    monitor.message = addNotificationHandle(monitor, "message", monitor.messageInput ?? "", this.notificationHandle, options);
    monitorConnected(this, monitor);
  }

  /**
   * Makes this integration adopt existing objects instead of creating them: its alert source by
   * `alertSourceId`, its webhook by `webhookName`. Review the first plan after adopting: Terraform
   * then updates the adopted objects in place to match the integration's props.
   */
  public adoptExisting(props: AdoptExistingProps): void {
    adoptExisting(this, props);
  }

  /**
   * A monitor message with {@link notificationHandle} added, as {@link connectMonitor} adds it, for
   * monitors declared some other way (e.g. another construct library, or JSON for the Datadog API).
   */
  public messageFor(message: string, options: MonitorWiringOptions = {}): string {
    return addNotificationHandle(this, "message", message, this.notificationHandle, options);
  }

  private checkAlertOptions(props: IlertDatadogIntegrationProps): void {
    checkEnum(this, "alertCreation", props.alertCreation, AlertCreation);
    checkEnum(this, "alertGroupingWindow", props.alertGroupingWindow, AlertGroupingWindow);
    checkEnum(this, "priorityRule", props.priorityRule, AlertPriorityRule);
    checkEnum(this, "autoResolutionTimeout", props.autoResolutionTimeout, AutoResolutionTimeout);
    checkOptionalBoolean(this, "active", props.active);
    for (const prop of ["summaryTemplate", "detailsTemplate"] as const) {
      checkOptionalString(this, prop, props[prop], { fix: `write an iLert template, or leave ${prop} unset` });
    }
    // Pairings the provider checks only at apply time; custom (escape-hatch) values are not judged.
    const creation = props.alertCreation;
    if (creation !== undefined && !creation.isCustom && creation.needsGroupingWindow && props.alertGroupingWindow === undefined) {
      fail(
        this,
        "alertGroupingWindow",
        undefined,
        `a grouping window with alertCreation ${creation.value}`,
        "set alertGroupingWindow, e.g. AlertGroupingWindow.MINUTES_5",
      );
    }
    if (
      props.alertGroupingWindow !== undefined &&
      !props.alertGroupingWindow.isCustom &&
      !creation?.isCustom &&
      !creation?.needsGroupingWindow
    ) {
      fail(
        this,
        "alertGroupingWindow",
        props.alertGroupingWindow.value,
        "no grouping window unless alertCreation is ONE_ALERT_GROUPED_PER_WINDOW or INTELLIGENT_GROUPING",
        "remove alertGroupingWindow, or choose a grouping alertCreation",
      );
    }
    const rule = props.priorityRule;
    if (rule !== undefined && !rule.isCustom && rule.needsSupportHours && props.supportHours === undefined) {
      fail(
        this,
        "supportHours",
        undefined,
        `support hours with priorityRule ${rule.value}`,
        "set supportHours: new SupportHours(this, 'Hours', { ... }), or SupportHours.fromId(this, 'Hours', '42')",
      );
    }
    if (props.supportHours !== undefined) {
      checkHandle(this, "supportHours", props.supportHours, SUPPORT_HOURS_HANDLE);
      if (!rule?.isCustom && !rule?.needsSupportHours) {
        fail(
          this,
          "supportHours",
          props.supportHours.supportHoursId,
          "support hours only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS",
          "choose one of those priority rules, or remove supportHours",
        );
      }
    }
  }

  private resolveWebhookName(props: IlertDatadogIntegrationProps): string {
    if (props.webhookName !== undefined) {
      checkWebhookName(this, "webhookName", props.webhookName);
      return props.webhookName;
    }
    const derived = isUnresolved(props.name) ? undefined : deriveWebhookName(props.name);
    if (derived === undefined) {
      fail(
        this,
        "webhookName",
        undefined,
        `a webhook name, since none can be derived from name ${describeValue(props.name)}`,
        'set webhookName, e.g. "ilert-payments"',
      );
    }
    return derived;
  }
}

function textTemplate(template: string | undefined): { textTemplate: string } | undefined {
  return template === undefined ? undefined : { textTemplate: escapeTerraformTemplate(template) };
}
