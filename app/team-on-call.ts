import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { queryThresholds } from "./monitor-thresholds";
import {
  IlertDatadogChecks,
  IlertDatadogErrors,
  AlertCreation,
  AlertPriority,
  PriorityMapping,
  SeverityMapping,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  EscalationPolicy,
  EscalationTarget,
  IEscalationPolicy,
  IlertDatadogIntegration,
  ISchedule,
  ITeam,
  OnCallSchedule,
  Rotation,
  DayOfWeek,
  ISupportHours,
  MaintenanceSchedule,
  MaintenanceWindow,
  ProviderEnum,
  SupportHours,
  SupportStatus,
  Team,
  Adoption,
  DatadogPayload,
} from "../constructs";
import { constructProblem } from "./construct-problem";
import { People } from "./people";
import { PropOrigins } from "./prop-origins";
import { escapeTerraformTemplate } from "../constructs/core/terraform-escape";
import { enumOf, LayerConfig, MaintenanceConfig, RuleTarget, SupportHoursConfig, TeamConfig, webhookNameOf } from "./config-schema";

/** `record` with each value mapped. */
function mapValues<T, U>(record: Readonly<Record<string, T>>, value: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, value(v)]));
}

/** `record` without its undefined values (the props the constructs take). */
function definedOnly<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** A mapping's provider values as the enum-like class's constants. */
function enumsOf<T extends ProviderEnum>(cls: Parameters<typeof enumOf<T>>[0], values: Partial<Record<string, string>>): Record<string, T> {
  return Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (v === undefined ? [] : [[k, enumOf(cls, v)]])));
}

/** Props of {@link TeamOnCall}. */
export interface TeamOnCallProps {
  /** The team's config entry. */
  readonly team: TeamConfig;
  /** The environment's key. */
  readonly environment: string;
  /** The JSON path of the team's entry in the config, e.g. `teams[0]`. */
  readonly configPath: string;
  /** Where the problems found in the entry are added, as `<JSON path>: <problem>`. */
  readonly problems: string[];
}

/**
 * One team's paging setup in one environment, declared from its config entry (its reminders are
 * declared once per iLert account, by UserReminders). A construct's
 * validation error does not stop it: it is added to `problems` under the JSON path of the value
 * in the config, and the rest of the entry is still checked (with a stand-in for a schedule or
 * policy that failed), so one run reports every problem.
 */
export class TeamOnCall extends Construct {
  /** The team's integration; `undefined` when its props were invalid. */
  public readonly integration?: IlertDatadogIntegration;
  private readonly people = new People(this);

