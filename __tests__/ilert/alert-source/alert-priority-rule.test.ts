import { AlertPriorityRule } from "../../../constructs";

describe("AlertPriorityRule", () => {
  test("needsSupportHours: exactly the two rules that depend on support hours", () => {
    expect(AlertPriorityRule.values().map((r) => [r.value, r.needsSupportHours])).toEqual([
      ["HIGH", false],
      ["LOW", false],
      ["HIGH_DURING_SUPPORT_HOURS", true],
      ["LOW_DURING_SUPPORT_HOURS", true],
    ]);
    expect(AlertPriorityRule.custom("HIGH_DURING_SUPPORT_HOURS").needsSupportHours).toBe(false);
  });
});
