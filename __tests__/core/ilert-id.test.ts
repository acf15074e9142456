import * as fc from "fast-check";
import { DefaultTokenResolver, StringConcat, Testing, TerraformStack, Token, Tokenization } from "cdktf";
import { checkIlertId, idAsNumber, MAX_ILERT_ID, MAX_NUMERIC_ILERT_ID } from "../../constructs/core/ilert-id";
import { thrown } from "../helpers/synth";
import { fcRuns } from "../helpers/terraform-literal";

const scope = new TerraformStack(Testing.app(), "test");

describe("checkIlertId", () => {
  test("accepts digits from 1 to int64's maximum, and returns them", () => {
    expect(checkIlertId(scope, "userId", "1")).toBe("1");
    expect(checkIlertId(scope, "userId", "9223372036854775807")).toBe("9223372036854775807");
    expect(MAX_ILERT_ID).toBe(2n ** 63n - 1n);
  });

  test("lets a token pass (known only at apply time)", () => {
    const token = Token.asString({ Ref: "x" });
    expect(checkIlertId(scope, "userId", token)).toBe(token);
  });

  test.each([
    ["a name", "alice"],
    ["zero", "0"],
    ["a leading zero", "0123"],
    ["a negative number", "-5"],
    ["spaces", " 42"],
    ["an empty string", ""],
    ["twenty digits", "12345678901234567890"],
    ["null", null],
  ])("refuses %s, with the default fix", (_label, value) => {
    expect(thrown(() => checkIlertId(scope, "userId", value)).message).toBe(
      `test: invalid userId ${JSON.stringify(value)}: expected digits (a numeric iLert id); use the numeric id shown in the object's iLert URL, e.g. "1234", or look the object up by name instead`,
    );
  });

  test("refuses an id above int64's range, naming the range", () => {
    expect(thrown(() => checkIlertId(scope, "teamId", "9223372036854775808", "check the id")).message).toBe(
      'test: invalid teamId "9223372036854775808": expected an iLert id from 1 to 9223372036854775807 (the provider reads ids as 64-bit integers); check the id',
    );
  });

  test("tells a JavaScript caller who passed a number to pass a string", () => {
    expect(thrown(() => checkIlertId(scope, "userId", 1234)).message).toBe(
      'test: invalid userId 1234: expected a string of digits (a numeric iLert id); pass the id as a string: "1234"',
    );
  });

  test("property: a string of digits passes exactly when it is an integer from 1 to int64's maximum", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -10n, max: 2n ** 66n }), (n) => {
        const valid = n >= 1n && n <= MAX_ILERT_ID;
        const check = () => checkIlertId(scope, "id", String(n));
        if (valid) expect(check()).toBe(String(n));
        else expect(check).toThrow(/^test: invalid id /);
      }),
      { numRuns: fcRuns(200) },
    );
  });
});

describe("idAsNumber", () => {
  test("converts an id up to Number.MAX_SAFE_INTEGER exactly", () => {
    expect(idAsNumber(scope, "teams[0].teamId", "42")).toBe(42);
    expect(idAsNumber(scope, "teams[0].teamId", "9007199254740991")).toBe(MAX_NUMERIC_ILERT_ID);
  });

  test("keeps a token a reference", () => {
    const token = Token.asString({ Ref: "x" });
    expect(Token.isUnresolved(idAsNumber(scope, "teams[0].teamId", token))).toBe(true);
  });

  test("gives a one-token id the token's own number form, the same on every call (no new token per use)", () => {
    const resolvable = { resolve: () => "${ilert_team.t.id}" };
    const id = Token.asString(resolvable);
    const first = idAsNumber(scope, "teams[0].teamId", id);
    expect(idAsNumber(scope, "teams[1].teamId", id)).toBe(first);
    expect(first).toBe(Token.asNumber(resolvable));
  });

  test("keeps the whole of an id made of a token and more: another token, or text", () => {
    const resolve = (value: unknown) =>
      Tokenization.resolve(value, { scope, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
    const [a, b] = ["a", "b"].map((name) => Token.asString({ resolve: () => `\${ilert_team.${name}.id}` }));
    expect([resolve(idAsNumber(scope, "teamId", `${a}${b}`)), resolve(idAsNumber(scope, "teamId", `1${a}`))]).toEqual([
      "${ilert_team.a.id}${ilert_team.b.id}",
      "1${ilert_team.a.id}",
    ]);
  });

  test("refuses an id JavaScript would round to another id, naming the range", () => {
    expect(thrown(() => idAsNumber(scope, "teams[0].teamId", "9007199254740993", "check the id")).message).toBe(
      'test: invalid teams[0].teamId "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); check the id',
    );
  });

  test("checks the id first", () => {
    expect(thrown(() => idAsNumber(scope, "contact.contactId", "primary")).message).toBe(
      'test: invalid contact.contactId "primary": expected digits (a numeric iLert id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
    );
  });

  test("property: an id converts exactly when it is at most Number.MAX_SAFE_INTEGER, and is refused above", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: MAX_ILERT_ID }), (n) => {
        const convert = () => idAsNumber(scope, "id", String(n));
        if (n <= BigInt(MAX_NUMERIC_ILERT_ID)) expect(BigInt(convert())).toBe(n);
        else expect(convert).toThrow(/expected an iLert id from 1 to 9007199254740991 here/);
      }),
      { numRuns: fcRuns(200) },
    );
  });
});
