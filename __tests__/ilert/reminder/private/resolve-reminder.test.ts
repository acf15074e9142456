import { Testing, TerraformStack, Token } from "cdktf";
import { IlertProvider } from "../../../../.gen/providers/ilert/provider";
import { User } from "../../../../constructs/ilert/people/user";
import { ReminderContact } from "../../../../constructs/ilert/reminder/reminder-contact";
import { ReminderMethod } from "../../../../constructs/ilert/reminder/reminder-method";
import {
  BEFORE_MIN_VALUES,
  checkTiming,
  remindedUser,
  resolveReminder,
} from "../../../../constructs/ilert/reminder/private/resolve-reminder";
import { ownHandle } from "../../../helpers/handles";
import { thrown } from "../../../helpers/synth";

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), "test");
}

describe("resolveReminder", () => {
  test("checks the props once and resolves the contact: EMAIL to the user's known email", () => {
    const s = stack();
    const alice = User.fromId(s, "Alice", "41", { email: "alice@example.com" });
    const resolved = resolveReminder(s, { user: alice, beforeMin: 15, method: ReminderMethod.EMAIL });
    expect(resolved.reminded).toEqual({ user: alice, id: 41 });
    expect(resolved.beforeMin).toBe(15);
    expect(String(resolved.contact)).toBe("email alice@example.com");
    expect(resolved.ilertProvider).toBeUndefined();
  });

  test("keeps the given provider, minutes and method", () => {
    const s = stack();
    const provider = new IlertProvider(s, "Eu", { alias: "eu" });
    const resolved = resolveReminder(s, {
      user: User.fromId(s, "Bob", "42"),
      beforeMin: 0,
      method: ReminderMethod.PUSH,
      ilertProvider: provider,
    });
    expect([resolved.ilertProvider, resolved.beforeMin, resolved.method, resolved.contact]).toEqual([
      provider,
      0,
      ReminderMethod.PUSH,
      undefined,
    ]);
  });

  test("refuses props that are not an object", () => {
    expect(thrown(() => resolveReminder(stack(), "PUSH" as any)).message).toBe(
      'test: invalid props "PUSH": expected an object; pass { user, beforeMin, method }',
    );
  });

  test("checks the given contact before resolving it", () => {
    const s = stack();
    const user = User.fromId(s, "Bob", "42");
    expect(
      thrown(() => resolveReminder(s, { user, beforeMin: 0, method: ReminderMethod.SMS, contact: { kind: "phone" } as any })).message,
    ).toBe(
      'test: invalid contact {"kind":"phone"}: expected a ReminderContact; use ReminderContact.email(...), ReminderContact.phone(...) or ReminderContact.existing(...)',
    );
    const existing = ReminderContact.existing("3");
    expect(resolveReminder(s, { user, beforeMin: 0, method: ReminderMethod.SMS, contact: existing }).contact).toBe(existing);
  });
});

describe("remindedUser", () => {
  test("gives the id user { id } takes; a token stays a reference", () => {
    const s = stack();
    expect(remindedUser(s, "user", User.fromId(s, "Bob", "42")).id).toBe(42);
    expect(Token.isUnresolved(remindedUser(s, "user", User.fromEmail(s, "Carol", "carol@example.com")).id)).toBe(true);
  });

  test("refuses a user-implemented handle whose email is not a string", () => {
    const s = stack();
    expect(thrown(() => remindedUser(s, "responders[0]", ownHandle(s, "Own", { userId: "7", email: 7 }))).message).toBe(
      "test: invalid responders[0].email 7: expected an email address, 1-255 bytes (UTF-8); set the handle's email to the user's login email, or leave it unset",
    );
  });
});

describe("checkTiming", () => {
  test("accepts each minute value iLert offers, and checks the method first", () => {
    for (const beforeMin of BEFORE_MIN_VALUES)
      expect(() => checkTiming(stack(), { beforeMin, method: ReminderMethod.EMAIL })).not.toThrow();
    expect(BEFORE_MIN_VALUES).toEqual([0, 15, 30, 60, 180, 360, 720, 1440]);
    expect(thrown(() => checkTiming(stack(), { beforeMin: 5, method: undefined as never })).message).toBe(
      "test: missing method: expected a ReminderMethod; e.g. ReminderMethod.PUSH or ReminderMethod.EMAIL",
    );
    expect(thrown(() => checkTiming(stack(), { beforeMin: 60, method: "PUSH" as never })).message).toMatch(
      /^test: invalid method "PUSH": /,
    );
    expect(() => checkTiming(stack(), { beforeMin: 60, method: ReminderMethod.custom("VOICE") })).not.toThrow();
  });

  test("lets a token pass, and refuses minutes iLert does not offer", () => {
    expect(() => checkTiming(stack(), { beforeMin: Token.asNumber({ Ref: "m" }), method: ReminderMethod.PUSH })).not.toThrow();
    expect(thrown(() => checkTiming(stack(), { beforeMin: 5, method: ReminderMethod.PUSH })).message).toBe(
      "test: invalid beforeMin 5: expected one of 0, 15, 30, 60, 180, 360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest",
    );
  });
});
