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
 * value; private/contact-rules.ts checks it, private/user-contacts.ts declares the contacts.)
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
