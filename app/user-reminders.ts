import { Construct } from "constructs";
import { IlertDatadogErrors, OnCallReminder, ReminderMethod } from "../constructs";
import { constructProblem } from "./construct-problem";
import { enumOf, responderRefs, TeamConfig, UserRefConfig } from "./config-schema";
import { People } from "./people";

/** One person's reminder, and where in the config it was asked for. */
export interface PersonReminder {
  /** The person. */
  readonly person: UserRefConfig;
  /** Minutes before the shift. */
  readonly beforeMin: number;
  /** The provider value of the method, e.g. `EMAIL`. */
  readonly method: string;
  /** JSON path of the `reminders` entry that asks for it, e.g. `teams[0].reminders`. */
  readonly configPath: string;
}

/** The reminders a team's entry asks for: one per responder (see responderRefs). */
export function remindersOf(team: TeamConfig, index: number): PersonReminder[] {
  const r = team.reminders;
  if (r === undefined) return [];
  return responderRefs(team).map((person) => ({
    person,
    beforeMin: r.beforeMin,
    method: r.method,
    configPath: `teams[${index}].reminders`,
  }));
}

/**
 * On-call reminders are settings of the iLert user (a duty preference applies to all their
 * shifts), so an iLert account declares each person's reminder once, here, however many teams and
 * environments ask for it. Invalid reminders are added to `problems` by config path.
 */
export class UserReminders extends Construct {
  constructor(scope: Construct, id: string, reminders: readonly PersonReminder[], problems: string[]) {
    super(scope, id);
    const people = new People(this);
    const declared = new Set<string>();
    for (const r of reminders) {
      const key = `${People.keyOf(r.person)}-${r.method}-${r.beforeMin}`;
      if (declared.has(key)) continue;
      declared.add(key);
      try {
        new OnCallReminder(this, `Reminder-${key}`, {
          user: people.user(r.person),
          beforeMin: r.beforeMin,
          method: enumOf<ReminderMethod>(ReminderMethod, r.method),
        });
      } catch (e) {
        if (!IlertDatadogErrors.isValidationError(e)) throw e;
        const at = e.prop === "beforeMin" || e.prop === "method" ? `${r.configPath}.${e.prop}` : r.configPath;
        problems.push(constructProblem(at, e));
      }
    }
  }
}
