import { IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import type { AlertSourceConfig } from "../../../.gen/providers/ilert/alert-source";
import { useProvider } from "../../core/default-providers";
import { checkHandle, handleIdAsNumber } from "../../core/handles";
import { checkEnum } from "../../core/private/check-enum";
import { describeValue } from "../../core/shown-text";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import {
  checkInstance,
  checkOptionalBoolean,
  checkOptionalString,
  checkProps,
  checkString,
  fail,
  isUnresolved,
  Struct,
} from "../../core/validate";
import { DatadogPayload } from "../../datadog/datadog-payload";
import { checkWebhookName } from "../../datadog/private/check-webhook-name";
import { deriveWebhookName } from "../../datadog/webhook-name";
import { AlertCreation } from "../../ilert/alert-source/alert-creation";
import { AlertGroupingWindow } from "../../ilert/alert-source/alert-grouping-window";
import { AlertPriorityRule } from "../../ilert/alert-source/alert-priority-rule";
import { AutoResolutionTimeout } from "../../ilert/alert-source/auto-resolution-timeout";
import { SUPPORT_HOURS_HANDLE } from "../../ilert/alert-source/private/support-hours-handle";
import { IEscalationPolicy } from "../../ilert/escalation/escalation-policy";
import { ESCALATION_POLICY_HANDLE } from "../../ilert/escalation/private/escalation-policy-handle";
import { teamBlocks } from "../../ilert/people/private/owning-teams";
import { ILERT_PROVIDER_KEYS, OWNING_TEAMS_KEYS } from "../../ilert/private/shared-props-keys";
import { withPriorityField } from "../datadog-priority";
import type { IlertDatadogIntegrationProps } from "../ilert-datadog-integration-props";
import { PriorityMapping } from "../priority-mapping";
import { SeverityMapping } from "../severity-mapping";

/**
 * The props of an `IlertDatadogIntegration`, checked and resolved in one pass before anything is
 * declared, as aws-sns's Topic resolves its props before it declares its resource. The checks run
 * in a fixed order (the first problem found is the one reported), which the exact-message tests and
 * the validation table pin.
 */

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

/** What an integration declares, from checked props: everything but the resources themselves. */
export interface ResolvedIntegration {
  /** The `ilert_alert_source` config, all but its integration type (the integration's constant). */
  readonly alertSource: Omit<AlertSourceConfig, "integrationType">;
  /** The escalation policy alerts go to. */
  readonly escalationPolicy: IEscalationPolicy;
  /** The Datadog webhook name: given, or derived from the name. */
  readonly webhookName: string;
  /** The payload Datadog sends, with the priority field when a mapping reads it. */
  readonly payload: DatadogPayload;
  /** The payload as the webhook's body: checked JSON text, Terraform template sequences escaped. */
  readonly payloadBody: string;
  /** The Datadog provider the webhook names, if not the stack's default. */
  readonly datadogProvider: TerraformProvider | undefined;
}

/** Checks the props of the integration `scope` and resolves what it declares. Throws on the first problem. */
export function resolveIntegration(scope: IConstruct, props: IlertDatadogIntegrationProps): ResolvedIntegration {
  checkProps(scope, props, INTEGRATION_PROPS, "pass { name, escalationPolicy }");
  checkString(scope, "name", props.name, { maxLength: 255, fix: "use an alert source name of 1-255 bytes" });
  checkHandle(scope, "escalationPolicy", props.escalationPolicy, ESCALATION_POLICY_HANDLE);
  checkAlertOptions(scope, props);
  // Ids written as numbers are checked after the pairings, teams before support hours.
  const team = props.teams === undefined ? undefined : teamBlocks(scope, props.teams);
  const supportHours =
    props.supportHours === undefined
      ? undefined
      : { id: handleIdAsNumber(scope, "supportHours", props.supportHours, SUPPORT_HOURS_HANDLE) };
  const webhookName = resolveWebhookName(scope, props);
  if (props.payload !== undefined) {
    checkInstance(
      scope,
      "payload",
      props.payload,
      DatadogPayload,
      "use DatadogPayload.ilertDefault(), ilertDefaultWith({...}) or custom({...})",
    );
  }
  if (props.priorityMapping !== undefined) {
    checkInstance(scope, "priorityMapping", props.priorityMapping, PriorityMapping, "use PriorityMapping.fromDatadogPriority()");
  }
  if (props.severityMapping !== undefined) {
    checkInstance(scope, "severityMapping", props.severityMapping, SeverityMapping, "use SeverityMapping.fromDatadogPriority()");
  }
  const payload = props.payload ?? DatadogPayload.ilertDefault();
  const byPriority = props.priorityMapping !== undefined || props.severityMapping !== undefined;
  const sent = byPriority ? withPriorityField(scope, payload) : payload;
  checkOptionalBoolean(scope, "protectFromDestroy", props.protectFromDestroy);
  const priorityTemplate = props.priorityMapping?.bind(scope);
  const severityTemplate = props.severityMapping?.bind(scope);
  const ilertProvider = useProvider(scope, "ilert", "ilertProvider", props.ilertProvider);
  const payloadBody = sent.bind(scope);
  const datadogProvider = useProvider(scope, "datadog", "datadogProvider", props.datadogProvider);
  return {
    alertSource: {
      name: escapeTerraformTemplate(props.name),
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
      priorityTemplate,
      severityTemplate,
      lifecycle: props.protectFromDestroy === false ? undefined : { preventDestroy: true },
      provider: ilertProvider,
    },
    escalationPolicy: props.escalationPolicy,
    webhookName,
    payload: sent,
    payloadBody,
    datadogProvider,
  };
}

/** The enum-like options, and the pairings the provider checks only at apply time. */
function checkAlertOptions(scope: IConstruct, props: IlertDatadogIntegrationProps): void {
  checkEnum(scope, "alertCreation", props.alertCreation, AlertCreation);
  checkEnum(scope, "alertGroupingWindow", props.alertGroupingWindow, AlertGroupingWindow);
  checkEnum(scope, "priorityRule", props.priorityRule, AlertPriorityRule);
  checkEnum(scope, "autoResolutionTimeout", props.autoResolutionTimeout, AutoResolutionTimeout);
  checkOptionalBoolean(scope, "active", props.active);
  for (const prop of ["summaryTemplate", "detailsTemplate"] as const) {
    checkOptionalString(scope, prop, props[prop], { fix: `write an iLert template, or leave ${prop} unset` });
  }
  // Custom (escape-hatch) values are not judged.
  const creation = props.alertCreation;
  if (creation !== undefined && !creation.isCustom && creation.needsGroupingWindow && props.alertGroupingWindow === undefined) {
    fail(
      scope,
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
      scope,
      "alertGroupingWindow",
      props.alertGroupingWindow.value,
      "no grouping window unless alertCreation is ONE_ALERT_GROUPED_PER_WINDOW or INTELLIGENT_GROUPING",
      "remove alertGroupingWindow, or choose a grouping alertCreation",
    );
  }
  const rule = props.priorityRule;
  if (rule !== undefined && !rule.isCustom && rule.needsSupportHours && props.supportHours === undefined) {
    fail(
      scope,
      "supportHours",
      undefined,
      `support hours with priorityRule ${rule.value}`,
      "set supportHours: new SupportHours(this, 'Hours', { ... }), or SupportHours.fromId(this, 'Hours', '42')",
    );
  }
  if (props.supportHours !== undefined) {
    checkHandle(scope, "supportHours", props.supportHours, SUPPORT_HOURS_HANDLE);
    if (!rule?.isCustom && !rule?.needsSupportHours) {
      fail(
        scope,
        "supportHours",
        props.supportHours.supportHoursId,
        "support hours only with priorityRule HIGH_DURING_SUPPORT_HOURS or LOW_DURING_SUPPORT_HOURS",
        "choose one of those priority rules, or remove supportHours",
      );
    }
  }
}

/** The webhook name: `webhookName`, checked, or one derived from `name`. */
function resolveWebhookName(scope: IConstruct, props: IlertDatadogIntegrationProps): string {
  if (props.webhookName !== undefined) {
    checkWebhookName(scope, "webhookName", props.webhookName);
    return props.webhookName;
  }
  const derived = isUnresolved(props.name) ? undefined : deriveWebhookName(props.name);
  if (derived === undefined) {
    fail(
      scope,
      "webhookName",
      undefined,
      `a webhook name, since none can be derived from name ${describeValue(props.name)}`,
      'set webhookName, e.g. "ilert-payments"',
    );
  }
  return derived;
}

function textTemplate(template: string | undefined): { textTemplate: string } | undefined {
  return template === undefined ? undefined : { textTemplate: escapeTerraformTemplate(template) };
}
