import * as fc from "fast-check";
import { isOverLoginEmailLength, loginEmail, MAX_LOGIN_EMAIL_BYTES } from "../../app/login-email";
import { fcRuns } from "../helpers/terraform-literal";

const LENGTH_MESSAGE = "an email address of at most 255 bytes (UTF-8)";
const email = (bytes: number) => `${"a".repeat(bytes - "@example.com".length)}@example.com`;
const issues = (value: string) => {
  const result = loginEmail.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ code: i.code, message: i.message }));
};

describe("loginEmail (app/login-email.ts)", () => {
  test("takes 255 bytes, as iLert does", () => {
    expect(MAX_LOGIN_EMAIL_BYTES).toBe(255);
    expect(issues(email(255))).toEqual([]);
  });

  test("refuses 256 bytes for the length alone", () => {
    expect(issues(email(256))).toEqual([{ code: "custom", message: LENGTH_MESSAGE }]);
  });

  test("counts bytes, not characters: 128 two-byte characters are 256 bytes", () => {
    expect(isOverLoginEmailLength("é".repeat(127) + "a")).toBe(false);
    expect(isOverLoginEmailLength("é".repeat(128))).toBe(true);
  });

  test("a text within the length that is no email is refused as no email", () => {
    expect(issues("bob")).toEqual([{ code: "invalid_string", message: "Invalid email" }]);
  });

  test("any text gets at most one issue, the length's exactly when it is over 255 bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", minLength: 60, maxLength: 200 })), (value) => {
        const found = issues(value);
        expect(found.length).toBeLessThanOrEqual(1);
        expect(found.some((i) => i.message === LENGTH_MESSAGE)).toBe(Buffer.byteLength(value, "utf8") > 255);
      }),
      { numRuns: fcRuns(2000) },
    );
  });
});
