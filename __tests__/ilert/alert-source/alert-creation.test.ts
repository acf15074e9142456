import { AlertCreation } from "../../../constructs";

describe("AlertCreation", () => {
  test("needsGroupingWindow: exactly the two grouping modes", () => {
    expect(AlertCreation.values().filter((c) => c.needsGroupingWindow)).toEqual([
      AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW,
      AlertCreation.INTELLIGENT_GROUPING,
    ]);
    // An escape-hatch value is not judged, even one spelled like a grouping mode.
    expect(AlertCreation.custom("INTELLIGENT_GROUPING").needsGroupingWindow).toBe(false);
  });
});