  constructor(scope: Construct, id: string, props: TeamOnCallProps) {
    super(scope, id);
    const { team, environment } = props;
    // Each construct's props record where in the entry they came from, so an error names the config's key.
    const check = <T>(origins: PropOrigins, declare: () => T): T | undefined => {
      try {
        return declare();
      } catch (e) {
        if (!IlertDatadogErrors.isValidationError(e)) throw e;
        props.problems.push(constructProblem(`${props.configPath}.${origins.configPathOf(e.prop)}`, e));
        return undefined;
      }
    };
    // Warnings the config suppresses, for every construct of the team; errors cannot be.
    for (const [k, suppression] of (team.suppress ?? []).entries()) {
      try {
        IlertDatadogChecks.suppress(this, suppression.id, suppression.reason);
      } catch (e) {
        if (!IlertDatadogErrors.isValidationError(e)) throw e;
        props.problems.push(constructProblem(`${props.configPath}.suppress[${k}].${e.prop}`, e));
      }
    }
    const displayName = team.name ?? team.key;
    const ilertTeam =
      team.ilertTeamId !== undefined
        ? Team.fromId(this, "IlertTeam", team.ilertTeamId)
        : team.ilertTeamName !== undefined
          ? Team.fromName(this, "IlertTeam", team.ilertTeamName)
          : undefined;
    // The owners of an object without ilertTeamIds of its own: the team's iLert team.
    const teamOwners = (origins: PropOrigins): ITeam[] | undefined => {
      origins.whole("teams", "ilertTeamId");
      return ilertTeam && [ilertTeam];
    };
    // The owners of an object: its own ilertTeamIds where given ([] for none), else the team's iLert team.
    // A non-empty list of handles is never wrong as a whole: an owner's error is at its `teams[k]`.
    const owners = (entry: string, ownIds: readonly string[] | undefined, origins: PropOrigins): ITeam[] | undefined => {
      if (ownIds === undefined) return teamOwners(origins);
      ownIds.forEach((_, k) => origins.whole(`teams[${k}]`, `${entry}.ilertTeamIds[${k}]`));
      return ownIds.length === 0 ? undefined : ownIds.map((id) => this.ownerTeam(id));
    };
    const s = team.schedule;
    const e = team.escalation;
    // A schedule or policy whose props failed is replaced by a reference, so the rest is checked.
    const scheduleOrigins = new PropOrigins("schedule");
    const schedule =
      s === undefined
        ? undefined
        : (check(scheduleOrigins, () =>
            this.schedule(
              team,
              displayName,
              environment,
              owners("schedule", "timezone" in s ? s.ilertTeamIds : undefined, scheduleOrigins),
              scheduleOrigins,
            ),
          ) ?? OnCallSchedule.fromId(this, "InvalidSchedule", "1"));
    const policyOrigins = new PropOrigins("escalation");
    const policy =
      check(policyOrigins, () =>
        this.policy(
          team,
          displayName,
          environment,
          schedule,
          ilertTeam,
          owners("escalation", "rules" in e ? e.ilertTeamIds : undefined, policyOrigins),
          policyOrigins,
        ),
      ) ?? EscalationPolicy.fromId(this, "InvalidEscalationPolicy", "1");

    // Declared support hours whose props failed are replaced by a reference, so the integration is checked too.
    const declaredHours = team.integration.supportHours;
    const hoursOrigins = new PropOrigins("integration.supportHours");
    const supportHours =
      declaredHours === undefined
        ? undefined
        : (check(hoursOrigins, () => this.supportHours(declaredHours, displayName, environment, teamOwners(hoursOrigins))) ??
          SupportHours.fromId(this, "InvalidSupportHours", "1"));

    const integrationOrigins = new PropOrigins("integration");
    this.integration = check(integrationOrigins, () =>
      this.declareIntegration(
        team,
        displayName,
        environment,
        policy,
        owners("integration", team.integration.ilertTeamIds, integrationOrigins),
        supportHours,
        integrationOrigins,
      ),
    );
    if (this.integration === undefined) return;
    const integration = this.integration;
    (team.maintenanceWindows ?? []).forEach((window, i) => {
      const at = `maintenanceWindows[${i}]`;
      const origins = new PropOrigins(at);
      check(origins, () => this.maintenanceWindow(window, integration, at, origins));
    });

    for (const m of team.monitors) {
      const thresholds = m.thresholds && definedOnly(mapValues(m.thresholds, (v) => String(v)));
      // Config values are literal text: escaped so Terraform reads no template in them.
      const monitor = new Monitor(this, `Monitor-${m.key}`, {
        name: escapeTerraformTemplate(m.name),
        type: m.type,
        query: escapeTerraformTemplate(m.query),
        message: escapeTerraformTemplate(m.message),
        priority: m.priority === undefined ? undefined : String(m.priority),
        tags: m.tags?.map(escapeTerraformTemplate),
        monitorThresholds: { ...queryThresholds(m.type, m.query), ...thresholds },
        ...m.options,
        escalationMessage: m.options?.escalationMessage === undefined ? undefined : escapeTerraformTemplate(m.options.escalationMessage),
      });
      const adopted = m.adopt?.[environment];
      if (adopted !== undefined) Adoption.adopt(monitor, { id: adopted });
      this.integration.connectMonitor(monitor);
    }
  }

  /** An owning team by id, declared once per id in this scope. */
  private ownerTeam(teamId: string): ITeam {
    const id = `IlertTeam-${teamId}`;
    return (this.node.tryFindChild(id) as ITeam | undefined) ?? Team.fromId(this, id, teamId);
  }

