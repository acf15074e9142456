import { Construct, IConstruct } from "constructs";
import { Annotations, Aspects, TerraformProvider, TerraformStack, Token } from "cdktf";
import { DowntimeSchedule } from "@cdktf/provider-datadog/lib/downtime-schedule";
import type { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { useProvider } from "../../core/default-providers";
import { problemText } from "../../core/private/problem-text";
import { ProviderEnum, ProviderEnumClass } from "../../core/provider-enum";
import { checkEnum } from "../../core/private/check-enum";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import { checkArray, checkInstance, checkOptionalBoolean, checkOptionalString, checkProps, Struct } from "../../core/validate";
import { followConnectedMonitors } from "../../integration/connected-monitors";
import { IlertDatadogIntegration } from "../../integration/ilert-datadog-integration";
import { DowntimeNotifyEndState, DowntimeNotifyEndType } from "./downtime-notify";
import { MaintenanceSchedule } from "./maintenance-schedule";
import { downtimeScheduleBlocks } from "./private/downtime-schedule-blocks";

/** Props of {@link MaintenanceWindow}. */
export interface MaintenanceWindowProps {
  /** The integration whose connected monitors (`connectMonitor`) the window mutes, whenever they are connected. */
  readonly integration: IlertDatadogIntegration;
  /** When: `MaintenanceSchedule.once({ start, end })` or `MaintenanceSchedule.recurring({ timezone, recurrences })`. */
  readonly schedule: MaintenanceSchedule;
  /**
   * A message in the notifications about the downtime, e.g. `Release 42: checkout is redeployed`.
   * @default - no message: the downtime is created without one
   */
  readonly message?: string;
  /**
   * Which groups of the monitors are muted, in Datadog's search syntax, e.g. `env:prod`.
   * @default "*" (every group)
   */
  readonly scope?: string;
  /**
   * Whether the first recovery notification during the window is muted too.
   * @default - Datadog's default (false)
   */
  readonly muteFirstRecoveryNotification?: boolean;
  /**
   * Monitor states that notify when the window ends (with `notifyEndTypes`).
   * @default - Datadog's default
   */
  readonly notifyEndStates?: DowntimeNotifyEndState[];
  /**
   * How the window ending notifies monitors still in one of `notifyEndStates`.
   * @default - Datadog's default
   */
  readonly notifyEndTypes?: DowntimeNotifyEndType[];
  /**
   * The Datadog provider to use, e.g. an aliased one for another Datadog organisation.
   * @default - the stack's default Datadog provider (added if the stack has none)
   */
  readonly datadogProvider?: TerraformProvider;
}

const MAINTENANCE_WINDOW_PROPS: Struct<MaintenanceWindowProps> = {
  name: "MaintenanceWindowProps",
  keys: {
    integration: "required",
    schedule: "required",
    message: "optional",
    scope: "optional",
    muteFirstRecoveryNotification: "optional",
    notifyEndStates: "optional",
    notifyEndTypes: "optional",
    datadogProvider: "optional",
  },
};

/**
 * A planned maintenance window that mutes an integration's monitors, so they page nobody: one Datadog
 * downtime schedule (`datadog_downtime_schedule`, Datadog's v2 downtimes) per monitor connected to the
 * integration with `connectMonitor`, once or on a recurrence. Monitors that only mention the handle
 * (`messageFor`) are not muted. `terraform destroy` cancels the downtimes.
 */
export class MaintenanceWindow extends Construct {
  /** The integration whose monitors it mutes. */
  public readonly integration: IlertDatadogIntegration;
  private readonly downtimes: DowntimeSchedule[] = [];

  constructor(scope: Construct, id: string, props: MaintenanceWindowProps) {
    super(scope, id);
    checkProps(this, props, MAINTENANCE_WINDOW_PROPS, "pass { integration, schedule }");
    this.integration = checkInstance(
      this,
      "integration",
      props.integration,
      IlertDatadogIntegration,
      "pass the IlertDatadogIntegration whose monitors the window mutes",
    );
    const blocks = downtimeScheduleBlocks(this, "schedule", props.schedule);
    checkOptionalString(this, "message", props.message, { minLength: 0, fix: "write the message as text, or leave it unset" });
    checkOptionalString(this, "scope", props.scope, { fix: 'write a Datadog search, e.g. "env:prod", or leave it unset for "*"' });
    checkOptionalBoolean(this, "muteFirstRecoveryNotification", props.muteFirstRecoveryNotification);
    const config = {
      ...blocks,
      scope: escapeTerraformTemplate(props.scope ?? "*"),
      message: props.message === undefined ? undefined : escapeTerraformTemplate(props.message),
      muteFirstRecoveryNotification: props.muteFirstRecoveryNotification,
      notifyEndStates: enumValues(this, "notifyEndStates", props.notifyEndStates, DowntimeNotifyEndState),
      notifyEndTypes: enumValues(this, "notifyEndTypes", props.notifyEndTypes, DowntimeNotifyEndType),
      provider: useProvider(this, "datadog", "datadogProvider", props.datadogProvider),
    };
    followConnectedMonitors(this.integration, (monitor) => {
      this.downtimes.push(
        new DowntimeSchedule(this, downtimeId(this, monitor), { ...config, monitorIdentifier: { monitorId: Token.asNumber(monitor.id) } }),
      );
    });
    // Known only once the app is complete: a window on an integration without connected monitors mutes nothing.
    Aspects.of(this).add({
      visit: (node: IConstruct) => {
        if (node === this && this.downtimes.length === 0) {
          Annotations.of(this).addError(
            problemText({
              prop: "integration",
              received: this.integration.node.path,
              accepted:
                "an integration with monitors connected by connectMonitor(monitor) (the window mutes only those, and this one has none)",
              fix: "connect the integration's monitors, or remove the window",
            }),
          );
        }
      },
    });
  }

  /** The `datadog_downtime_schedule` resources, one per monitor connected to the integration so far. */
  public get downtimeSchedules(): DowntimeSchedule[] {
    return [...this.downtimes];
  }
}

/**
 * The construct id of a monitor's downtime: the monitor's path from the window's scope (the team's,
 * usually), else from its stack, so it stays while the monitor does.
 */
function downtimeId(window: Construct, monitor: Monitor): string {
  const parent = window.node.scope!;
  const from = monitor.node.scopes.includes(parent) ? parent : TerraformStack.of(monitor);
  return monitor.node.scopes
    .slice(from.node.scopes.length)
    .map((s) => s.node.id)
    .join("-");
}

function enumValues<T extends ProviderEnum>(
  scope: IConstruct,
  prop: string,
  value: unknown,
  cls: ProviderEnumClass<T>,
): string[] | undefined {
  if (value === undefined) return undefined;
  return checkArray<T>(scope, prop, value, 1, `list at least one ${cls.name}, or leave ${prop} unset for Datadog's default`).map((v, i) => {
    checkEnum(scope, `${prop}[${i}]`, v, cls);
    return v.value;
  });
}
