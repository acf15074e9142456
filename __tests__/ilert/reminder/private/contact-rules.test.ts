import { Testing, TerraformStack } from "cdktf";
import { User } from "../../../../constructs/ilert/people/user";
import { checkReminderContact, ContactSite, reminderContact } from "../../../../constructs/ilert/reminder/private/contact-rules";
import { ReminderContact } from "../../../../constructs/ilert/reminder/reminder-contact";
import { ReminderMethod } from "../../../../constructs/ilert/reminder/reminder-method";
import { thrown } from "../../../helpers/synth";

function setup() {
  const stack = new TerraformStack(Testing.app(), "test");
  return { stack, known: User.fromId(stack, "Alice", "41", { email: "alice@example.com" }), unknown: User.fromId(stack, "Bob", "42") };
}

const SITE: ContactSite = { prop: "contact", forWhom: "", howToPass: (forms) => `pass contact: ${forms}` };

describe("checkReminderContact", () => {
  test.each([
    ["a phone number with a leading +", ReminderContact.phone("US", "+12025550123")],
    ["a phone number without a leading +", ReminderContact.phone("DE", "015112345678")],
  ])("returns a valid contact: %s", (_label, contact) => {
    const { stack } = setup();
    expect(checkReminderContact(stack, "contact", contact)).toBe(contact);
  });

  test.each<[string, unknown, string]>([
    [
      "a plain address",
      "a@example.com",
      'test: invalid contact "a@example.com": expected a ReminderContact; use ReminderContact.email(...), ReminderContact.phone(...) or ReminderContact.existing(...)',
    ],
    [
      "an address without @",
      ReminderContact.email("oncall"),
      'test: invalid contact "oncall": expected an email address, 1-255 bytes (UTF-8); give the email address to remind, e.g. ReminderContact.email("oncall@example.com")',
    ],
    [
      "a three-letter region code (ISO alpha-3)",
      ReminderContact.phone("DEU", "+4915112345678"),
      'test: invalid contact.regionCode "DEU": expected an ISO 3166 alpha-2 country code in capitals, e.g. "DE" or "US"; give the country of the phone number',
    ],
    [
      "a number with dashes",
      ReminderContact.phone("DE", "0151-123"),
      'test: invalid contact.phoneNumber "0151-123": expected digits, optionally after a leading "+" (E.164, e.g. "+4915112345678"); write the number without spaces or dashes',
    ],
    [
      "an existing contact id above Number.MAX_SAFE_INTEGER",
      ReminderContact.existing("9007199254740992"),
      'test: invalid contact.contactId "9007199254740992": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
    ],
  ])("refuses %s", (_label, contact, message) => {
    const { stack } = setup();
    expect(thrown(() => checkReminderContact(stack, "contact", contact)).message).toBe(message);
  });
});

describe("reminderContact", () => {
  test("EMAIL defaults to the user's known email; a given contact wins", () => {
    const { stack, known } = setup();
    expect(String(reminderContact(stack, SITE, ReminderMethod.EMAIL, known, undefined))).toBe("email alice@example.com");
    const other = ReminderContact.email("alice@home.example");
    expect(reminderContact(stack, SITE, ReminderMethod.EMAIL, known, other)).toBe(other);
  });

  test("PUSH takes no contact; phone methods take a phone or an existing contact; custom methods pass the given one on", () => {
    const { stack, unknown } = setup();
    expect(reminderContact(stack, SITE, ReminderMethod.PUSH, unknown, undefined)).toBeUndefined();
    const existing = ReminderContact.existing("5");
    expect(reminderContact(stack, SITE, ReminderMethod.TELEGRAM, unknown, existing)).toBe(existing);
    expect(reminderContact(stack, SITE, ReminderMethod.custom("PAGER"), unknown, undefined)).toBeUndefined();
    const email = ReminderContact.email("b@example.com");
    expect(reminderContact(stack, SITE, ReminderMethod.custom("PAGER"), unknown, email)).toBe(email);
  });

  test("names where the contact is missing, with the site's words", () => {
    const { stack, unknown } = setup();
    const site: ContactSite = {
      prop: "contacts",
      forWhom: " for responder test/Bob",
      howToPass: (forms) => `add { user, contact } for them to contacts, with contact ${forms}`,
    };
    expect(thrown(() => reminderContact(stack, site, ReminderMethod.EMAIL, unknown, undefined)).message).toBe(
      'test: missing contacts: expected an email contact for method EMAIL for responder test/Bob (no email is known for user test/Bob); add { user, contact } for them to contacts, with contact ReminderContact.email("oncall@example.com") or ReminderContact.existing("<contact id>"), or give the user\'s email (User.fromId(..., { email }))',
    );
  });

  test("refuses a contact for PUSH, and a contact of the wrong kind", () => {
    const { stack, unknown } = setup();
    expect(thrown(() => reminderContact(stack, SITE, ReminderMethod.PUSH, unknown, ReminderContact.existing("5"))).message).toBe(
      'test: invalid contact "contact 5": expected no contact for method PUSH; push notifications go to the user\'s iLert apps; remove the contact',
    );
    expect(thrown(() => reminderContact(stack, SITE, ReminderMethod.SMS, unknown, ReminderContact.email("b@example.com"))).message).toBe(
      'test: invalid contact "email b@example.com": expected a phone number contact or an existing contact for method SMS; pass contact: ReminderContact.phone("DE", "+4915112345678") or ReminderContact.existing("<contact id>")',
    );
  });
});
