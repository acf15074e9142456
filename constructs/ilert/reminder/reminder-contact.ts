import { IConstruct } from "constructs";
import { idAsNumber } from "../../core/ilert-id";
import { checkInstance, checkString, fail } from "../../core/validate";
import { ReminderMethod, ReminderMethodContactKind } from "./reminder-method";
import { IUser } from "../people/user";
import { emailRule } from "../people/private/email-rule";

/** What a {@link ReminderContact} is: an email address, a phone number, or an existing iLert contact. */
export enum ReminderContactKind {
  /** An email address ({@link ReminderContact.email}). */
  EMAIL = "email",
  /** A phone number ({@link ReminderContact.phone}). */
  PHONE = "phone",
  /** A contact the user already has in iLert ({@link ReminderContact.existing}). */
  EXISTING = "existing",
}

/**
 * Where an on-call reminder is sent: an email address or a phone number of the user (declared as
 * an `ilert_user_email_contact` / `ilert_user_phone_number_contact`; the user's known login email
 * is looked up instead, see {@link ReminderContact.email}), or a contact the user already has in
 * iLert. iLert sends to a new contact only after the user has verified it. (This module holds the
 * value and its checks; user-contacts.ts declares the contacts.)
 */
export class ReminderContact {
  /**
   * An email address of the user; declares an `ilert_user_email_contact` for it. The user's known
   * login email is not declared again: iLert creates that contact with the user, so it is looked up
   * (`ilert_user_email_contact` data source, by user and address).
   */
  public static email(address: string): ReminderContact {
    return new ReminderContact(ReminderContactKind.EMAIL, address);
  }

  /**
   * A phone number of the user; declares an `ilert_user_phone_number_contact` for it.
   * @param regionCode the number's country, ISO 3166 alpha-2, e.g. `DE`
   * @param phoneNumber the number, e.g. `+4915112345678`
   */
  public static phone(regionCode: string, phoneNumber: string): ReminderContact {
    return new ReminderContact(ReminderContactKind.PHONE, phoneNumber, regionCode);
  }

  /** A contact the user already has in iLert, by numeric id (e.g. the login email contact of a user whose email the app does not know). */
  public static existing(contactId: string): ReminderContact {
    return new ReminderContact(ReminderContactKind.EXISTING, contactId);
  }

  private constructor(
    /** What the contact is. */
    public readonly kind: ReminderContactKind,
    /** The address, number or contact id. */
    public readonly target: string,
    /** The phone number's region code; only for phone contacts. */
    public readonly regionCode?: string,
  ) {}

  /** The contact in words, e.g. `email ops@example.com`; equal contacts give equal text. */
  public toString(): string {
    return this.kind === ReminderContactKind.PHONE
      ? `phone ${this.regionCode} ${this.target}`
      : `${this.kind === ReminderContactKind.EXISTING ? "contact" : "email"} ${this.target}`;
  }
}

const EXAMPLES: Record<Exclude<ReminderMethodContactKind, ReminderMethodContactKind.NONE>, string> = {
  [ReminderMethodContactKind.EMAIL]: 'ReminderContact.email("oncall@example.com")',
  [ReminderMethodContactKind.PHONE]: 'ReminderContact.phone("DE", "+4915112345678")',
};

const NAMES: Record<Exclude<ReminderMethodContactKind, ReminderMethodContactKind.NONE>, string> = {
  [ReminderMethodContactKind.EMAIL]: "an email contact",
  [ReminderMethodContactKind.PHONE]: "a phone number contact",
};

/**
 * Checks the values of a contact given as `prop` of `scope`. An existing contact's id must fit a
 * JavaScript number: reminders write it as `contact { id }`.
 */
export function checkReminderContact(scope: IConstruct, prop: string, value: unknown): ReminderContact {
  const contact = checkInstance(
    scope,
    prop,
    value,
    ReminderContact,
    "use ReminderContact.email(...), ReminderContact.phone(...) or ReminderContact.existing(...)",
  );
  switch (contact.kind) {
    case ReminderContactKind.EMAIL:
      checkString(
        scope,
        prop,
        contact.target,
        emailRule('give the email address to remind, e.g. ReminderContact.email("oncall@example.com")'),
      );
      break;
    case ReminderContactKind.PHONE:
      checkString(scope, `${prop}.regionCode`, contact.regionCode, {
        pattern: /^[A-Z]{2}$/,
        patternText: 'an ISO 3166 alpha-2 country code in capitals, e.g. "DE" or "US"',
        fix: "give the country of the phone number",
      });
      checkString(scope, `${prop}.phoneNumber`, contact.target, {
        pattern: /^\+?[0-9]{3,15}$/,
        patternText: 'digits, optionally after a leading "+" (E.164, e.g. "+4915112345678")',
        fix: "write the number without spaces or dashes",
      });
      break;
    default:
      idAsNumber(scope, `${prop}.contactId`, contact.target);
  }
  return contact;
}

/** Where a missing or unsuitable contact was expected, and how the user supplies one, for messages. */
export interface ContactSite {
  /** The prop named in messages, e.g. `contact` or `contacts`. */
  readonly prop: string;
  /** Words after the accepted kind of contact, e.g. ` for responder app/Alice`. */
  readonly forWhom: string;
  /** How to pass a contact, given the accepted forms, e.g. `pass contact: X or Y`. */
  readonly howToPass: (example: string) => string;
}

/**
 * The contact a reminder by `method` for `user` sends to: `given`, or for email the user's email
 * where the app knows it; none for push. Fails when the method needs a contact the app cannot
 * derive, when the contact is of the wrong kind, or when one is given for push. Custom methods are
 * not judged: `given` is passed on as it is.
 */
export function reminderContact(
  scope: IConstruct,
  site: ContactSite,
  method: ReminderMethod,
  user: IUser,
  given: ReminderContact | undefined,
): ReminderContact | undefined {
  const needed = method.contactKind;
  if (needed === undefined) return given;
  if (needed === ReminderMethodContactKind.NONE) {
    if (given !== undefined)
      fail(
        scope,
        site.prop,
        String(given),
        `no contact for method ${method.value}${site.forWhom}`,
        "push notifications go to the user's iLert apps; remove the contact",
      );
    return undefined;
  }
  if (given === undefined && needed === ReminderMethodContactKind.EMAIL && user.email !== undefined)
    return ReminderContact.email(user.email);
  const alternatives = `${EXAMPLES[needed]} or ReminderContact.existing("<contact id>")`;
  if (given === undefined) {
    const why = needed === ReminderMethodContactKind.EMAIL ? ` (no email is known for user ${user.node.path})` : "";
    const tip = needed === ReminderMethodContactKind.EMAIL ? ", or give the user's email (User.fromId(..., { email }))" : "";
    fail(
      scope,
      site.prop,
      undefined,
      `${NAMES[needed]} for method ${method.value}${site.forWhom}${why}`,
      `${site.howToPass(alternatives)}${tip}`,
    );
  }
  if (given.kind !== ReminderContactKind.EXISTING && String(given.kind) !== needed) {
    fail(
      scope,
      site.prop,
      String(given),
      `${NAMES[needed]} or an existing contact for method ${method.value}${site.forWhom}`,
      site.howToPass(alternatives),
    );
  }
  return given;
}