  private declareIntegration(
    team: TeamConfig,
    displayName: string,
    environment: string,
    policy: IEscalationPolicy,
    teams: ITeam[] | undefined,
    supportHours: ISupportHours | undefined,
    origins: PropOrigins,
  ): IlertDatadogIntegration {
    const i = team.integration;
    const p = i.payload;
    const payloadOptions = p && definedOnly({ customVariables: p.customVariables, withoutIlertFields: p.withoutIlertFields });
    // Every prop is the integration key of its name. The policy (the team's escalation entry, or its
    // stand-in) is a valid handle of this stack: the integration has nothing to refuse in it.
    // Existing support hours are the integration's to check by id, written as either config key.
    if (i.supportHours !== undefined && "existingId" in i.supportHours)
      origins.whole("supportHours", "integration.supportHours.existingId");
    else if (i.supportHoursId !== undefined) origins.whole("supportHours", "integration.supportHoursId");
    const integration = new IlertDatadogIntegration(this, "Datadog", {
      name: i.name ?? `${displayName} (${environment})`,
      webhookName: webhookNameOf(team, environment),
      escalationPolicy: policy,
      alertCreation: enumOf<AlertCreation>(AlertCreation, i.alertCreation),
      alertGroupingWindow: enumOf<AlertGroupingWindow>(AlertGroupingWindow, i.alertGroupingWindow),
      priorityRule: enumOf<AlertPriorityRule>(AlertPriorityRule, i.priorityRule),
      autoResolutionTimeout: enumOf<AutoResolutionTimeout>(AutoResolutionTimeout, i.autoResolutionTimeout),
      summaryTemplate: i.summaryTemplate,
      detailsTemplate: i.detailsTemplate,
      priorityMapping: i.priorityMapping && PriorityMapping.fromDatadogPriority(enumsOf(AlertPriority, i.priorityMapping)),
      severityMapping: i.severityMapping && SeverityMapping.fromDatadogPriority(i.severityMapping),
      teams,
      protectFromDestroy: i.protectFromDestroy,
      active: i.active,
      // supportHoursId (what adopt writes) refers to existing support hours; supportHours declares them or gives their id.
      supportHours:
        supportHours ?? (i.supportHoursId === undefined ? undefined : SupportHours.fromId(this, "SupportHours", i.supportHoursId)),
      payload:
        p === undefined
          ? undefined
          : "json" in p
            ? DatadogPayload.fromJson(p.json, payloadOptions)
            : DatadogPayload.custom(p.template, payloadOptions),
    });
    const adopted = i.adopt?.[environment];
    if (adopted !== undefined) integration.adoptExisting(adopted);
    return integration;
  }

  private supportHours(hours: SupportHoursConfig, displayName: string, environment: string, teams: ITeam[] | undefined): ISupportHours {
    if ("existingId" in hours) return SupportHours.fromId(this, "SupportHours", hours.existingId);
    return new SupportHours(this, "SupportHours", {
      name: hours.name ?? `${displayName} support hours (${environment})`,
      timezone: hours.timezone,
      supportDays: hours.supportDays.map((d) => ({ ...d, days: d.days.map((day) => enumOf<DayOfWeek>(DayOfWeek, day)) })),
      exceptions: hours.exceptions?.map((e) => ({ ...e, supportStatus: enumOf<SupportStatus>(SupportStatus, e.supportStatus) })),
      teams,
    });
  }

  private maintenanceWindow(
    window: MaintenanceConfig,
    integration: IlertDatadogIntegration,
    at: string,
    origins: PropOrigins,
  ): MaintenanceWindow {
    // The window's schedule props are the entry's own keys (`schedule.start` is `maintenanceWindows[i].start`).
    origins.renamed("schedule", at);
    const schedule =
      "recurrences" in window
        ? MaintenanceSchedule.recurring({ timezone: window.timezone, recurrences: window.recurrences })
        : MaintenanceSchedule.once({ start: window.start, end: window.end, timezone: window.timezone });
    // Config values are literal text; the construct escapes message and scope for Terraform.
    return new MaintenanceWindow(this, `Maintenance-${window.key}`, {
      integration,
      schedule,
      message: window.message,
      scope: window.scope,
    });
  }

