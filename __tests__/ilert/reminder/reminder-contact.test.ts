import { ReminderContact, ReminderContactKind } from "../../../constructs/ilert/reminder/reminder-contact";

describe("ReminderContact", () => {
  test("its kind is a ReminderContactKind", () => {
    expect(ReminderContact.email("a@example.com").kind).toBe(ReminderContactKind.EMAIL);
    expect(ReminderContact.phone("DE", "+4915112345678").kind).toBe(ReminderContactKind.PHONE);
    expect(ReminderContact.existing("7").kind).toBe(ReminderContactKind.EXISTING);
    expect(Object.values(ReminderContactKind)).toEqual(["email", "phone", "existing"]);
  });

  test("describes itself; equal contacts give equal text", () => {
    expect(String(ReminderContact.email("a@example.com"))).toBe("email a@example.com");
    expect(String(ReminderContact.phone("DE", "+4915112345678"))).toBe("phone DE +4915112345678");
    expect(String(ReminderContact.existing("7"))).toBe("contact 7");
    expect(String(ReminderContact.email("a@example.com"))).toBe(String(ReminderContact.email("a@example.com")));
  });
});
