import { TerraformStack } from "cdktf";
import { IlertDatadogValidationError } from "../../constructs/core/errors";
import { User } from "../../constructs/ilert/people/user";
import { OnCallReminder } from "../../constructs/ilert/reminder/on-call-reminder";
import { OnCallReminderProps } from "../../constructs/ilert/reminder/on-call-reminder-props";
import { ReminderMethod } from "../../constructs/ilert/reminder/reminder-method";
import { synth, thrown } from "./synth";

// Shared by the reminder tests.

/** Terraform addresses of the resources of the given types (`data.<type>` for data sources). */
export function addresses(tf: Record<string, any>, ...types: string[]): string[] {
  return types
    .flatMap((type) => {
      const [block, name] = type.startsWith("data.") ? ["data", type.slice(5)] : ["resource", type];
      return Object.keys(tf[block]?.[name] ?? {}).map((address) => `${type}.${address}`);
    })
    .sort();
}

export const EMAIL_CONTACTS = ["ilert_user_email_contact", "data.ilert_user_email_contact"];

export function failure(build: (stack: TerraformStack) => unknown): string {
  const err = thrown(() => synth(build));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

/** An `OnCallReminder` "Reminder" by push an hour before, for user "Bob" (id 42), with `props` changed. */
export function reminder(stack: TerraformStack, props: Partial<OnCallReminderProps> = {}): OnCallReminder {
  return new OnCallReminder(stack, "Reminder", {
    user: User.fromId(stack, "Bob", "42"),
    beforeMin: 60,
    method: ReminderMethod.PUSH,
    ...props,
  });
}