  private schedule(
    team: TeamConfig,
    displayName: string,
    environment: string,
    teams: ITeam[] | undefined,
    origins: PropOrigins,
  ): ISchedule | undefined {
    const s = team.schedule;
    if (s === undefined) return undefined;
    if ("existingId" in s) return OnCallSchedule.fromId(this, "Schedule", s.existingId);
    if ("existingName" in s) return OnCallSchedule.fromName(this, "Schedule", s.existingName);
    // One layer's keys, or `layers` (the one-layer form has no layer name; its layer is "Layer 1").
    const layers: LayerConfig[] = "layers" in s ? s.layers : [{ ...s, name: undefined }];
    const schedule = new OnCallSchedule(this, "Schedule", {
      name: s.name ?? `${displayName} on-call (${environment})`,
      timezone: s.timezone,
      layers: layers.map((layer, l) => {
        // The one-layer form's layer is the schedule entry itself.
        const at = "layers" in s ? `schedule.layers[${l}]` : "schedule";
        origins.renamed(`layers[${l}]`, at);
        return {
          name: layer.name,
          users: layer.users.map((u) => this.people.user(u)),
          rotation:
            layer.rotation === "daily"
              ? Rotation.daily()
              : layer.rotation === "weekly"
                ? Rotation.weekly()
                : Rotation.every(layer.rotation),
          start: layer.start,
          end: layer.end,
          keepOnCall: layer.keepOnCall && {
            at: layer.keepOnCall.at,
            previousUsers: layer.keepOnCall.previousUsers.map((u) => this.people.user(u)),
          },
          restrictions: layer.restrictions?.map((r, k) => {
            // The config keeps the provider's `from` / `to`; the construct's windows are `start` / `end`.
            origins
              .renamed(`layers[${l}].restrictions[${k}].start`, `${at}.restrictions[${k}].from`)
              .renamed(`layers[${l}].restrictions[${k}].end`, `${at}.restrictions[${k}].to`);
            return {
              start: { day: enumOf<DayOfWeek>(DayOfWeek, r.from.day), time: r.from.time },
              end: { day: enumOf<DayOfWeek>(DayOfWeek, r.to.day), time: r.to.time },
            };
          }),
        };
      }),
      showGaps: s.showGaps,
      defaultShiftDuration: s.defaultShiftDuration,
      teams,
    });
    const adopted = s.adopt?.[environment];
    if (adopted !== undefined) schedule.adoptExisting({ scheduleId: adopted });
    return schedule;
  }

  private policy(
    team: TeamConfig,
    displayName: string,
    environment: string,
    schedule: ISchedule | undefined,
    ilertTeam: ITeam | undefined,
    teams: ITeam[] | undefined,
    origins: PropOrigins,
  ): IEscalationPolicy {
    const e = team.escalation;
    if ("existingId" in e) return EscalationPolicy.fromId(this, "EscalationPolicy", e.existingId);
    if ("existingName" in e) return EscalationPolicy.fromName(this, "EscalationPolicy", e.existingName);
    const policy = new EscalationPolicy(this, "EscalationPolicy", {
      name: e.name ?? `${displayName} (${environment})`,
      rules: e.rules.map((rule, r) => {
        // A rule's target is its notify, in another shape: its errors are reported at notify.
        origins
          .whole(`rules[${r}]`, `escalation.rules[${r}].notify`)
          .renamed(`rules[${r}].escalationTimeoutMin`, `escalation.rules[${r}].escalateAfterMin`);
        return { target: this.target(rule.notify, schedule, ilertTeam), escalationTimeoutMin: rule.escalateAfterMin };
      }),
      repeating: e.repeating,
      frequency: e.frequency,
      delayMin: e.delayMin,
      routingKey: e.routingKey,
      teams,
    });
    const adopted = e.adopt?.[environment];
    if (adopted !== undefined) policy.adoptExisting({ escalationPolicyId: adopted });
    return policy;
  }

  // parseConfig has checked that a schedule / an iLert team exists where a rule names it.
  private target(notify: RuleTarget, schedule: ISchedule | undefined, ilertTeam: ITeam | undefined): EscalationTarget {
    if ("schedule" in notify) return EscalationTarget.schedule(schedule!);
    if ("team" in notify) return EscalationTarget.teams(ilertTeam!);
    if ("user" in notify) return EscalationTarget.user(this.people.user(notify.user));
    return EscalationTarget.users(...notify.users.map((u) => this.people.user(u)));
  }
}
