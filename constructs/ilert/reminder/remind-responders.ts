import type { IUser } from "../people/user";
import type { OnCallReminderOptions } from "./on-call-reminder-props";
import type { ReminderContact } from "./reminder-contact";

/** A responder's contact for {@link RemindRespondersOptions.contacts}. */
export interface ResponderContact {
  /** The responder. */
  readonly user: IUser;
  /** Where to send their reminders. */
  readonly contact: ReminderContact;
}

/** Options of `remindResponders` on schedules and escalation policies. */
export interface RemindRespondersOptions extends OnCallReminderOptions {
  /**
   * Contacts of responders, for methods that need one the app cannot derive (SMS, WhatsApp,
   * Telegram; email for users whose email the app does not know).
   * @default - none: email goes to the user's known email, push needs no contact
   */
  readonly contacts?: ResponderContact[];
  /**
   * Construct id of each user's reminder, under the user's handle. Give another id to remind the
   * same users a second way (e.g. by email a day before, and by push an hour before).
   * @default "OnCallReminder"
   */
  readonly id?: string;
}
