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

  test("the provider values, in declaration order", () => {
    expect(AlertCreation.values().map(String)).toEqual([
      "ONE_ALERT_PER_EMAIL",
      "ONE_ALERT_PER_EMAIL_SUBJECT",
      "ONE_PENDING_ALERT_ALLOWED",
      "ONE_OPEN_ALERT_ALLOWED",
      "OPEN_RESOLVE_ON_EXTRACTION",
      "ONE_ALERT_GROUPED_PER_WINDOW",
      "INTELLIGENT_GROUPING",
    ]);
  });
});
