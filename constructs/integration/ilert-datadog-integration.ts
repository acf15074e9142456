import { Construct } from "constructs";
import { TerraformResource } from "cdktf";
import type { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { Webhook } from "@cdktf/provider-datadog/lib/webhook";
import { AlertSource } from "../../.gen/providers/ilert/alert-source";
import { stackChecks } from "../checks/checks-engine";
import { fail } from "../core/validate";
import { DatadogPayload } from "../datadog/datadog-payload";
import { addNotificationHandle, DATADOG_MONITOR_TYPE } from "../datadog/private/monitor-message";
import { MonitorWiringOptions } from "../datadog/monitor-wiring-options";
import { IEscalationPolicy } from "../ilert/escalation/escalation-policy";
import { AdoptExistingProps } from "./adoption";
import { monitorConnected } from "./connected-monitors";
import { IlertDatadogIntegrationProps } from "./ilert-datadog-integration-props";
import { adoptExisting } from "./private/adoption";
import { resolveIntegration } from "./private/resolve-integration";

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
    const resolved = resolveIntegration(this, props);
    this.webhookName = resolved.webhookName;
    this.notificationHandle = `@webhook-${this.webhookName}`;
    this.escalationPolicy = resolved.escalationPolicy;
    this.payload = resolved.payload;

    this.alertSource = new AlertSource(this, "AlertSource", {
      ...resolved.alertSource,
      integrationType: IlertDatadogIntegration.DATADOG_INTEGRATION_TYPE,
    });
    this.integrationUrl = this.alertSource.integrationUrl;

    this.webhook = new Webhook(this, "Webhook", {
      name: this.webhookName,
      url: this.integrationUrl,
      encodeAs: "json",
      payload: resolved.payloadBody,
      provider: resolved.datadogProvider,
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
}
