// Reads the schedules and escalation policies an app declares from its synthesized stacks, with
// the users named as the app knows them, for the rotation engine and the on-call calendars.
import { SynthesizedStack } from "../synthesized-stacks";
import { DeclaredMaintenanceWindow, readDeclaredMaintenance } from "./declared-maintenance";
import { DeclaredSupportHours, readDeclaredSupportHours } from "./declared-support-hours";
import { RotationLayer, RotationSchedule, StaticShift, WeeklyWindow } from "./rotation-engine";
import { Body, blockList, literalText } from "./synthesized-body";

/** A schedule an app declares (`ilert_schedule`), with its users named as the app knows them. */
export interface DeclaredSchedule extends RotationSchedule {
  /** The stack that declares it. */
  readonly stack: string;
  /** Its Terraform address, e.g. `ilert_schedule.WeeklyRotation_E5AD2ED1`. */
  readonly address: string;
  /** Its iLert name. */
  readonly name: string;
}

/** Who one escalation rule notifies, as the app knows them. */
export interface EscalationRuleTarget {
  /** A user's label, `schedule` (whoever is on call in `schedule`, or in an undeclared one), or a team's label. */
  readonly label: string;
  /**
   * The declared schedule whose on-call user is notified.
   * @default - none: a user, a team, or a schedule this app does not declare
   */
  readonly schedule?: DeclaredSchedule;
}

/** An escalation policy an app declares (`ilert_escalation_policy`). */
export interface DeclaredEscalationPolicy {
  /** The stack that declares it. */
  readonly stack: string;
  /** Its Terraform address. */
  readonly address: string;
  /** Its iLert name. */
  readonly name: string;
  /** Its rules in order: who each notifies. */
  readonly rules: readonly (readonly EscalationRuleTarget[])[];
}

/** The schedules and escalation policies of an app, read from its synthesized stacks, with its support hours and maintenance windows. */
export interface DeclaredOnCall {
  /** Every `ilert_schedule` resource, in stack order. */
  readonly schedules: readonly DeclaredSchedule[];
  /** Every `ilert_escalation_policy` resource, in stack order. */
  readonly policies: readonly DeclaredEscalationPolicy[];
  /**
   * Every `ilert_support_hour` resource, in stack order.
   * @default - read as none: the calendar shows no support hours
   */
  readonly supportHours?: readonly DeclaredSupportHours[];
  /**
   * The maintenance windows (`datadog_downtime_schedule` resources, one window for those alike but for their monitor).
   * @default - read as none: the calendar shows no maintenance windows
   */
  readonly maintenanceWindows?: readonly DeclaredMaintenanceWindow[];
}

/**
 * The schedules and escalation policies the stacks declare, and their support hours and maintenance
 * windows (declared-support-hours.ts, declared-maintenance.ts). Users are labelled as the app knows
 * them: the email of an `ilert_user` lookup, the name of a declared `ilert_user`, the login email
 * looked up for an id, else "iLert user <id>". Schedules an escalation policy references but the app
 * does not declare (`fromId`, `fromName`) are labelled "... (not declared in this app)".
 */
export function readDeclaredOnCall(stacks: readonly SynthesizedStack[]): DeclaredOnCall {
  const schedules: DeclaredSchedule[] = [];
  const policies: DeclaredEscalationPolicy[] = [];
  for (const stack of stacks) {
    const label = userLabels(stack);
    const declared = Object.entries(stack.config.resource?.ilert_schedule ?? {}).map(([name, body]) =>
      declaredSchedule(stack.name, name, body, label),
    );
    schedules.push(...declared);
    for (const [name, body] of Object.entries(stack.config.resource?.ilert_escalation_policy ?? {})) {
      const rules = blockList(body.escalation_rule).map((rule) => ruleTargets(stack, rule, label, declared));
      policies.push({ stack: stack.name, address: `ilert_escalation_policy.${name}`, name: literalText(body.name), rules });
    }
  }
  return { schedules, policies, supportHours: readDeclaredSupportHours(stacks), maintenanceWindows: readDeclaredMaintenance(stacks) };
}

