import { MonitorTransition } from "../../constructs";

describe("MonitorTransition", () => {
  test("the Datadog conditionals, and the name that closes each block; only custom() ones are marked custom", () => {
    expect(MonitorTransition.values().map((t) => [t.value, t.blockName, t.isCustom])).toEqual([
      ["is_alert", "is_alert", false],
      ["is_warning", "is_warning", false],
      ["is_no_data", "is_no_data", false],
      ["is_recovery", "is_recovery", false],
    ]);
    const custom = MonitorTransition.custom("is_priority 'P1'");
    expect([custom.value, custom.blockName, custom.isCustom]).toEqual(["is_priority 'P1'", "is_priority", true]);
  });
});
