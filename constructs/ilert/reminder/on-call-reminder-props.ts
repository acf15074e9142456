import type { IUser } from "../people/user";
import type { IlertProviderProps } from "../shared-props";
import type { ReminderContact } from "./reminder-contact";
import type { ReminderMethod } from "./reminder-method";

/** When and how to remind. */
export interface OnCallReminderOptions extends IlertProviderProps {
  /** Minutes before the shift starts: 0, 15, 30, 60, 180, 360, 720 or 1440. */
  readonly beforeMin: number;
  /** How to remind. */
  readonly method: ReminderMethod;
}

/** Props of {@link OnCallReminder}. */
export interface OnCallReminderProps extends OnCallReminderOptions {
  /** The user to remind. */
  readonly user: IUser;
  /**
   * Where to send the reminder. Not allowed for `PUSH`; for `EMAIL`, defaults to the user's email
   * where the app knows it (a declared `User`, `User.fromEmail`, or `User.fromId` with `email`),
   * whose contact iLert created with the user and the app looks up rather than declares.
   * @default - the user's email for EMAIL; none for PUSH; required for the other methods
   */
  readonly contact?: ReminderContact;
}
