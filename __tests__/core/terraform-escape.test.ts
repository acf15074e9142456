import * as fc from "fast-check";
import { Token } from "cdktf";
import { escapeTerraformTemplate, fromTerraformString } from "../../constructs/core/terraform-escape";

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

describe("fromTerraformString", () => {
  test("undoes Terraform's template escapes, keeping references", () => {
    expect(fromTerraformString("$${var.x} %%{ if y } ${ilert_user.a.id} $$$${")).toBe("${var.x} %{ if y } ${ilert_user.a.id} $$${");
  });

  test("is the inverse of escapeTerraformTemplate for any user text (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("$", "%", "{", "}", "a", " ") });
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => expect(fromTerraformString(escapeTerraformTemplate(s))).toBe(s)));
  });
});
