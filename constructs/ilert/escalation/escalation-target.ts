import { IConstruct } from "constructs";
import {
  EscalationPolicyEscalationRuleSchedules,
  EscalationPolicyEscalationRuleTeams,
  EscalationPolicyEscalationRuleUsers,
} from "../../../.gen/providers/ilert/escalation-policy";
import { checkHandle, HandleKind } from "../../core/handles";
import { fail } from "../../core/validate";
import { SCHEDULE_HANDLE } from "../schedule/private/schedule-handle";
import { ISchedule } from "../schedule/schedule-reference";
import { TEAM_HANDLE } from "../people/private/handle-kinds";
import { ITeam } from "../people/team-handle";
import { IUser } from "../people/user";
import { USER_HANDLE } from "../people/private/handle-kinds";

/**
 * The escalation-rule fields an {@link EscalationTarget} sets (`escalation_rule` of
 * `ilert_escalation_policy`, everything but the timeout): exactly one of them.
 */
export interface EscalationTargetFields {
  /**
   * One user's id, for {@link EscalationTarget.user}.
   * @default - not set
   */
  readonly user?: string;
  /**
   * Users' ids, for {@link EscalationTarget.users}.
   * @default - not set
   */
  readonly users?: EscalationPolicyEscalationRuleUsers[];
  /**
   * One schedule's id, for {@link EscalationTarget.schedule}.
   * @default - not set
   */
  readonly schedule?: string;
  /**
   * Schedules' ids, for {@link EscalationTarget.schedules}.
   * @default - not set
   */
  readonly schedules?: EscalationPolicyEscalationRuleSchedules[];
  /**
   * Teams' ids, for {@link EscalationTarget.teams}.
   * @default - not set
   */
  readonly teams?: EscalationPolicyEscalationRuleTeams[];
}

/** Which factory of {@link EscalationTarget} made a target, and so which rule field it sets. */
export enum EscalationTargetKind {
  /** {@link EscalationTarget.user}: the rule's `user` field. */
  USER = "user",
  /** {@link EscalationTarget.users}: the rule's `users` blocks. */
  USERS = "users",
  /** {@link EscalationTarget.schedule}: the rule's `schedule` field. */
  SCHEDULE = "schedule",
  /** {@link EscalationTarget.schedules}: the rule's `schedules` blocks. */
  SCHEDULES = "schedules",
  /** {@link EscalationTarget.teams}: the rule's `teams` blocks. */
  TEAMS = "teams",
}

/**
 * Who an escalation rule notifies: one user, several users, one schedule's on-call person, several
 * schedules, or teams. A rule has exactly one target, so it can never mix kinds.
 */
export class EscalationTarget {
  /** One user, written as the rule's `user` field (see docs/provider-fidelity.md). */
  public static user(user: IUser): EscalationTarget {
    return new EscalationTarget(EscalationTargetKind.USER, [user]);
  }

  /** Several users, notified together. */
  public static users(...users: IUser[]): EscalationTarget {
    return new EscalationTarget(EscalationTargetKind.USERS, users);
  }

  /** Whoever is on call in a schedule, written as the rule's `schedule` field. */
  public static schedule(schedule: ISchedule): EscalationTarget {
    return new EscalationTarget(EscalationTargetKind.SCHEDULE, [schedule]);
  }

  /** Whoever is on call in each of several schedules. */
  public static schedules(...schedules: ISchedule[]): EscalationTarget {
    return new EscalationTarget(EscalationTargetKind.SCHEDULES, schedules);
  }

  /** One or more teams. */
  public static teams(...teams: ITeam[]): EscalationTarget {
    return new EscalationTarget(EscalationTargetKind.TEAMS, teams);
  }

  private constructor(
    /** The kind of target. */
    public readonly kind: EscalationTargetKind,
    /** The users, schedules or teams targeted. */
    public readonly targets: IConstruct[],
  ) {}

  /** Checks the target for rule `prop` of `scope` and returns the provider fields it sets. */
  public bind(scope: IConstruct, prop: string): EscalationTargetFields {
    const ids = targetIds(scope, `${prop}.target`, this.kind, this.targets);
    if (ids.length === 0) {
      fail(
        scope,
        `${prop}.target`,
        [],
        `at least one ${this.kind.replace(/s$/, "")}`,
        `pass at least one to EscalationTarget.${this.kind}()`,
      );
    }
    if (this.kind === EscalationTargetKind.USER || this.kind === EscalationTargetKind.SCHEDULE)
      return singleTargetFields(this.kind, ids[0]);
    return { [this.kind]: ids.map((id) => ({ id })) };
  }

  /**
   * The users this target notifies, for reminders: the users themselves, or the responders of
   * schedules the app declares. Fails for existing schedules and for teams, whose people the app
   * cannot know.
   */
  public responders(scope: IConstruct, prop: string): IUser[] {
    if (this.kind === EscalationTargetKind.USER || this.kind === EscalationTargetKind.USERS) return this.targets as IUser[];
    return this.targets.flatMap((target) => {
      const known = (target as ISchedule).responders;
      if (this.kind === EscalationTargetKind.TEAMS || known === undefined) {
        const fix =
          this.kind === EscalationTargetKind.TEAMS
            ? "the app cannot know who in a team is on call; remind those people with new OnCallReminder(...) per user"
            : "the app cannot know the users of an existing schedule; declare it as an OnCallSchedule, or remind its users with new OnCallReminder(...) per user";
        fail(scope, `${prop}.target`, target.node.path, "users, or schedules declared in this app, to remind", fix);
      }
      return known;
    });
  }
}

/**
 * How a rule that targets one user or one schedule is written: the single-target field (`user = "7"`,
 * `schedule = "3"`), not a one-element `users` / `schedules` block. This is the one place that
 * decides it. The provider's end-to-end example writes `user =`, and its read (v2.25.0,
 * `flattenEscalationRulesList`) keeps each form only where the configuration used it, reading back
 * both from the API, so both settle. The API marks the single fields deprecated: should iLert stop
 * returning them, a plan would show `user` changing on every run, and this is the line to change
 * (to `{ [kind + "s"]: [{ id }] }`). See docs/provider-fidelity.md.
 */
function singleTargetFields(kind: EscalationTargetKind.USER | EscalationTargetKind.SCHEDULE, id: string): EscalationTargetFields {
  return { [kind]: id };
}

/** The checked ids of `targets`; escalation rules take every id as a string, so ids need only fit int64. */
function targetIds(scope: IConstruct, prop: string, kind: EscalationTargetKind, targets: readonly IConstruct[]): string[] {
  const ids = <H>(handle: HandleKind<H>): string[] =>
    targets.map((target, i) => String(checkHandle(scope, `${prop}[${i}]`, target, handle)[handle.idAttribute]));
  if (kind === EscalationTargetKind.USER || kind === EscalationTargetKind.USERS) return ids(USER_HANDLE);
  return kind === EscalationTargetKind.TEAMS ? ids(TEAM_HANDLE) : ids(SCHEDULE_HANDLE);
}
