import { Token } from "cdktf";
import { escapeTerraformTemplate } from "../../constructs";

describe("escapeTerraformTemplate", () => {
  test.each([
    ["plain text", "plain text"],
    ["${var.secret}", "$${var.secret}"],
    ["%{ if true }x%{ endif }", "%%{ if true }x%%{ endif }"],
    ["$${already}", "$$${already}"],
    ["$EVENT_MSG costs $5 {braces}", "$EVENT_MSG costs $5 {braces}"],
    ["a${b}c%{d}e", "a$${b}c%%{d}e"],
    ["", ""],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeTerraformTemplate(input)).toBe(expected);
  });

  test("keeps cdktf token markers so references still resolve", () => {
    const ref = Token.asString({ resolve: () => "${ilert_team.x.id}" });
    expect(escapeTerraformTemplate(`id=${ref} and \${literal}`)).toBe(`id=${ref} and $\${literal}`);
  });

  test('writes a "$" right before a reference as ${"$"} so the reference is not escaped', () => {
    const ref = Token.asString({ resolve: () => "${ilert_team.x.id}" });
    expect(escapeTerraformTemplate(`cost: $${ref}`)).toBe(`cost: \${"$"}${ref}`);
  });
});
