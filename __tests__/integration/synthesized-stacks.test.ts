import * as fc from "fast-check";
import { escapeTerraformTemplate, fromTerraformString } from "../../constructs";

describe("fromTerraformString", () => {
  test("undoes Terraform's template escapes, keeping references", () => {
    expect(fromTerraformString("$${var.x} %%{ if y } ${ilert_user.a.id} $$$${")).toBe("${var.x} %{ if y } ${ilert_user.a.id} $$${");
  });

  test("is the inverse of escapeTerraformTemplate for any user text (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("$", "%", "{", "}", "a", " ") });
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => expect(fromTerraformString(escapeTerraformTemplate(s))).toBe(s)));
  });
});
