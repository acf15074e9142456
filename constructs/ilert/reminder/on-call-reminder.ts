import { Construct, IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { UserDutyPreference } from "../../../.gen/providers/ilert/user-duty-preference";
import { useProvider } from "../../core/default-providers";
import { checkEnum } from "../../core/provider-enum";
import { checkArray, checkOptionalString, checkProps, fail, isUnresolved } from "../../core/validate";
import { idAsNumber } from "../references";
import { checkReminderContact, ContactSite, contactIdFor, ReminderContact, reminderContact } from "./reminder-contact";
import { ReminderMethod } from "./reminder-method";
import { checkUserHandle, IUser } from "../people/user";

/** The duty preference type of on-call reminders; the only one the provider knows. */
const ON_CALL = "ON_CALL";

/** The minutes before a shift at which iLert can remind (`before_min`). */
const BEFORE_MIN_VALUES: readonly number[] = [0, 15, 30, 60, 180, 360, 720, 1440];

/** When and how to remind. */
export interface OnCallReminderOptions {
  /** Minutes before the shift starts: 0, 15, 30, 60, 180, 360, 720 or 1440. */
  readonly beforeMin: number;
  /** How to remind. */
  readonly method: ReminderMethod;
  /**
   * The iLert provider to use.
   * @default - the stack's default iLert provider (added if the stack has none)
   */
  readonly ilertProvider?: TerraformProvider;
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

/**
 * Reminds one user before each of their on-call shifts (`ilert_user_duty_preference` of type
 * `ON_CALL`), declaring the email or phone contact it sends to where needed (the contact of the
 * user's known login email is looked up, not declared). This is a setting of
 * the user: it applies to their shifts in every schedule.
 */
export class OnCallReminder extends Construct {
  /** The minutes before a shift at which iLert can remind (`before_min`). */
  public static readonly BEFORE_MIN_VALUES: readonly number[] = BEFORE_MIN_VALUES;

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
    checkProps(this, props, "pass { user, beforeMin, method }");
    this.user = checkUserHandle(this, "user", props.user);
    checkTiming(this, props);
    const given = props.contact === undefined ? undefined : checkReminderContact(this, "contact", props.contact);
    const site: ContactSite = { prop: "contact", forWhom: "", howToPass: (forms) => `pass contact: ${forms}` };
    this.contact = reminderContact(this, site, props.method, this.user, given);
    this.method = props.method;
    this.beforeMin = props.beforeMin;
    const provider = useProvider(this, "ilert", "ilertProvider", props.ilertProvider);
    const contactId = this.contact === undefined ? undefined : contactIdFor(this, "contact", this.contact, this.user, provider);
    this.resource = new UserDutyPreference(this, "Resource", {
      type: ON_CALL,
      method: props.method.value,
      beforeMin: props.beforeMin,
      user: { id: idAsNumber(this.user.userId) },
      contact: contactId === undefined ? undefined : { id: idAsNumber(contactId) },
      provider,
    });
  }
}

function checkTiming(scope: IConstruct, options: OnCallReminderOptions): void {
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

/**
 * Reminds each of `responders` once (a user listed several times gets one reminder), for
 * `remindResponders` of `scope`. Each reminder is declared under its user's handle, with the
 * construct id `options.id`: Terraform addresses follow the user, not list positions, call order or
 * prop values (changing the method or the minutes updates it in place), and reminding a user the
 * same way from a schedule and from a policy declares one reminder, not two. Every responder's
 * contact is checked before any reminder is declared.
 */
export function remindResponders(
  scope: IConstruct,
  responders: readonly IUser[],
  options: RemindRespondersOptions,
  defaultProvider: TerraformProvider | undefined,
): OnCallReminder[] {
  checkProps(scope, options, "pass { beforeMin, method }");
  checkTiming(scope, options);
  checkOptionalString(scope, "id", options.id, {
    pattern: /^[^/]+$/,
    patternText: 'a construct id without "/"',
    fix: 'e.g. "EmailReminder"',
  });
  const users = [...new Set(responders)];
  const contacts = responderContacts(scope, options.contacts, users);
  const planned = users.map((user) => {
    const site: ContactSite = {
      prop: "contacts",
      forWhom: ` for responder ${user.node.path}`,
      howToPass: (forms) => `add { user, contact } for them to contacts, with contact ${forms}`,
    };
    return { user, contact: reminderContact(scope, site, options.method, user, contacts.get(user)) };
  });
  return planned.map(({ user, contact }) => reminderOf(scope, user, contact, options, defaultProvider));
}

function responderContacts(scope: IConstruct, value: unknown, responders: readonly IUser[]): Map<IUser, ReminderContact> {
  const contacts = new Map<IUser, ReminderContact>();
  if (value === undefined) return contacts;
  checkArray<ResponderContact>(scope, "contacts", value, 0, "pass a list of { user, contact }").forEach((entry, i) => {
    if (typeof entry !== "object" || entry === null)
      fail(scope, `contacts[${i}]`, entry, "{ user: IUser, contact: ReminderContact }", "pass { user, contact }");
    const user = checkUserHandle(scope, `contacts[${i}].user`, entry.user);
    if (!responders.includes(user)) {
      fail(
        scope,
        `contacts[${i}].user`,
        user.node.path,
        `one of the responders: ${responders.map((r) => r.node.path).join(", ")}`,
        "remove the entry, or remind that user with new OnCallReminder(...)",
      );
    }
    if (contacts.has(user)) fail(scope, `contacts[${i}].user`, user.node.path, "one contact per responder", "remove the duplicate entry");
    contacts.set(user, checkReminderContact(scope, `contacts[${i}].contact`, entry.contact));
  });
  return contacts;
}

function reminderOf(
  scope: IConstruct,
  user: IUser,
  contact: ReminderContact | undefined,
  options: RemindRespondersOptions,
  defaultProvider: TerraformProvider | undefined,
): OnCallReminder {
  const id = options.id ?? "OnCallReminder";
  const existing = user.node.tryFindChild(id);
  if (existing !== undefined) {
    const same =
      existing instanceof OnCallReminder &&
      existing.method.value === options.method.value &&
      existing.beforeMin === options.beforeMin &&
      String(existing.contact) === String(contact);
    if (!same) {
      const declared =
        existing instanceof OnCallReminder ? ` (${reminderText(existing.method, existing.beforeMin, existing.contact)})` : "";
      fail(
        scope,
        "id",
        id,
        `an id not yet used under ${user.node.path}, which has ${existing.node.path}${declared}, not ${reminderText(options.method, options.beforeMin, contact)}`,
        'to remind the same users a second way, give this reminder another id, e.g. id: "EmailReminder"',
      );
    }
    return existing as OnCallReminder;
  }
  return new OnCallReminder(user as unknown as Construct, id, {
    user,
    method: options.method,
    beforeMin: options.beforeMin,
    contact,
    ilertProvider: options.ilertProvider ?? defaultProvider,
  });
}

function reminderText(method: ReminderMethod, beforeMin: number, contact: ReminderContact | undefined): string {
  return `${method.value} ${beforeMin} minutes before${contact === undefined ? "" : `, to ${String(contact)}`}`;
}
