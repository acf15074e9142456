import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { CheckRule, formatFinding } from "../../constructs/checks/check-rule";

test("formatFinding: the rule id, the construct path and the message", () => {
  const rule: CheckRule = { id: "ILDD-E9", level: "error", check: () => [] };
  const construct = new Construct(new TerraformStack(Testing.app(), "eu"), "url");
  expect(formatFinding(rule, { construct, message: "invalid output value" })).toBe("[ILDD-E9] invalid output value"); // cdktf prints the path before it
});
