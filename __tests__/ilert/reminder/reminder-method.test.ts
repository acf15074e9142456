import { ReminderMethod } from "../../../constructs";

describe("ReminderMethod", () => {
  test("the contact kind each method sends to; an escape-hatch value's is unknown", () => {
    expect(ReminderMethod.values().map((m) => [m.value, m.contactKind])).toEqual([
      ["EMAIL", "email"],
      ["SMS", "phone"],
      ["PUSH", "none"],
      ["WHATSAPP", "phone"],
      ["TELEGRAM", "phone"],
    ]);
    const custom = ReminderMethod.custom("VOICE");
    expect([custom.value, custom.contactKind, custom.isCustom]).toEqual(["VOICE", undefined, true]);
  });
});
