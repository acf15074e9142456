import {
  AlertCreation,
  AlertGroupingWindow,
  AlertPriority,
  AlertPriorityRule,
  AutoResolutionTimeout,
  DayOfWeek,
  DowntimeNotifyEndState,
  DowntimeNotifyEndType,
  MonitorTransition,
  ProviderEnum,
  ReminderMethod,
  SupportStatus,
  TeamMemberRole,
  TeamVisibility,
  UserLanguage,
  UserRole,
} from "../../constructs";
import { ProviderEnumClass } from "../../constructs/core/provider-enum";
import { Fruit } from "../helpers/provider-enum";

// Every enum-like class of the public API, with the values of its constants in declaration order.
type EnumClass = ProviderEnumClass<ProviderEnum> & Pick<typeof ProviderEnum, "values" | "lookup"> & { custom(value: string): ProviderEnum };
const CLASSES: [EnumClass, string[]][] = [
  [
    AlertCreation,
    [
      "ONE_ALERT_PER_EMAIL",
      "ONE_ALERT_PER_EMAIL_SUBJECT",
      "ONE_PENDING_ALERT_ALLOWED",
      "ONE_OPEN_ALERT_ALLOWED",
      "OPEN_RESOLVE_ON_EXTRACTION",
      "ONE_ALERT_GROUPED_PER_WINDOW",
      "INTELLIGENT_GROUPING",
    ],
  ],
  [AlertGroupingWindow, ["PT2M", "PT5M", "PT15M", "PT30M", "PT1H", "PT2H", "PT4H", "PT8H", "PT12H", "PT24H"]],
  [AlertPriority, ["HIGH", "LOW"]],
  [AlertPriorityRule, ["HIGH", "LOW", "HIGH_DURING_SUPPORT_HOURS", "LOW_DURING_SUPPORT_HOURS"]],
  [
    AutoResolutionTimeout,
    ["PT10M", "PT20M", "PT30M", "PT40M", "PT50M", "PT60M", "PT90M", "PT2H", "PT3H", "PT4H", "PT5H", "PT6H", "PT12H", "PT24H"],
  ],
  [DayOfWeek, ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]],
  [DowntimeNotifyEndState, ["alert", "no data", "warn"]],
  [DowntimeNotifyEndType, ["canceled", "expired"]],
  [MonitorTransition, ["is_alert", "is_warning", "is_no_data", "is_recovery"]],
  [ReminderMethod, ["EMAIL", "SMS", "PUSH", "WHATSAPP", "TELEGRAM"]],
  [SupportStatus, ["DURING", "OUTSIDE"]],
  [TeamMemberRole, ["ADMIN", "USER", "RESPONDER", "STAKEHOLDER", "VIEWER"]],
  [TeamVisibility, ["PUBLIC", "PRIVATE"]],
  [UserLanguage, ["en", "de"]],
  [UserRole, ["ADMIN", "USER", "RESPONDER", "STAKEHOLDER", "GUEST", "VIEWER"]],
];

describe("values", () => {
  test.each(CLASSES)("lists the constants of %p in declaration order", (cls, values) => {
    const constants = cls.values();
    expect(constants.map((c) => c.value)).toEqual(values);
    // Exactly the class's static constants.
    expect(constants).toEqual(Object.values(cls).filter((v) => v instanceof cls));
  });

  test("is typed by the class it is called on", () => {
    const creation: AlertCreation[] = AlertCreation.values();
    expect(creation[0]).toBe(AlertCreation.ONE_ALERT_PER_EMAIL);
  });

  test("does not list custom values, nor anything on the base class", () => {
    ReminderMethod.custom("CARRIER_PIGEON");
    expect(ReminderMethod.values().map((m) => m.value)).not.toContain("CARRIER_PIGEON");
    expect(ProviderEnum.values()).toEqual([]);
  });

  test("lists the class's own constants only, not its other statics (a string, another class's constant)", () => {
    expect(Fruit.values()).toEqual([Fruit.APPLE, Fruit.PEAR]);
  });
});

describe("lookup", () => {
  test.each(CLASSES)("finds each constant of %p by its value", (cls) => {
    for (const constant of cls.values()) expect(cls.lookup(constant.value)).toBe(constant);
  });

  test("finds a constant whose name differs from its value, typed by the class", () => {
    const timeout: AutoResolutionTimeout | undefined = AutoResolutionTimeout.lookup("PT2H");
    expect(timeout).toBe(AutoResolutionTimeout.HOURS_2);
    expect(AlertCreation.lookup("ONE_ALERT_PER_EMAIL")).toBe(AlertCreation.ONE_ALERT_PER_EMAIL);
  });

  test("gives undefined for a value no constant has, or another class's value", () => {
    expect(AlertCreation.lookup("one_alert_per_email")).toBeUndefined();
    expect(TeamVisibility.lookup("ADMIN")).toBeUndefined();
    // Fruit.PRIORITY is AlertPriority.HIGH: not a Fruit.
    expect(Fruit.lookup("HIGH")).toBeUndefined();
  });
});

describe("custom", () => {
  // isCustom is how the library's checks tell a value of a newer provider from a known constant.
  test.each(CLASSES)("custom() of %p makes an instance of the class marked isCustom; its constants are not", (cls) => {
    const custom = cls.custom("NEWER_VALUE");
    expect([custom instanceof cls, custom.value, custom.isCustom]).toEqual([true, "NEWER_VALUE", true]);
    expect(cls.values().filter((c) => c.isCustom)).toEqual([]);
  });
});
