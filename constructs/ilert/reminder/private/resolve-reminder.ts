import { IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { checkHandle, handleIdAsNumber } from "../../../core/handles";
import { checkEnum } from "../../../core/private/check-enum";
import { checkOptionalString, checkProps, fail, isUnresolved, Struct, StructKeys } from "../../../core/validate";
import { IUser } from "../../people/user";
import { emailRule } from "../../people/private/email-rule";
import { USER_HANDLE } from "../../people/private/handle-kinds";
import { ILERT_PROVIDER_KEYS } from "../../private/shared-props-keys";
import type { OnCallReminderOptions, OnCallReminderProps } from "../on-call-reminder-props";
import type { ReminderContact } from "../reminder-contact";
import { ReminderMethod } from "../reminder-method";
import { checkReminderContact, ContactSite, reminderContact } from "./contact-rules";

/**
 * Reminders are checked and their contact resolved in one place, before anything is declared:
 * `OnCallReminder` resolves its props with {@link resolveReminder}. `remindResponders` first checks
 * all responders at once (so a bad one declares nothing, with messages that name the responder),
 * then declares each reminder through the same constructor, whose check the values then pass.
 */

/** The keys of {@link OnCallReminderOptions}, for the structs that extend it. */
export const REMINDER_OPTIONS_KEYS: StructKeys<OnCallReminderOptions> = {
  beforeMin: "required",
  method: "required",
  ...ILERT_PROVIDER_KEYS,
};

const REMINDER_PROPS: Struct<OnCallReminderProps> = {
  name: "OnCallReminderProps",
  keys: { user: "required", contact: "optional", ...REMINDER_OPTIONS_KEYS },
};

/** The minutes before a shift at which iLert can remind (`before_min`). */
export const BEFORE_MIN_VALUES: readonly number[] = [0, 15, 30, 60, 180, 360, 720, 1440];

/** A user to remind, with the id `user { id }` takes. */
export interface RemindedUser {
  /** The user's handle. */
  readonly user: IUser;
  /** The user's iLert id as a number (a token stays a reference). */
  readonly id: number;
}

/** Props of an `OnCallReminder`, checked, with the contact the method sends to resolved. */
export interface ResolvedReminder {
  /** The user, checked. */
  readonly reminded: RemindedUser;
  /** How to remind. */
  readonly method: ReminderMethod;
  /** Minutes before the shift. */
  readonly beforeMin: number;
  /** Where the reminder goes: given, or the user's login email; none for push. */
  readonly contact: ReminderContact | undefined;
  /** The iLert provider to use. */
  readonly ilertProvider: TerraformProvider | undefined;
}

/** Checks and resolves the props of the reminder `scope`. */
export function resolveReminder(scope: IConstruct, props: OnCallReminderProps): ResolvedReminder {
  checkProps(scope, props, REMINDER_PROPS, "pass { user, beforeMin, method }");
  const reminded = remindedUser(scope, "user", props.user);
  checkTiming(scope, props);
  const given = props.contact === undefined ? undefined : checkReminderContact(scope, "contact", props.contact);
  const site: ContactSite = { prop: "contact", forWhom: "", howToPass: (forms) => `pass contact: ${forms}` };
  const contact = reminderContact(scope, site, props.method, reminded.user, given);
  return { reminded, method: props.method, beforeMin: props.beforeMin, contact, ilertProvider: props.ilertProvider };
}

/**
 * Checks a user to remind (`prop` of `scope`): a user handle whose id `user { id }` can take, and
 * whose known email, if any, is an address (email reminders default to it).
 */
export function remindedUser(scope: IConstruct, prop: string, value: unknown): RemindedUser {
  const user = checkHandle(scope, prop, value, USER_HANDLE);
  checkOptionalString(scope, `${prop}.email`, user.email, emailRule("set the handle's email to the user's login email, or leave it unset"));
  return { user, id: handleIdAsNumber(scope, prop, user, USER_HANDLE) };
}

/** Checks the method and the minutes of a reminder (or of all reminders of `remindResponders`). */
export function checkTiming(scope: IConstruct, options: OnCallReminderOptions): void {
  if (options.method === undefined)
    fail(scope, "method", undefined, "a ReminderMethod", "e.g. ReminderMethod.PUSH or ReminderMethod.EMAIL");
  checkEnum(scope, "method", options.method, ReminderMethod);
  const beforeMin = options.beforeMin;
  if (!isUnresolved(beforeMin) && !BEFORE_MIN_VALUES.includes(beforeMin)) {
    fail(
      scope,
      "beforeMin",
      beforeMin,
      `one of ${BEFORE_MIN_VALUES.join(", ")}`,
      "iLert reminds only at these minutes before a shift; pick the nearest",
    );
  }
}
