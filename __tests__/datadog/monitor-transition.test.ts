import { MonitorTransition } from "../../constructs";

describe("MonitorTransition", () => {
  test("the Datadog conditionals, and the name that closes each block", () => {
    expect(MonitorTransition.values().map((t) => [t.value, t.blockName])).toEqual([
      ["is_alert", "is_alert"],
      ["is_warning", "is_warning"],
      ["is_no_data", "is_no_data"],
      ["is_recovery", "is_recovery"],
    ]);
    expect(MonitorTransition.custom("is_priority 'P1'").blockName).toBe("is_priority");
  });
});
