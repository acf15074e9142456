import { MonitorTransition } from "../../constructs";
import { conditionalName } from "../../constructs/datadog/monitor-transition";

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

  test.each([
    ["is_alert_recovery", "is_alert_recovery"],
    ['  is_match "env" "prod"', "is_match"],
    ["is_exact_match\t'host' 'a b'", "is_exact_match"],
    ["", ""],
  ])("conditionalName(%j) is %j", (conditional, name) => {
    expect(conditionalName(conditional)).toBe(name);
  });
});
