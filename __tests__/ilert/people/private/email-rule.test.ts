import { TerraformStack, Testing } from "cdktf";
import { checkString } from "../../../../constructs/core/validate";
import { emailRule } from "../../../../constructs/ilert/people/private/email-rule";
import { thrown } from "../../../helpers/synth";

describe("emailRule", () => {
  const stack = new TerraformStack(Testing.app(), "test");
  const check = (value: string): void => checkString(stack, "email", value, emailRule("use the login email"));

  test("takes an address with one @ and no spaces, up to the provider's 255 bytes", () => {
    expect(() => check("a@b")).not.toThrow();
    expect(() => check(`${"a".repeat(251)}@b.c`)).not.toThrow();
  });

  test.each(["no-at", "a b@c.de", "@b.c", "a@", "a@b@c"])("refuses %j with the fix it is given", (value) => {
    expect(thrown(() => check(value)).message).toBe(
      `test: invalid email ${JSON.stringify(value)}: expected an email address, 1-255 bytes (UTF-8); use the login email`,
    );
  });

  test("refuses an address over 255 bytes", () => {
    expect(thrown(() => check(`${"a".repeat(252)}@b.c`)).message).toBe(
      `test: invalid email "${"a".repeat(60)}..." (256 characters): expected an email address, 1-255 bytes (UTF-8); use the login email`,
    );
  });
});
