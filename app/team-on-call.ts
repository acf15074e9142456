import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriorityRule,
  AutoResolutionTimeout,
  EscalationPolicy,
  EscalationTarget,
  IEscalationPolicy,
  IlertDatadogIntegration,
  ISchedule,
  ITeam,
  IUser,
  OnCallSchedule,
  ReminderMethod,
  Rotation,
  DayOfWeek,
  Team,
  User,
} from "../constructs";
import { escapeTerraformTemplate } from "../constructs/core/terraform-escape";
import { enumOf, RuleTarget, TeamConfig, UserRefConfig } from "./config";

/** One team's paging setup in one environment, declared from its config entry. */
export class TeamOnCall extends Construct {
  /** The team's integration. */
  public readonly integration: IlertDatadogIntegration;
  private readonly users = new Map<string, IUser>();

  constructor(scope: Construct, id: string, team: TeamConfig, environment: string) {
    super(scope, id);
    const displayName = team.name ?? team.key;
    const ilertTeam = team.ilertTeamId === undefined ? undefined : Team.fromId(this, "IlertTeam", team.ilertTeamId);
    const schedule = this.schedule(team, displayName, environment, ilertTeam);
    const policy = this.policy(team, displayName, environment, schedule, ilertTeam);

    if (team.reminders) {
      const options = { beforeMin: team.reminders.beforeMin, method: enumOf<ReminderMethod>(ReminderMethod, team.reminders.method) };
      if (schedule instanceof OnCallSchedule) schedule.remindResponders(options);
      else if (policy instanceof EscalationPolicy) policy.remindResponders(options);
    }

    const i = team.integration;
    this.integration = new IlertDatadogIntegration(this, "Datadog", {
      name: i.name ?? `${displayName} (${environment})`,
      webhookName: i.webhookName ?? `ilert-${team.key}-${environment}`,
      escalationPolicy: policy,
      alertCreation: enumOf<AlertCreation>(AlertCreation, i.alertCreation),
      alertGroupingWindow: enumOf<AlertGroupingWindow>(AlertGroupingWindow, i.alertGroupingWindow),
      priorityRule: enumOf<AlertPriorityRule>(AlertPriorityRule, i.priorityRule),
      autoResolutionTimeout: enumOf<AutoResolutionTimeout>(AutoResolutionTimeout, i.autoResolutionTimeout),
      summaryTemplate: i.summaryTemplate,
      detailsTemplate: i.detailsTemplate,
      teams: ilertTeam ? [ilertTeam] : undefined,
    });

    for (const m of team.monitors) {
      // Config values are literal text: escaped so Terraform reads no template in them.
      const monitor = new Monitor(this, `Monitor-${m.key}`, {
        name: escapeTerraformTemplate(m.name),
        type: m.type,
        query: escapeTerraformTemplate(m.query),
        message: escapeTerraformTemplate(m.message),
        priority: m.priority === undefined ? undefined : String(m.priority),
        tags: m.tags?.map(escapeTerraformTemplate),
      });
      this.integration.connectMonitor(monitor);
    }
  }

  /** A user handle per distinct person, looked up once per team and environment. */
  private user(ref: UserRefConfig): IUser {
    const key = typeof ref === "string" ? ref : `id-${ref.id}`;
    let user = this.users.get(key);
    if (!user) {
      user =
        typeof ref === "string" ? User.fromEmail(this, `User-${key}`, ref) : User.fromId(this, `User-${key}`, ref.id, { email: ref.email });
      this.users.set(key, user);
    }
    return user;
  }

  private schedule(team: TeamConfig, displayName: string, environment: string, ilertTeam: ITeam | undefined): ISchedule | undefined {
    const s = team.schedule;
    if (s === undefined) return undefined;
    if ("existingId" in s) return OnCallSchedule.fromId(this, "Schedule", s.existingId);
    if ("existingName" in s) return OnCallSchedule.fromName(this, "Schedule", s.existingName);
    const rotation = s.rotation === "daily" ? Rotation.daily() : s.rotation === "weekly" ? Rotation.weekly() : Rotation.every(s.rotation);
    return new OnCallSchedule(this, "Schedule", {
      name: s.name ?? `${displayName} on-call (${environment})`,
      timezone: s.timezone,
      layers: [
        {
          users: s.users.map((u) => this.user(u)),
          rotation,
          start: s.start,
          end: s.end,
          restrictions: s.restrictions?.map((r) => ({
            from: { day: enumOf<DayOfWeek>(DayOfWeek, r.from.day), time: r.from.time },
            to: { day: enumOf<DayOfWeek>(DayOfWeek, r.to.day), time: r.to.time },
          })),
        },
      ],
      teams: ilertTeam ? [ilertTeam] : undefined,
    });
  }

  private policy(
    team: TeamConfig,
    displayName: string,
    environment: string,
    schedule: ISchedule | undefined,
    ilertTeam: ITeam | undefined,
  ): IEscalationPolicy {
    const e = team.escalation;
    if ("existingId" in e) return EscalationPolicy.fromId(this, "EscalationPolicy", e.existingId);
    if ("existingName" in e) return EscalationPolicy.fromName(this, "EscalationPolicy", e.existingName);
    return new EscalationPolicy(this, "EscalationPolicy", {
      name: e.name ?? `${displayName} (${environment})`,
      rules: e.rules.map((rule) => ({
        target: this.target(rule.notify, schedule, ilertTeam),
        escalationTimeoutMin: rule.escalateAfterMin,
      })),
      repeating: e.repeating,
      frequency: e.frequency,
      delayMin: e.delayMin,
      routingKey: e.routingKey,
      teams: ilertTeam ? [ilertTeam] : undefined,
    });
  }

  // parseConfig has checked that a schedule / ilertTeamId exists where a rule names it.
  private target(notify: RuleTarget, schedule: ISchedule | undefined, ilertTeam: ITeam | undefined): EscalationTarget {
    if ("schedule" in notify) return EscalationTarget.schedule(schedule!);
    if ("team" in notify) return EscalationTarget.teams(ilertTeam!);
    if ("user" in notify) return EscalationTarget.user(this.user(notify.user));
    return EscalationTarget.users(...notify.users.map((u) => this.user(u)));
  }
}
