import { TerraformStack, TerraformVariable } from "cdktf";
import { IlertProvider } from "../../../../.gen/providers/ilert/provider";
import { OnCallReminder } from "../../../../constructs/ilert/reminder/on-call-reminder";
import { OnCallReminderProps } from "../../../../constructs/ilert/reminder/on-call-reminder-props";
import { ReminderContact } from "../../../../constructs/ilert/reminder/reminder-contact";
import { ReminderMethod } from "../../../../constructs/ilert/reminder/reminder-method";
import { IUser, User } from "../../../../constructs/ilert/people/user";
import { only, synth } from "../../../helpers/synth";
import { failure, reminder } from "../../../helpers/reminders";

// The contacts reminders send to: looked up (the login email) or declared (other addresses and
// numbers), once per user under the user's handle.
/** A reminder by email an hour before, to `address` or by default to the user's login email. */
function emailReminder(stack: TerraformStack, id: string, user: IUser, address?: string): OnCallReminder {
  const contact = address === undefined ? undefined : ReminderContact.email(address);
  return new OnCallReminder(stack, id, { user, beforeMin: 60, method: ReminderMethod.EMAIL, contact });
}

/** A reminder by SMS an hour before, to a phone number. */
function smsReminder(stack: TerraformStack, id: string, user: IUser, regionCode: string, phoneNumber: string): OnCallReminder {
  return new OnCallReminder(stack, id, {
    user,
    beforeMin: 60,
    method: ReminderMethod.SMS,
    contact: ReminderContact.phone(regionCode, phoneNumber),
  });
}

