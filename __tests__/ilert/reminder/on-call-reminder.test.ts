import { TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { OnCallReminder } from "../../../constructs/ilert/reminder/on-call-reminder";
import { OnCallReminderProps } from "../../../constructs/ilert/reminder/on-call-reminder-props";
import { ReminderContact } from "../../../constructs/ilert/reminder/reminder-contact";
import { ReminderMethod } from "../../../constructs/ilert/reminder/reminder-method";
import { IUser, User } from "../../../constructs/ilert/people/user";
import { ownHandle } from "../../helpers/handles";
import { only, synth } from "../../helpers/synth";
import { addresses, EMAIL_CONTACTS, failure, reminder } from "../../helpers/reminders";

describe("OnCallReminder", () => {
  test("PUSH: an ON_CALL duty preference without contact", () => {
    const { tf } = synth((stack) => reminder(stack, { beforeMin: 15 }));
    expect(only(tf, "resource", "ilert_user_duty_preference").body).toEqual({
      type: "ON_CALL",
      method: "PUSH",
      before_min: 15,
      user: { id: 42 },
    });
    expect(addresses(tf, ...EMAIL_CONTACTS, "ilert_user_phone_number_contact")).toEqual([]);
  });

  test("EMAIL defaults to the login email of a looked-up user: iLert's contact for it is looked up and referenced, never declared", () => {
    const { tf } = synth((stack) =>
      reminder(stack, { user: User.fromEmail(stack, "Alice", "alice@example.com"), method: ReminderMethod.EMAIL }),
    );
    const lookup = only(tf, "data", "ilert_user").name;
    const contact = only(tf, "data", "ilert_user_email_contact");
    expect(contact.name).toMatch(/^Alice_LoginEmailContact_/);
    expect(contact.body).toEqual({ target: "alice@example.com", user: { id: `\${data.ilert_user.${lookup}.id}` } });
    expect(only(tf, "resource", "ilert_user_duty_preference").body).toEqual({
      type: "ON_CALL",
      method: "EMAIL",
      before_min: 60,
      user: { id: `\${data.ilert_user.${lookup}.id}` },
      contact: { id: `\${data.ilert_user_email_contact.${contact.name}.id}` },
    });
    expect(tf.resource.ilert_user_email_contact).toBeUndefined();
  });

  test("EMAIL defaults to the login email of a declared user, or of User.fromId with { email }: looked up", () => {
    const declared = synth((stack) =>
      reminder(stack, {
        user: new User(stack, "Alice", { email: "alice@example.com", firstName: "A", lastName: "S" }),
        method: ReminderMethod.EMAIL,
      }),
    );
    const user = only(declared.tf, "resource", "ilert_user").name;
    expect(only(declared.tf, "data", "ilert_user_email_contact").body).toEqual({
      target: "alice@example.com",
      user: { id: `\${ilert_user.${user}.id}` },
    });
    expect(declared.tf.resource.ilert_user_email_contact).toBeUndefined();

    const byId = synth((stack) =>
      reminder(stack, { user: User.fromId(stack, "Carol", "43", { email: "carol@example.com" }), method: ReminderMethod.EMAIL }),
    );
    expect(only(byId.tf, "data", "ilert_user_email_contact").body).toEqual({ target: "carol@example.com", user: { id: 43 } });
    expect(byId.tf.resource.ilert_user_email_contact).toBeUndefined();
  });

  test.each([ReminderMethod.EMAIL, ReminderMethod.SMS, ReminderMethod.WHATSAPP, ReminderMethod.TELEGRAM])(
    "%s: an existing contact by id, without declaring one",
    (method) => {
      const { tf } = synth((stack) => reminder(stack, { method, contact: ReminderContact.existing("77") }));
      expect(only(tf, "resource", "ilert_user_duty_preference").body.contact).toEqual({ id: 77 });
      expect(addresses(tf, ...EMAIL_CONTACTS, "ilert_user_phone_number_contact")).toEqual([]);
    },
  );

  test("BEFORE_MIN_VALUES are iLert's minutes, and the reminder exposes what it was given", () => {
    expect(OnCallReminder.BEFORE_MIN_VALUES).toEqual([0, 15, 30, 60, 180, 360, 720, 1440]);
    expect(Object.isFrozen(OnCallReminder.BEFORE_MIN_VALUES)).toBe(true);
    synth((stack) => {
      const contact = ReminderContact.existing("5");
      const r = reminder(stack, { method: ReminderMethod.SMS, beforeMin: 30, contact });
      expect([r.user.node.path, r.method, r.beforeMin, r.contact]).toEqual(["test/Bob", ReminderMethod.SMS, 30, contact]);
      expect(
        new OnCallReminder(stack, "Push", { user: User.fromId(stack, "Dan", "5"), beforeMin: 0, method: ReminderMethod.PUSH }).contact,
      ).toBeUndefined();
    });
  });

  test("refuses a provider of the wrong kind as ilertProvider", () => {
    expect(failure((stack) => reminder(stack, { ilertProvider: new DatadogProvider(stack, "Wrong", {}) as never }))).toMatch(
      /^test\/Reminder: invalid ilertProvider "a Datadog provider": expected an iLert provider; /,
    );
  });

  test("uses the given iLert provider", () => {
    const { tf } = synth((stack) => reminder(stack, { ilertProvider: new IlertProvider(stack, "Eu", { alias: "eu" }) }));
    expect(only(tf, "resource", "ilert_user_duty_preference").body.provider).toBe("ilert.eu");
  });

  test.each(OnCallReminder.BEFORE_MIN_VALUES.map((m) => [m]))("before_min %d is accepted", (beforeMin) => {
    const { tf } = synth((stack) => reminder(stack, { beforeMin }));
    expect(only(tf, "resource", "ilert_user_duty_preference").body.before_min).toBe(beforeMin);
  });

  test("a custom method is not judged: the contact is passed on as given", () => {
    const { tf } = synth((stack) => reminder(stack, { method: ReminderMethod.custom("VOICE"), contact: ReminderContact.existing("5") }));
    expect(only(tf, "resource", "ilert_user_duty_preference").body).toMatchObject({ method: "VOICE", contact: { id: 5 } });
  });

  test("props shaped like resolved data get no way around the checks", () => {
    // Reminders of remindResponders are declared through the same checks; nothing skips them.
    const message = failure((stack) => {
      const user = User.fromId(stack, "Bob", "42");
      return new OnCallReminder(stack, "Reminder", {
        user,
        beforeMin: 45,
        method: ReminderMethod.PUSH,
        reminded: { user, id: 42 },
      } as OnCallReminderProps);
    });
    expect(message).toBe(
      "test/Reminder: invalid reminded [object Object]: expected a key of OnCallReminderProps: user, contact, beforeMin, method, ilertProvider; remove reminded, or use one of those",
    );
  });

  describe("fails", () => {
    test.each<[string, (stack: TerraformStack) => Partial<OnCallReminderProps>, string]>([
      [
        "a before_min iLert does not offer",
        () => ({ beforeMin: 45 }),
        "test/Reminder: invalid beforeMin 45: expected one of 0, 15, 30, 60, 180, 360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest",
      ],
      [
        "a missing before_min",
        () => ({ beforeMin: undefined }),
        "test/Reminder: missing beforeMin: expected one of 0, 15, 30, 60, 180, 360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest",
      ],
      [
        "a missing method",
        () => ({ method: undefined }),
        "test/Reminder: missing method: expected a ReminderMethod; e.g. ReminderMethod.PUSH or ReminderMethod.EMAIL",
      ],
      [
        "a method given as a plain string",
        () => ({ method: "SMS" as any }),
        'test/Reminder: invalid method "SMS": expected one of "EMAIL", "SMS", "PUSH", "WHATSAPP", "TELEGRAM"; use ReminderMethod.SMS instead of a plain string',
      ],
      [
        "a contact for PUSH",
        () => ({ contact: ReminderContact.email("bob@example.com") }),
        'test/Reminder: invalid contact "email bob@example.com": expected no contact for method PUSH; push notifications go to the user\'s iLert apps; remove the contact',
      ],
      [
        "SMS without contact",
        () => ({ method: ReminderMethod.SMS }),
        'test/Reminder: missing contact: expected a phone number contact for method SMS; pass contact: ReminderContact.phone("DE", "+4915112345678") or ReminderContact.existing("<contact id>")',
      ],
      [
        "WHATSAPP to an email contact",
        () => ({ method: ReminderMethod.WHATSAPP, contact: ReminderContact.email("bob@example.com") }),
        'test/Reminder: invalid contact "email bob@example.com": expected a phone number contact or an existing contact for method WHATSAPP; pass contact: ReminderContact.phone("DE", "+4915112345678") or ReminderContact.existing("<contact id>")',
      ],
      [
        "EMAIL for a user whose email the app does not know",
        () => ({ method: ReminderMethod.EMAIL }),
        'test/Reminder: missing contact: expected an email contact for method EMAIL (no email is known for user test/Bob); pass contact: ReminderContact.email("oncall@example.com") or ReminderContact.existing("<contact id>"), or give the user\'s email (User.fromId(..., { email }))',
      ],
      [
        "a phone number with spaces",
        () => ({ method: ReminderMethod.SMS, contact: ReminderContact.phone("DE", "+49 151 12345678") }),
        'test/Reminder: invalid contact.phoneNumber "+49 151 12345678": expected digits, optionally after a leading "+" (E.164, e.g. "+4915112345678"); write the number without spaces or dashes',
      ],
      [
        "a lower-case region code",
        () => ({ method: ReminderMethod.SMS, contact: ReminderContact.phone("de", "+4915112345678") }),
        'test/Reminder: invalid contact.regionCode "de": expected an ISO 3166 alpha-2 country code in capitals, e.g. "DE" or "US"; give the country of the phone number',
      ],
      [
        "a non-numeric existing contact id",
        () => ({ method: ReminderMethod.SMS, contact: ReminderContact.existing("primary") }),
        'test/Reminder: invalid contact.contactId "primary": expected digits (a numeric iLert id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
      ],
      [
        "an existing contact id JavaScript would round (contact { id } is a number)",
        () => ({ method: ReminderMethod.SMS, contact: ReminderContact.existing("9007199254740993") }),
        'test/Reminder: invalid contact.contactId "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
      ],
      [
        "a user whose own handle has a non-numeric id",
        (stack) => ({ user: ownHandle<IUser>(stack, "Own", { userId: "alice" }) }),
        'test/Reminder: invalid user.userId "alice": expected digits (a numeric iLert id); set userId of the user handle test/Own to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "a user whose id JavaScript would round (user { id } is a number)",
        (stack) => ({ user: User.fromId(stack, "Own", "9007199254740993") }),
        'test/Reminder: invalid user.userId "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set userId of the user handle test/Own to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "a user whose own handle knows an email that is not an address",
        (stack) => ({ user: ownHandle<IUser>(stack, "Own", { userId: "7", email: "alice" }), method: ReminderMethod.EMAIL }),
        "test/Reminder: invalid user.email \"alice\": expected an email address, 1-255 bytes (UTF-8); set the handle's email to the user's login email, or leave it unset",
      ],
      [
        "a user that is not a handle",
        () => ({ user: "42" as any }),
        'test/Reminder: invalid user "42": expected a user handle; pass a User, or User.fromId / User.fromEmail',
      ],
    ])("on %s", (_label, props, message) => {
      expect(failure((stack) => reminder(stack, props(stack)))).toBe(message);
    });
  });
});
