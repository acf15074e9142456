import { Construct, IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { DataIlertUserEmailContact } from "../../../.gen/providers/ilert/data-ilert-user-email-contact";
import { UserEmailContact } from "../../../.gen/providers/ilert/user-email-contact";
import { UserPhoneNumberContact } from "../../../.gen/providers/ilert/user-phone-number-contact";
import { useProvider } from "../../core/default-providers";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import { checkString, fail } from "../../core/validate";
import { checkedId, idAsNumber } from "../references";
import { ReminderMethod, ReminderMethodContactKind } from "./reminder-method";
import { emailRule, IUser } from "../people/user";

/** What a {@link ReminderContact} is: an email address, a phone number, or an existing iLert contact. */
export type ReminderContactKind = "email" | "phone" | "existing";

/**
 * Where an on-call reminder is sent: an email address or a phone number of the user (declared as
 * an `ilert_user_email_contact` / `ilert_user_phone_number_contact`; the user's known login email
 * is looked up instead, see {@link ReminderContact.email}), or a contact the user already has in
 * iLert. iLert sends to a new contact only after the user has verified it.
 */
export class ReminderContact {
  /**
   * An email address of the user; declares an `ilert_user_email_contact` for it. The user's known
   * login email is not declared again: iLert creates that contact with the user, so it is looked up
   * (`ilert_user_email_contact` data source, by user and address).
   */
  public static email(address: string): ReminderContact {
    return new ReminderContact("email", address);
  }

  /**
   * A phone number of the user; declares an `ilert_user_phone_number_contact` for it.
   * @param regionCode the number's country, ISO 3166 alpha-2, e.g. `DE`
   * @param phoneNumber the number, e.g. `+4915112345678`
   */
  public static phone(regionCode: string, phoneNumber: string): ReminderContact {
    return new ReminderContact("phone", phoneNumber, regionCode);
  }

  /** A contact the user already has in iLert, by numeric id (e.g. the login email contact of a user whose email the app does not know). */
  public static existing(contactId: string): ReminderContact {
    return new ReminderContact("existing", contactId);
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
    return this.kind === "phone"
      ? `phone ${this.regionCode} ${this.target}`
      : `${this.kind === "existing" ? "contact" : "email"} ${this.target}`;
  }
}

const EXAMPLES: Record<Exclude<ReminderMethodContactKind, "none">, string> = {
  email: 'ReminderContact.email("oncall@example.com")',
  phone: 'ReminderContact.phone("DE", "+4915112345678")',
};

const NAMES: Record<Exclude<ReminderMethodContactKind, "none">, string> = { email: "an email contact", phone: "a phone number contact" };

/** Checks the values of a contact given as `prop` of `scope`. */
export function checkReminderContact(scope: IConstruct, prop: string, contact: unknown): ReminderContact {
  if (!(contact instanceof ReminderContact)) {
    fail(
      scope,
      prop,
      contact,
      "a ReminderContact",
      "use ReminderContact.email(...), ReminderContact.phone(...) or ReminderContact.existing(...)",
    );
  }
  switch (contact.kind) {
    case "email":
      checkString(
        scope,
        prop,
        contact.target,
        emailRule('give the email address to remind, e.g. ReminderContact.email("oncall@example.com")'),
      );
      break;
    case "phone":
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
      checkedId(scope, `${prop}.contactId`, contact.target);
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
  if (needed === "none") {
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
  if (given === undefined && needed === "email" && user.email !== undefined) return ReminderContact.email(user.email);
  const alternatives = `${EXAMPLES[needed]} or ReminderContact.existing("<contact id>")`;
  if (given === undefined) {
    const why = needed === "email" ? ` (no email is known for user ${user.node.path})` : "";
    const tip = needed === "email" ? ", or give the user's email (User.fromId(..., { email }))" : "";
    fail(
      scope,
      site.prop,
      undefined,
      `${NAMES[needed]} for method ${method.value}${site.forWhom}${why}`,
      `${site.howToPass(alternatives)}${tip}`,
    );
  }
  if (given.kind !== "existing" && given.kind !== needed) {
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

/**
 * The iLert id of `contact` for `user`. An email contact at the user's known login email is the
 * one iLert creates with every user: it is looked up once per user (`ilert_user_email_contact`
 * data source by user id and address, child `LoginEmailContact` of the user's handle), never
 * declared again. Other addresses are declared: at most one email and one phone contact per user,
 * as children of the user's handle with fixed ids (`EmailContact`, `PhoneContact`). Either way the
 * Terraform addresses follow the user, changing the address or number updates the contact in place,
 * and every reminder of that user shares it. Asking for a second, different declared address of the
 * same kind fails (`prop` of `scope`).
 */
export function contactIdFor(
  scope: IConstruct,
  prop: string,
  contact: ReminderContact,
  user: IUser,
  ilertProvider: TerraformProvider | undefined,
): string {
  if (contact.kind === "existing") return contact.target;
  const home = user as unknown as Construct;
  if (contact.kind === "email" && contact.target === user.email) return loginContactId(home, user.userId, user.email, ilertProvider);
  const id = contact.kind === "email" ? "EmailContact" : "PhoneContact";
  const target = escapeTerraformTemplate(contact.target);
  const existing = home.node.tryFindChild(id);
  if (existing instanceof UserEmailContact || existing instanceof UserPhoneNumberContact) {
    const same =
      existing.targetInput === target && (!(existing instanceof UserPhoneNumberContact) || existing.regionCodeInput === contact.regionCode);
    if (!same) {
      const declared =
        existing instanceof UserPhoneNumberContact
          ? `phone ${existing.regionCodeInput} ${existing.targetInput}`
          : `email ${existing.targetInput}`;
      fail(
        scope,
        prop,
        String(contact),
        `the ${contact.kind} contact already declared for user ${user.node.path} (${declared})`,
        'remind the user at one address per kind, or pass ReminderContact.existing("<contact id>") for another one',
      );
    }
    return existing.id;
  }
  const common = { user: { id: idAsNumber(user.userId) }, target, provider: useProvider(home, "ilert", "ilertProvider", ilertProvider) };
  return contact.kind === "email"
    ? new UserEmailContact(home, id, common).id
    : new UserPhoneNumberContact(home, id, { ...common, regionCode: contact.regionCode! }).id;
}

/** The id of the email contact iLert created for the login `email` of the user `home`, looked up once under `home`. */
function loginContactId(home: Construct, userId: string, email: string, ilertProvider: TerraformProvider | undefined): string {
  const existing = home.node.tryFindChild("LoginEmailContact");
  if (existing instanceof DataIlertUserEmailContact) return existing.id;
  return new DataIlertUserEmailContact(home, "LoginEmailContact", {
    user: { id: idAsNumber(userId) },
    target: escapeTerraformTemplate(email),
    provider: useProvider(home, "ilert", "ilertProvider", ilertProvider),
  }).id;
}