describe("reminder contacts", () => {
  test("an explicit contact at the login email is looked up too; template sequences are escaped", () => {
    const { tf } = synth((stack) =>
      reminder(stack, {
        user: User.fromId(stack, "Dan", "44", { email: "dan+${x}@example.com" }),
        method: ReminderMethod.EMAIL,
        contact: ReminderContact.email("dan+${x}@example.com"),
      }),
    );
    expect(only(tf, "data", "ilert_user_email_contact").body).toEqual({ target: "dan+$${x}@example.com", user: { id: 44 } });
    expect(tf.resource.ilert_user_email_contact).toBeUndefined();
  });

  test("an explicit email contact at another address is declared; template sequences are escaped", () => {
    const { tf } = synth((stack) =>
      reminder(stack, {
        user: User.fromEmail(stack, "Alice", "alice@example.com"),
        method: ReminderMethod.EMAIL,
        contact: ReminderContact.email("on-call+${team}@example.com"),
      }),
    );
    const contact = only(tf, "resource", "ilert_user_email_contact");
    expect(contact.body.target).toBe("on-call+$${team}@example.com");
    expect(only(tf, "resource", "ilert_user_duty_preference").body.contact).toEqual({
      id: `\${ilert_user_email_contact.${contact.name}.id}`,
    });
    expect(tf.data.ilert_user_email_contact).toBeUndefined();
  });

  test.each([ReminderMethod.SMS, ReminderMethod.WHATSAPP, ReminderMethod.TELEGRAM])("%s: a phone number contact, referenced", (method) => {
    const { tf } = synth((stack) => reminder(stack, { method, contact: ReminderContact.phone("DE", "+4915112345678") }));
    const contact = only(tf, "resource", "ilert_user_phone_number_contact");
    expect(contact.body).toEqual({ region_code: "DE", target: "+4915112345678", user: { id: 42 } });
    expect(only(tf, "resource", "ilert_user_duty_preference").body).toEqual({
      type: "ON_CALL",
      method: method.value,
      before_min: 60,
      user: { id: 42 },
      contact: { id: `\${ilert_user_phone_number_contact.${contact.name}.id}` },
    });
  });

  test("reminders of one user to the login email share one lookup, under the user's handle", () => {
    const { tf } = synth((stack) => {
      const alice = User.fromEmail(stack, "Alice", "alice@example.com");
      const day = new OnCallReminder(stack, "DayBefore", { user: alice, beforeMin: 1440, method: ReminderMethod.EMAIL });
      emailReminder(stack, "HourBefore", alice);
      expect(alice.node.tryFindChild("LoginEmailContact")).toBeDefined();
      expect(alice.node.tryFindChild("EmailContact")).toBeUndefined();
      expect(day.contact?.toString()).toBe("email alice@example.com");
    });
    const contact = only(tf, "data", "ilert_user_email_contact").name;
    const prefs = Object.values<any>(tf.resource.ilert_user_duty_preference);
    expect(prefs.map((p) => [p.before_min, p.contact.id])).toEqual([
      [1440, `\${data.ilert_user_email_contact.${contact}.id}`],
      [60, `\${data.ilert_user_email_contact.${contact}.id}`],
    ]);
  });

  test("reminders of one user to another address share the contact, declared under the user's handle", () => {
    const { tf } = synth((stack) => {
      const bob = User.fromId(stack, "Bob", "42");
      for (const [id, beforeMin] of [
        ["DayBefore", 1440],
        ["HourBefore", 60],
      ] as const) {
        new OnCallReminder(stack, id, {
          user: bob,
          beforeMin,
          method: ReminderMethod.EMAIL,
          contact: ReminderContact.email("bob@home.example"),
        });
      }
      expect(bob.node.tryFindChild("EmailContact")).toBeDefined();
    });
    const contact = only(tf, "resource", "ilert_user_email_contact");
    expect(contact.body).toEqual({ target: "bob@home.example", user: { id: 42 } });
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.contact.id)).toEqual([
      `\${ilert_user_email_contact.${contact.name}.id}`,
      `\${ilert_user_email_contact.${contact.name}.id}`,
    ]);
  });

  test("reminders of one user to the same phone number share the contact, declared under the user's handle", () => {
    const { tf } = synth((stack) => {
      const bob = User.fromId(stack, "Bob", "42");
      smsReminder(stack, "Sms", bob, "DE", "+4915112345678");
      new OnCallReminder(stack, "WhatsApp", {
        user: bob,
        beforeMin: 15,
        method: ReminderMethod.WHATSAPP,
        contact: ReminderContact.phone("DE", "+4915112345678"),
      });
      expect(bob.node.tryFindChild("PhoneContact")).toBeDefined();
    });
    const contact = only(tf, "resource", "ilert_user_phone_number_contact").name;
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.contact.id)).toEqual([
      `\${ilert_user_phone_number_contact.${contact}.id}`,
      `\${ilert_user_phone_number_contact.${contact}.id}`,
    ]);
  });

  test("the contact's kind decides what is declared: a phone number that is the same expression as the user's email is a phone contact", () => {
    const { tf } = synth((stack) => {
      const address = new TerraformVariable(stack, "contact", { type: "string" }).stringValue;
      smsReminder(stack, "Sms", User.fromId(stack, "Bob", "42", { email: address }), "DE", address);
    });
    expect(only(tf, "resource", "ilert_user_phone_number_contact").body).toEqual({
      region_code: "DE",
      target: "${var.contact}",
      user: { id: 42 },
    });
    expect(tf.data?.ilert_user_email_contact).toBeUndefined();
  });

  test("a user can be reminded at the login email (looked up) and at one other address (declared)", () => {
    const { tf } = synth((stack) => {
      const bob = User.fromId(stack, "Bob", "42", { email: "bob@example.com" });
      emailReminder(stack, "Work", bob);
      emailReminder(stack, "Home", bob, "bob@home.example");
    });
    const login = only(tf, "data", "ilert_user_email_contact");
    const home = only(tf, "resource", "ilert_user_email_contact");
    expect([login.body.target, home.body.target]).toEqual(["bob@example.com", "bob@home.example"]);
    // Home, then Work: the synthesized resources are ordered by name.
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.contact.id)).toEqual([
      `\${ilert_user_email_contact.${home.name}.id}`,
      `\${data.ilert_user_email_contact.${login.name}.id}`,
    ]);
  });

  test("an aliased provider is used by the preference and the contact it declares", () => {
    const { tf } = synth((stack) => {
      const eu = new IlertProvider(stack, "Eu", { alias: "eu" });
      reminder(stack, { method: ReminderMethod.SMS, contact: ReminderContact.phone("DE", "+4915112345678"), ilertProvider: eu });
    });
    expect(only(tf, "resource", "ilert_user_duty_preference").body.provider).toBe("ilert.eu");
    expect(only(tf, "resource", "ilert_user_phone_number_contact").body.provider).toBe("ilert.eu");
  });

  test("an aliased provider is used by the login email lookup too", () => {
    const { tf } = synth((stack) => {
      const eu = new IlertProvider(stack, "Eu", { alias: "eu" });
      reminder(stack, {
        user: User.fromId(stack, "Carol", "43", { email: "carol@example.com" }),
        method: ReminderMethod.EMAIL,
        ilertProvider: eu,
      });
    });
    expect(only(tf, "data", "ilert_user_email_contact").body.provider).toBe("ilert.eu");
  });

  describe("fails", () => {
    test("on a second, different declared email address for the same user", () => {
      const message = failure((stack) => {
        const bob = User.fromId(stack, "Bob", "42", { email: "bob@example.com" });
        emailReminder(stack, "Work", bob);
        emailReminder(stack, "Office", bob, "bob@office.example");
        emailReminder(stack, "Home", bob, "bob@home.example");
      });
      expect(message).toBe(
        'test/Home: invalid contact "email bob@home.example": expected the email contact already declared for user test/Bob (email bob@office.example); remind the user at one address per kind, or pass ReminderContact.existing("<contact id>") for another one',
      );
    });

    test.each([
      ["another number", "DE", "+4915187654321"],
      ["the same number in another region", "AT", "+4915112345678"],
    ])("on a second phone contact for the same user: %s", (_label, regionCode, phoneNumber) => {
      const message = failure((stack) => {
        const bob = User.fromId(stack, "Bob", "42");
        smsReminder(stack, "First", bob, "DE", "+4915112345678");
        smsReminder(stack, "Second", bob, regionCode, phoneNumber);
      });
      expect(message).toBe(
        `test/Second: invalid contact "phone ${regionCode} ${phoneNumber}": expected the phone contact already declared for user test/Bob (phone DE +4915112345678); remind the user at one address per kind, or pass ReminderContact.existing("<contact id>") for another one`,
      );
    });

    test.each<[string, Partial<OnCallReminderProps>]>([
      ["a phone number, declared", { method: ReminderMethod.SMS, contact: ReminderContact.phone("DE", "+4915112345678") }],
      ["the login email, looked up", { method: ReminderMethod.EMAIL }],
    ])(
      "on an ilertProvider for a user whose handle is in another stack, where the contact goes: %s (the reminder is named, not the handle)",
      (_label, props) => {
        const message = failure((stack) => {
          const people = new TerraformStack(stack.node.scope!, "people");
          const bob = User.fromId(people, "Bob", "42", { email: "bob@example.com" });
          reminder(stack, { user: bob, ...props, ilertProvider: new IlertProvider(stack, "Eu", { alias: "eu" }) });
        });
        expect(message).toBe(
          'test/Reminder: invalid ilertProvider "test/Eu": expected an iLert provider of stack people, where the contacts of user people/Bob are declared and looked up (under its handle); declare the reminder in stack people, or remind a handle of the user declared in stack test (User.fromId / User.fromEmail)',
        );
      },
    );
  });
});
