import { ReminderMethod, ReminderMethodContactKind } from "../../../constructs";

describe("ReminderMethod", () => {
  test("the contact kind each method sends to; an escape-hatch value's is unknown", () => {
    expect(ReminderMethod.values().map((m) => [m.value, m.contactKind])).toEqual([
      ["EMAIL", ReminderMethodContactKind.EMAIL],
      ["SMS", ReminderMethodContactKind.PHONE],
      ["PUSH", ReminderMethodContactKind.NONE],
      ["WHATSAPP", ReminderMethodContactKind.PHONE],
      ["TELEGRAM", ReminderMethodContactKind.PHONE],
    ]);
    const custom = ReminderMethod.custom("VOICE");
    expect([custom.value, custom.contactKind, custom.isCustom]).toEqual(["VOICE", undefined, true]);
    expect(Object.values(ReminderMethodContactKind)).toEqual(["email", "phone", "none"]);
  });
});
