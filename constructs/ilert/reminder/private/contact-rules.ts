import { IConstruct } from "constructs";
import { idAsNumber } from "../../../core/ilert-id";
import { checkInstance, checkString, fail } from "../../../core/validate";
import { IUser } from "../../people/user";
import { emailRule } from "../../people/private/email-rule";
import { ReminderContact, ReminderContactKind } from "../reminder-contact";
import { ReminderMethod, ReminderMethodContactKind } from "../reminder-method";

/** The checks of a {@link ReminderContact}, and which contact a reminder by a method sends to. */

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
