import { ProviderEnum } from "../../core/provider-enum";

/** The kind of contact a reminder method sends to: an email contact, a phone number, or none. */
export enum ReminderMethodContactKind {
  /** An email contact. */
  EMAIL = "email",
  /** A phone number contact. */
  PHONE = "phone",
  /** No contact (push). */
  NONE = "none",
}

/** How iLert reminds a user of an upcoming on-call shift (`ilert_user_duty_preference.method`). */
export class ReminderMethod extends ProviderEnum {
  /** An email, to an email contact. */
  public static readonly EMAIL = new ReminderMethod("EMAIL", ReminderMethodContactKind.EMAIL);
  /** A text message, to a phone number contact. */
  public static readonly SMS = new ReminderMethod("SMS", ReminderMethodContactKind.PHONE);
  /** A push notification to the user's iLert mobile apps; no contact. */
  public static readonly PUSH = new ReminderMethod("PUSH", ReminderMethodContactKind.NONE);
  /** A WhatsApp message, to a phone number contact. */
  public static readonly WHATSAPP = new ReminderMethod("WHATSAPP", ReminderMethodContactKind.PHONE);
  /**
   * A Telegram message, to a phone number contact on which Telegram is activated (iLert activates
   * channels per contact; UNCERTAIN: iLert's docs do not say which contact kind Telegram uses).
   */
  public static readonly TELEGRAM = new ReminderMethod("TELEGRAM", ReminderMethodContactKind.PHONE);

  /**
   * Escape hatch for a value a newer provider accepts; not checked at synth, and its contact is
   * passed on as given.
   */
  public static custom(value: string): ReminderMethod {
    return new ReminderMethod(value, undefined, true);
  }

  private constructor(
    value: string,
    /** The kind of contact the method needs; `undefined` for custom methods (not judged). */
    public readonly contactKind: ReminderMethodContactKind | undefined,
    isCustom = false,
  ) {
    super(value, isCustom);
  }
}