function declaredSchedule(stack: string, name: string, body: Body, label: (id: unknown) => string): DeclaredSchedule {
  const common = { stack, address: `ilert_schedule.${name}`, name: literalText(body.name), timezone: String(body.timezone) };
  if (body.type === "STATIC") {
    const shifts: StaticShift[] = blockList(body.shift).map((s) => ({ user: label(s.user), start: String(s.start), end: String(s.end) }));
    return { ...common, shifts };
  }
  const layers: RotationLayer[] = blockList(body.schedule_layer).map((layer) => ({
    name: literalText(layer.name),
    users: blockList(layer.user).map((u) => label(u.id)),
    rotation: String(layer.rotation),
    start: String(layer.starts_on),
    ...(layer.ends_on === undefined ? {} : { end: String(layer.ends_on) }),
    ...(layer.restriction === undefined ? {} : { restrictions: blockList(layer.restriction).map(weeklyWindow) }),
  }));
  return { ...common, layers };
}

function weeklyWindow(restriction: Body): WeeklyWindow {
  const point = (p: unknown): { day: string; time: string } => {
    const { day_of_week, time } = (Array.isArray(p) ? p[0] : p) as Body;
    return { day: String(day_of_week), time: String(time) };
  };
  return { from: point(restriction.from), to: point(restriction.to) };
}

function ruleTargets(
  stack: SynthesizedStack,
  rule: Body,
  label: (id: unknown) => string,
  declared: readonly DeclaredSchedule[],
): EscalationRuleTarget[] {
  const ids = (key: string): unknown[] => blockList(rule[key]).map((b) => b.id);
  const users = [rule.user, ...ids("users")].filter((u) => u !== undefined).map((u) => ({ label: label(u) }));
  const schedules = [rule.schedule, ...ids("schedules")].filter((s) => s !== undefined).map((s) => scheduleTarget(stack, s, declared));
  const teams = ids("teams").map((t) => ({
    label: `team ${lookedUp(stack, "ilert_team", t, "name") ?? t} (its members' on-call is not declared here)`,
  }));
  return [...users, ...schedules, ...teams];
}

function scheduleTarget(stack: SynthesizedStack, id: unknown, declared: readonly DeclaredSchedule[]): EscalationRuleTarget {
  const resource = /^\$\{ilert_schedule\.([^.}]+)\.id\}$/.exec(String(id));
  const schedule = resource ? declared.find((s) => s.address === `ilert_schedule.${resource[1]}`) : undefined;
  if (schedule) return { label: `on call in ${schedule.name}`, schedule };
  const name = lookedUp(stack, "ilert_schedule", id, "name");
  return { label: `on call in schedule ${name === undefined ? String(id) : JSON.stringify(name)} (not declared in this app)` };
}

/** How the stack's user ids are shown. */
function userLabels(stack: SynthesizedStack): (id: unknown) => string {
  // Login email contacts looked up for users known by id (User.fromId with an email).
  const loginEmails = new Map<string, string>();
  for (const body of Object.values(stack.config.data?.ilert_user_email_contact ?? {})) {
    const user = (Array.isArray(body.user) ? body.user[0] : body.user) as Body | undefined;
    if (user?.id !== undefined && body.target !== undefined) loginEmails.set(String(user.id), literalText(body.target));
  }
  return (id) => {
    const value = String(id);
    const email = lookedUp(stack, "ilert_user", id, "email");
    if (email !== undefined) return email;
    const declared = /^\$\{ilert_user\.([^.}]+)\.id\}$/.exec(value);
    const user = declared ? stack.config.resource?.ilert_user?.[declared[1]] : undefined;
    if (user) return `${literalText(user.first_name)} ${literalText(user.last_name)}`;
    return loginEmails.get(value) ?? (/^\d+$/.test(value) ? `iLert user ${value}` : `user ${value}`);
  };
}

/** The `key` of the data source an id references (`${data.<type>.<name>.id}`), if it does. */
function lookedUp(stack: SynthesizedStack, type: string, id: unknown, key: string): string | undefined {
  const match = new RegExp(`^\\$\\{data\\.${type}\\.([^.}]+)\\.id\\}$`).exec(String(id));
  const value = match ? stack.config.data?.[type]?.[match[1]]?.[key] : undefined;
  return value === undefined ? undefined : literalText(value);
}
