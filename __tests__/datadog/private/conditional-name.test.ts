import { conditionalName } from "../../../constructs/datadog/private/conditional-name";

describe("conditionalName", () => {
  test.each([
    ["is_alert_recovery", "is_alert_recovery"],
    ['  is_match "env" "prod"', "is_match"],
    ["is_exact_match\t'host' 'a b'", "is_exact_match"],
    ["", ""],
  ])("conditionalName(%j) is %j", (conditional, name) => {
    expect(conditionalName(conditional)).toBe(name);
  });
});
