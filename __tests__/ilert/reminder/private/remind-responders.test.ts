import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { IlertProvider } from "../../../../.gen/providers/ilert/provider";
import { OnCallReminder } from "../../../../constructs/ilert/reminder/on-call-reminder";
import { RemindRespondersOptions } from "../../../../constructs/ilert/reminder/remind-responders";
import { remindResponders } from "../../../../constructs/ilert/reminder/private/remind-responders";
import { ReminderContact } from "../../../../constructs/ilert/reminder/reminder-contact";
import { ReminderMethod } from "../../../../constructs/ilert/reminder/reminder-method";
import { IUser, User } from "../../../../constructs/ilert/people/user";
import { ownHandle } from "../../../helpers/handles";
import { only, synth, thrown } from "../../../helpers/synth";
import { addresses, EMAIL_CONTACTS, failure } from "../../../helpers/reminders";

describe("remindResponders", () => {
  function remind(
    stack: TerraformStack,
    users: (s: Construct) => IUser[],
    options: Partial<RemindRespondersOptions> = {},
  ): OnCallReminder[] {
    const owner = new Construct(stack, "Schedule");
    return remindResponders(owner, users(stack), { beforeMin: 60, method: ReminderMethod.PUSH, ...options }, undefined);
  }

  const team = (s: Construct) =>
    ["Alice", "Bob", "Carol"].map((id, i) => User.fromId(s, id, String(40 + i), { email: `${id.toLowerCase()}@example.com` }));

  test("one reminder per user, declared under the user's handle", () => {
    synth((stack) => {
      const reminders = remind(stack, team);
      expect(reminders.map((r) => r.node.path)).toEqual([
        "test/Alice/OnCallReminder",
        "test/Bob/OnCallReminder",
        "test/Carol/OnCallReminder",
      ]);
    });
  });

  test("another id reminds the same users a second way", () => {
    const { tf } = synth((stack) => {
      const users = team(stack);
      remindResponders(new Construct(stack, "Schedule"), users, { beforeMin: 60, method: ReminderMethod.PUSH }, undefined);
      const second = remindResponders(
        new Construct(stack, "Policy"),
        users,
        { beforeMin: 1440, method: ReminderMethod.EMAIL, id: "EmailReminder" },
        undefined,
      );
      expect(second[0].node.path).toBe("test/Alice/EmailReminder");
    });
    expect(
      Object.values<any>(tf.resource.ilert_user_duty_preference)
        .map((p) => `${p.user.id} ${p.method} ${p.before_min}`)
        .sort(),
    ).toEqual(["40 EMAIL 1440", "40 PUSH 60", "41 EMAIL 1440", "41 PUSH 60", "42 EMAIL 1440", "42 PUSH 60"]);
  });

  test("a user listed several times is reminded once", () => {
    const { tf } = synth((stack) => {
      remind(stack, (s) => {
        const [alice, bob] = team(s);
        return [alice, bob, alice, alice];
      });
    });
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.user.id)).toEqual([40, 41]);
  });

  test("reordering the users never changes a Terraform address", () => {
    const declare = (order: number[]) =>
      synth((stack) =>
        remind(
          stack,
          (s) => {
            const users = team(s);
            return order.map((i) => users[i]);
          },
          { method: ReminderMethod.EMAIL },
        ),
      ).tf;
    const base = addresses(declare([0, 1, 2]), "ilert_user_duty_preference", ...EMAIL_CONTACTS);
    expect(base).toHaveLength(6);
    for (const order of [
      [2, 1, 0],
      [1, 2, 0],
      [2, 0, 1],
    ]) {
      expect(addresses(declare(order), "ilert_user_duty_preference", ...EMAIL_CONTACTS)).toEqual(base);
    }
  });

  test("changing the minutes or the method never changes a reminder's Terraform address", () => {
    const at = (beforeMin: number, method: ReminderMethod) =>
      addresses(synth((stack) => remind(stack, team, { beforeMin, method })).tf, "ilert_user_duty_preference");
    expect(at(15, ReminderMethod.PUSH)).toEqual(at(1440, ReminderMethod.PUSH));
    expect(at(15, ReminderMethod.PUSH)).toEqual(at(15, ReminderMethod.EMAIL));
  });

  test("contacts give responders the contact the method needs", () => {
    const { tf } = synth((stack) => {
      const owner = new Construct(stack, "Schedule");
      const [alice, bob] = team(stack);
      remindResponders(
        owner,
        [alice, bob],
        {
          beforeMin: 15,
          method: ReminderMethod.SMS,
          contacts: [
            { user: bob, contact: ReminderContact.existing("77") },
            { user: alice, contact: ReminderContact.phone("DE", "+4915112345678") },
          ],
        },
        undefined,
      );
    });
    const phone = only(tf, "resource", "ilert_user_phone_number_contact");
    expect(phone.body).toEqual({ region_code: "DE", target: "+4915112345678", user: { id: 40 } });
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => [p.user.id, p.contact.id])).toEqual([
      [40, `\${ilert_user_phone_number_contact.${phone.name}.id}`],
      [41, 77],
    ]);
  });

  test("reminding a user the same way twice (schedule and policy) declares one reminder", () => {
    const { tf } = synth((stack) => {
      const [alice, bob] = team(stack);
      const first = remindResponders(
        new Construct(stack, "Schedule"),
        [alice, bob],
        { beforeMin: 60, method: ReminderMethod.EMAIL },
        undefined,
      );
      const second = remindResponders(new Construct(stack, "Policy"), [bob], { beforeMin: 60, method: ReminderMethod.EMAIL }, undefined);
      expect(second[0]).toBe(first[1]);
    });
    expect(addresses(tf, "ilert_user_duty_preference", ...EMAIL_CONTACTS)).toHaveLength(4);
  });

  test("an aliased provider of the owner is the default of its reminders", () => {
    const { tf } = synth((stack) => {
      const eu = new IlertProvider(stack, "Eu", { alias: "eu" });
      remindResponders(new Construct(stack, "Schedule"), team(stack), { beforeMin: 60, method: ReminderMethod.EMAIL }, eu);
    });
    for (const [block, type] of [
      ["resource", "ilert_user_duty_preference"],
      ["data", "ilert_user_email_contact"],
    ]) {
      expect(Object.values<any>(tf[block][type]).map((r) => r.provider)).toEqual(["ilert.eu", "ilert.eu", "ilert.eu"]);
    }
  });

  describe("fails", () => {
    test.each<[string, (users: IUser[]) => Partial<RemindRespondersOptions>, string]>([
      [
        "SMS without a contact for a responder",
        ([alice]) => ({ method: ReminderMethod.SMS, contacts: [{ user: alice, contact: ReminderContact.phone("DE", "+4915112345678") }] }),
        'test/Schedule: missing contacts: expected a phone number contact for method SMS for responder test/Bob; add { user, contact } for them to contacts, with contact ReminderContact.phone("DE", "+4915112345678") or ReminderContact.existing("<contact id>")',
      ],
      [
        "a contact for someone who is not a responder",
        () => ({
          method: ReminderMethod.EMAIL,
          contacts: [{ user: User.fromId(new Construct(undefined as any, "other"), "Dave", "9"), contact: ReminderContact.existing("1") }],
        }),
        'test/Schedule: invalid contacts[0].user "other/Dave": expected one of the responders: test/Alice, test/Bob, test/Carol; remove the entry, or remind that user with new OnCallReminder(...)',
      ],
      [
        "two contacts for one responder",
        ([alice]) => ({
          method: ReminderMethod.EMAIL,
          contacts: [
            { user: alice, contact: ReminderContact.existing("1") },
            { user: alice, contact: ReminderContact.existing("2") },
          ],
        }),
        'test/Schedule: invalid contacts[1].user "test/Alice": expected one contact per responder; remove the duplicate entry',
      ],
      [
        "a key a contact entry does not have",
        ([alice]) => ({
          method: ReminderMethod.EMAIL,
          contacts: [{ user: alice, contact: ReminderContact.existing("1"), note: "x" } as never],
        }),
        'test/Schedule: invalid contacts[0].note "x": expected a key of ResponderContact: user, contact; remove note, or use one of those',
      ],
      [
        "a contact that is not a ReminderContact",
        ([alice]) => ({ method: ReminderMethod.EMAIL, contacts: [{ user: alice, contact: "alice@example.com" as any }] }),
        'test/Schedule: invalid contacts[0].contact "alice@example.com": expected a ReminderContact; use ReminderContact.email(...), ReminderContact.phone(...) or ReminderContact.existing(...)',
      ],
      [
        "OnCallReminder's contact where the options take contacts",
        () => ({ method: ReminderMethod.EMAIL, contact: ReminderContact.existing("1") }) as never,
        'test/Schedule: invalid contact {"kind":"existing","target":"1"}: expected a key of RemindRespondersOptions; did you mean contacts?',
      ],
      [
        "options that are not an object",
        () => "PUSH" as any,
        'test/Schedule: invalid props "PUSH": expected an object; pass { beforeMin, method }',
      ],
    ])("on %s", (_label, options, message) => {
      expect(
        failure((stack) => {
          const users = team(stack);
          const given = options(users);
          remindResponders(
            new Construct(stack, "Schedule"),
            users,
            typeof given === "object" ? { beforeMin: 60, method: ReminderMethod.PUSH, ...given } : given,
            undefined,
          );
        }),
      ).toBe(message);
    });

    test("on reminding a user another way under the same id", () => {
      const message = failure((stack) => {
        const users = team(stack);
        remindResponders(new Construct(stack, "Schedule"), users, { beforeMin: 60, method: ReminderMethod.EMAIL }, undefined);
        remindResponders(new Construct(stack, "Policy"), users, { beforeMin: 15, method: ReminderMethod.PUSH }, undefined);
      });
      expect(message).toBe(
        'test/Policy: invalid id "OnCallReminder": expected an id not yet used under test/Alice, which has test/Alice/OnCallReminder (EMAIL 60 minutes before, to email alice@example.com), not PUSH 15 minutes before; to remind the same users a second way, give this reminder another id, e.g. id: "EmailReminder"',
      );
    });

    test("on a responder whose own handle has a non-numeric id, before declaring any reminder", () => {
      const stack = new TerraformStack(Testing.app(), "test");
      const [alice] = team(stack);
      const own = ownHandle<IUser>(stack, "Own", { userId: "alice" });
      const err = thrown(() =>
        remindResponders(new Construct(stack, "Schedule"), [alice, own], { beforeMin: 60, method: ReminderMethod.EMAIL }, undefined),
      );
      expect(err.message).toBe(
        'test/Schedule: invalid responders[1].userId "alice": expected digits (a numeric iLert id); set userId of the user handle test/Own to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
      );
      expect(alice.node.tryFindChild("OnCallReminder")).toBeUndefined();
      expect(alice.node.tryFindChild("LoginEmailContact")).toBeUndefined();
    });

    test("on a responder without a contact, before declaring any reminder", () => {
      const stack = new TerraformStack(Testing.app(), "test");
      const [alice] = team(stack);
      const unknown = User.fromId(stack, "Dave", "9");
      expect(() =>
        remindResponders(new Construct(stack, "Schedule"), [alice, unknown], { beforeMin: 60, method: ReminderMethod.EMAIL }, undefined),
      ).toThrow(
        "test/Schedule: missing contacts: expected an email contact for method EMAIL for responder test/Dave (no email is known for user test/Dave)",
      );
      expect(alice.node.children).toEqual([]);
    });

    test("on an id with a slash", () => {
      expect(failure((stack) => remind(stack, team, { id: "a/b" }))).toBe(
        'test/Schedule: invalid id "a/b": expected a construct id without "/"; e.g. "EmailReminder"',
      );
    });
  });

  // A second remindResponders under the same id reuses the first reminder only when everything matches.
  describe("reuses a reminder only if method, minutes and contact all match", () => {
    const fix = 'to remind the same users a second way, give this reminder another id, e.g. id: "EmailReminder"';
    function twice(first: Partial<RemindRespondersOptions>, second: Partial<RemindRespondersOptions>): string {
      return failure((stack) => {
        const alice = User.fromId(stack, "Alice", "40");
        remindResponders(new Construct(stack, "Schedule"), [alice], { beforeMin: 60, method: ReminderMethod.SMS, ...first }, undefined);
        remindResponders(new Construct(stack, "Policy"), [alice], { beforeMin: 60, method: ReminderMethod.SMS, ...second }, undefined);
      });
    }

    test("not when only the minutes differ", () => {
      expect(twice({ method: ReminderMethod.PUSH }, { method: ReminderMethod.PUSH, beforeMin: 15 })).toBe(
        `test/Policy: invalid id "OnCallReminder": expected an id not yet used under test/Alice, which has test/Alice/OnCallReminder (PUSH 60 minutes before), not PUSH 15 minutes before; ${fix}`,
      );
    });

    test("not when only the method differs", () => {
      expect(
        failure((stack) => {
          const alice = User.fromId(stack, "Alice", "40");
          const contacts = [{ user: alice, contact: ReminderContact.existing("7") }];
          remindResponders(new Construct(stack, "Schedule"), [alice], { beforeMin: 60, method: ReminderMethod.SMS, contacts }, undefined);
          remindResponders(
            new Construct(stack, "Policy"),
            [alice],
            { beforeMin: 60, method: ReminderMethod.WHATSAPP, contacts },
            undefined,
          );
        }),
      ).toBe(
        `test/Policy: invalid id "OnCallReminder": expected an id not yet used under test/Alice, which has test/Alice/OnCallReminder (SMS 60 minutes before, to contact 7), not WHATSAPP 60 minutes before, to contact 7; ${fix}`,
      );
    });

    test("not when only the contact differs", () => {
      expect(
        failure((stack) => {
          const alice = User.fromId(stack, "Alice", "40");
          const remind = (owner: string, id: string) =>
            remindResponders(
              new Construct(stack, owner),
              [alice],
              { beforeMin: 60, method: ReminderMethod.SMS, contacts: [{ user: alice, contact: ReminderContact.existing(id) }] },
              undefined,
            );
          remind("Schedule", "7");
          remind("Policy", "8");
        }),
      ).toBe(
        `test/Policy: invalid id "OnCallReminder": expected an id not yet used under test/Alice, which has test/Alice/OnCallReminder (SMS 60 minutes before, to contact 7), not SMS 60 minutes before, to contact 8; ${fix}`,
      );
    });

    test("but when all match, the first reminder is returned, with an equal contact", () => {
      synth((stack) => {
        const alice = User.fromId(stack, "Alice", "40");
        const remind = (owner: string) =>
          remindResponders(
            new Construct(stack, owner),
            [alice],
            { beforeMin: 60, method: ReminderMethod.SMS, contacts: [{ user: alice, contact: ReminderContact.existing("7") }] },
            undefined,
          );
        expect(remind("Policy")[0]).toBe(remind("Schedule")[0]);
      });
    });

    test("never when the id is taken by another construct", () => {
      expect(
        failure((stack) => {
          const alice = User.fromId(stack, "Alice", "40");
          new Construct(alice, "OnCallReminder");
          remindResponders(new Construct(stack, "Policy"), [alice], { beforeMin: 60, method: ReminderMethod.PUSH }, undefined);
        }),
      ).toBe(
        `test/Policy: invalid id "OnCallReminder": expected an id not yet used under test/Alice, which has test/Alice/OnCallReminder, not PUSH 60 minutes before; ${fix}`,
      );
    });
  });

  test("the given id names each reminder", () => {
    synth((stack) => {
      expect(remind(stack, team, { id: "Early" }).map((r) => r.node.id)).toEqual(["Early", "Early", "Early"]);
    });
  });

  test("options.ilertProvider wins over the owner's provider", () => {
    const { tf } = synth((stack) => {
      const eu = new IlertProvider(stack, "Eu", { alias: "eu" });
      const us = new IlertProvider(stack, "Us", { alias: "us" });
      remindResponders(
        new Construct(stack, "Schedule"),
        team(stack),
        { beforeMin: 60, method: ReminderMethod.PUSH, ilertProvider: us },
        eu,
      );
    });
    expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((r) => r.provider)).toEqual(["ilert.us", "ilert.us", "ilert.us"]);
  });

  test("fails on contacts that are not a list, or an entry that is not an object", () => {
    expect(failure((stack) => remind(stack, team, { contacts: "x" as never }))).toBe(
      'test/Schedule: invalid contacts "x": expected a list; pass a list of { user, contact }',
    );
    expect(failure((stack) => remind(stack, team, { contacts: [null as never] }))).toBe(
      "test/Schedule: invalid contacts[0] null: expected { user: IUser, contact: ReminderContact }; pass { user, contact }",
    );
    expect(failure((stack) => remind(stack, team, { contacts: ["alice" as never] }))).toBe(
      'test/Schedule: invalid contacts[0] "alice": expected { user: IUser, contact: ReminderContact }; pass { user, contact }',
    );
    expect(
      failure((stack) => remind(stack, team, { contacts: [{ user: "alice", contact: ReminderContact.existing("1") } as never] })),
    ).toBe('test/Schedule: invalid contacts[0].user "alice": expected a user handle; pass a User, or User.fromId / User.fromEmail');
  });

  test("fails on a responder list entry that is not a user handle", () => {
    expect(failure((stack) => remind(stack, (s) => [...team(s), "bob" as never]))).toMatch(
      /^test\/Schedule: invalid responders\[3\] "bob": /,
    );
  });
});
