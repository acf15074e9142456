import { Construct } from "constructs";
import { UserDutyPreference } from "../../../.gen/providers/ilert/user-duty-preference";
import { useProvider } from "../../core/default-providers";
import { IUser } from "../people/user";
import { OnCallReminderProps } from "./on-call-reminder-props";
import { ReminderContact } from "./reminder-contact";
import { ReminderMethod } from "./reminder-method";
import { BEFORE_MIN_VALUES, resolveReminder } from "./private/resolve-reminder";
import { contactIdFor } from "./private/user-contacts";

/** The duty preference type of on-call reminders; the only one the provider knows. */
const ON_CALL = "ON_CALL";

/**
 * Reminds one user before each of their on-call shifts (`ilert_user_duty_preference` of type
 * `ON_CALL`), declaring the email or phone contact it sends to where needed (the contact of the
 * user's known login email is looked up, not declared). This is a setting of
 * the user: it applies to their shifts in every schedule.
 */
export class OnCallReminder extends Construct {
  /** The minutes before a shift at which iLert can remind (`before_min`). */
  public static readonly BEFORE_MIN_VALUES: number[] = Object.freeze([...BEFORE_MIN_VALUES]) as number[];

  /** The `ilert_user_duty_preference` resource. */
  public readonly resource: UserDutyPreference;
  /** The reminded user. */
  public readonly user: IUser;
  /** How the user is reminded. */
  public readonly method: ReminderMethod;
  /** Minutes before the shift. */
  public readonly beforeMin: number;
  /** Where the reminder goes; none for push. */
  public readonly contact?: ReminderContact;

  constructor(scope: Construct, id: string, props: OnCallReminderProps) {
    super(scope, id);
    const resolved = resolveReminder(this, props);
    this.user = resolved.reminded.user;
    this.method = resolved.method;
    this.beforeMin = resolved.beforeMin;
    this.contact = resolved.contact;
    const provider = useProvider(this, "ilert", "ilertProvider", resolved.ilertProvider);
    this.resource = new UserDutyPreference(this, "Resource", {
      type: ON_CALL,
      method: resolved.method.value,
      beforeMin: resolved.beforeMin,
      user: { id: resolved.reminded.id },
      contact: this.contact === undefined ? undefined : { id: contactIdFor(this, "contact", this.contact, resolved.reminded, provider) },
      provider,
    });
  }
}
