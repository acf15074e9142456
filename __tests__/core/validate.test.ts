import { Testing, TerraformStack, Token } from "cdktf";
import { IlertDatadogValidationError } from "../../constructs/core/errors";
import {
  checkArray,
  checkInstance,
  checkInteger,
  checkKeys,
  checkOptionalBoolean,
  checkOptionalInteger,
  checkOptionalString,
  checkProps,
  checkString,
  checkTimezone,
  fail,
  isUnresolved,
  Struct,
} from "../../constructs/core/validate";
import { thrown } from "../helpers/synth";

class Apple {
  private constructor(public readonly kind: string) {}
  public static red(): Apple {
    return new Apple("red");
  }
}

class Pear {}

describe("checkInstance", () => {
  const scope = new TerraformStack(Testing.app(), "test");

  test("returns an instance, typed", () => {
    const apple = Apple.red();
    expect(checkInstance(scope, "fruit", apple, Apple, "use Apple.red()").kind).toBe("red");
  });

  test("refuses a look-alike object, saying a/an before the class name", () => {
    expect(thrown(() => checkInstance(scope, "fruit", { kind: "red" }, Apple, "use Apple.red()")).message).toBe(
      'test: invalid fruit {"kind":"red"}: expected an Apple; use Apple.red()',
    );
    expect(thrown(() => checkInstance(scope, "fruit", "pear", Pear, "use new Pear()")).message).toBe(
      'test: invalid fruit "pear": expected a Pear; use new Pear()',
    );
  });

  test("takes another wording of what is accepted, and a function name as scope", () => {
    expect(thrown(() => checkInstance("makeSalad", "fruit", undefined, Pear, "pass a pear", "a Pear or a Pear-like fruit")).message).toBe(
      "makeSalad: missing fruit: expected a Pear or a Pear-like fruit; pass a pear",
    );
  });
});

// Each check below is pinned by its exact message, at and around its limits, for tokens (skipped)
// and for values of the wrong JavaScript type: the cases mutation testing found unpinned.
describe("check helpers", () => {
  const scope = new TerraformStack(Testing.app(), "v");
  const message = (fn: () => unknown) => thrown(fn).message;
  const token = Token.asString({ Ref: "x" });
  const numberToken = Token.asNumber({ Ref: "n" });

  describe("isUnresolved", () => {
    test("is true only for tokens", () => {
      expect(isUnresolved(token)).toBe(true);
      expect(isUnresolved(numberToken)).toBe(true);
      expect(isUnresolved("plain")).toBe(false);
      expect(isUnresolved(undefined)).toBe(false);
      expect(isUnresolved(null)).toBe(false);
    });
  });

  describe("fail", () => {
    test("throws the library's error with every part of the problem", () => {
      const error = thrown(() => fail(scope, "size", 3, "1 or 2", "pick one")) as IlertDatadogValidationError;
      expect(error).toBeInstanceOf(IlertDatadogValidationError);
      expect(error.message).toBe("v: invalid size 3: expected 1 or 2; pick one");
      expect([error.prop, error.received, error.accepted, error.fix, error.constructPath]).toEqual(["size", 3, "1 or 2", "pick one", "v"]);
    });
  });

  describe("checkString", () => {
    const rule = { maxLength: 5, fix: "shorten it" };
    test("accepts 1 to maxLength bytes, counted in UTF-8", () => {
      expect(() => checkString(scope, "p", "a", rule)).not.toThrow();
      expect(() => checkString(scope, "p", "abcde", rule)).not.toThrow();
      expect(() => checkString(scope, "p", "ä€", rule)).not.toThrow(); // 2 + 3 bytes
      expect(message(() => checkString(scope, "p", "abcdef", rule))).toBe(
        'v: invalid p "abcdef": expected a string of 1-5 bytes (UTF-8); shorten it',
      );
      expect(message(() => checkString(scope, "p", "ää€", rule))).toBe(
        'v: invalid p "ää€": expected a string of 1-5 bytes (UTF-8); shorten it',
      );
      expect(message(() => checkString(scope, "p", "", rule))).toBe('v: invalid p "": expected a string of 1-5 bytes (UTF-8); shorten it');
    });

    test("without maxLength: a non-empty string, or at least minLength bytes", () => {
      expect(() => checkString(scope, "p", "a", { fix: "f" })).not.toThrow();
      expect(message(() => checkString(scope, "p", "", { fix: "f" }))).toBe('v: invalid p "": expected a non-empty string; f');
      expect(() => checkString(scope, "p", "ab", { minLength: 2, fix: "f" })).not.toThrow();
      expect(message(() => checkString(scope, "p", "a", { minLength: 2, fix: "f" }))).toBe(
        'v: invalid p "a": expected a non-empty string of at least 2 bytes; f',
      );
      expect(() => checkString(scope, "p", "", { minLength: 0, fix: "f" })).not.toThrow();
      expect(message(() => checkString(scope, "p", 1, { minLength: 0, fix: "f" }))).toBe("v: invalid p 1: expected a string; f");
      expect(message(() => checkString(scope, "p", 1, { minLength: 0, maxLength: 3, fix: "f" }))).toBe(
        "v: invalid p 1: expected a string of 0-3 bytes (UTF-8); f",
      );
    });

    test("refuses values of other types, naming them", () => {
      expect(message(() => checkString(scope, "p", 42, rule))).toBe("v: invalid p 42: expected a string of 1-5 bytes (UTF-8); shorten it");
      expect(message(() => checkString(scope, "p", undefined, { fix: "f" }))).toBe("v: missing p: expected a non-empty string; f");
      expect(message(() => checkString(scope, "p", null, { fix: "f" }))).toBe("v: invalid p null: expected a non-empty string; f");
    });

    test("with a pattern: the pattern's words (or source), then the length", () => {
      const digits = { pattern: /^[0-9]+$/, patternText: "digits only", fix: "f" };
      expect(() => checkString(scope, "p", "123", digits)).not.toThrow();
      expect(message(() => checkString(scope, "p", "12a", digits))).toBe('v: invalid p "12a": expected digits only; f');
      expect(message(() => checkString(scope, "p", "12a", { pattern: /^[0-9]+$/, fix: "f" }))).toBe(
        'v: invalid p "12a": expected ^[0-9]+$; f',
      );
      expect(message(() => checkString(scope, "p", "123456", { ...digits, maxLength: 5 }))).toBe(
        'v: invalid p "123456": expected digits only, 1-5 bytes (UTF-8); f',
      );
      expect(message(() => checkString(scope, "p", "1", { ...digits, minLength: 2 }))).toBe(
        'v: invalid p "1": expected digits only, at least 2 bytes; f',
      );
    });

    test("skips tokens, even where a pattern or a length would refuse their text", () => {
      expect(() => checkString(scope, "p", token, { pattern: /^[0-9]+$/, maxLength: 2, fix: "f" })).not.toThrow();
    });
  });

  describe("checkOptionalString", () => {
    test("passes undefined, checks anything else", () => {
      expect(() => checkOptionalString(scope, "p", undefined, { fix: "f" })).not.toThrow();
      expect(() => checkOptionalString(scope, "p", "x", { fix: "f" })).not.toThrow();
      expect(message(() => checkOptionalString(scope, "p", null, { fix: "f" }))).toBe("v: invalid p null: expected a non-empty string; f");
      expect(message(() => checkOptionalString(scope, "p", "", { fix: "f" }))).toBe('v: invalid p "": expected a non-empty string; f');
    });
  });

  describe("checkOptionalInteger and checkInteger", () => {
    test("accept integers from min to max, inclusive", () => {
      for (const value of [0, 1, 15]) expect(() => checkOptionalInteger(scope, "n", value, 0, 15, "f")).not.toThrow();
      for (const value of [-1, 16, 1.5, NaN, Infinity, "3", true, null]) {
        expect(thrown(() => checkOptionalInteger(scope, "n", value, 0, 15, "f")).message).toMatch(
          /^v: invalid n .*: expected an integer from 0 to 15; f$/,
        );
      }
      expect(message(() => checkOptionalInteger(scope, "n", 16, 0, 15, "f"))).toBe("v: invalid n 16: expected an integer from 0 to 15; f");
      expect(message(() => checkOptionalInteger(scope, "n", -1, 0, 15, "f"))).toBe("v: invalid n -1: expected an integer from 0 to 15; f");
    });

    test("skip tokens; only checkInteger requires a value", () => {
      expect(() => checkOptionalInteger(scope, "n", numberToken, 0, 1, "f")).not.toThrow();
      expect(() => checkInteger(scope, "n", numberToken, 0, 1, "f")).not.toThrow();
      expect(() => checkOptionalInteger(scope, "n", undefined, 0, 1, "f")).not.toThrow();
      expect(message(() => checkInteger(scope, "n", undefined, 0, 1, "f"))).toBe("v: missing n: expected an integer from 0 to 1; f");
      expect(message(() => checkInteger(scope, "n", 2, 0, 1, "f"))).toBe("v: invalid n 2: expected an integer from 0 to 1; f");
      expect(() => checkInteger(scope, "n", 1, 0, 1, "f")).not.toThrow();
    });
  });

  describe("checkOptionalBoolean", () => {
    test("accepts booleans, undefined and tokens", () => {
      for (const value of [true, false, undefined, Token.asAny({ Ref: "b" })])
        expect(() => checkOptionalBoolean(scope, "b", value)).not.toThrow();
      expect(message(() => checkOptionalBoolean(scope, "b", "true"))).toBe(
        'v: invalid b "true": expected true or false; set b to a boolean',
      );
      expect(message(() => checkOptionalBoolean(scope, "b", null))).toBe("v: invalid b null: expected true or false; set b to a boolean");
    });
  });

  describe("checkArray", () => {
    test("returns the array when it has at least minItems items", () => {
      const list = [1, 2];
      expect(checkArray(scope, "l", list, 2, "f")).toBe(list);
      expect(checkArray(scope, "l", [], 0, "f")).toEqual([]);
    });

    test("names the minimum, in the singular for one", () => {
      expect(message(() => checkArray(scope, "l", [], 1, "f"))).toBe("v: invalid l []: expected a list of at least 1 item; f");
      expect(message(() => checkArray(scope, "l", [1], 2, "f"))).toBe("v: invalid l [1]: expected a list of at least 2 items; f");
      expect(message(() => checkArray(scope, "l", "x", 0, "f"))).toBe('v: invalid l "x": expected a list; f');
      expect(message(() => checkArray(scope, "l", { length: 3 }, 1, "f"))).toBe(
        'v: invalid l {"length":3}: expected a list of at least 1 item; f',
      );
    });
  });

  describe("checkProps", () => {
    const EMPTY: Struct<object> = { name: "Empty", keys: {} };
    test("accepts objects only, naming the prop", () => {
      expect(() => checkProps(scope, {}, EMPTY, "f")).not.toThrow();
      expect(() => checkProps(scope, Object.create(null), EMPTY, "f")).not.toThrow();
      expect(message(() => checkProps(scope, undefined, EMPTY, "f"))).toBe("v: missing props: expected an object; f");
      expect(message(() => checkProps(scope, null, EMPTY, "f"))).toBe("v: invalid props null: expected an object; f");
      expect(message(() => checkProps(scope, [], EMPTY, "f"))).toBe("v: invalid props []: expected an object; f");
      expect(message(() => checkProps(scope, "x", EMPTY, "f", "options"))).toBe('v: invalid options "x": expected an object; f');
    });

    test("and only with the struct's keys", () => {
      expect(message(() => checkProps(scope, { colour: "red" }, EMPTY, "f"))).toBe(
        'v: invalid colour "red": expected a key of Empty: ; remove colour, or use one of those',
      );
    });
  });

  describe("checkKeys", () => {
    interface Rule {
      readonly target: string;
      readonly escalationTimeoutMin: number;
      readonly webhookName?: string;
      readonly repeating?: boolean;
    }
    const RULE: Struct<Rule> = {
      name: "Rule",
      keys: { target: "required", escalationTimeoutMin: "required", webhookName: "optional", repeating: "optional" },
    };
    const check = (value: object, path = "") => checkKeys(scope, path, value, RULE);

    test("accepts the struct's keys, given or not", () => {
      expect(() => check({})).not.toThrow();
      expect(() => check({ target: "t", escalationTimeoutMin: 1, webhookName: "w", repeating: true })).not.toThrow();
      // Symbols are no keys a caller types by mistake.
      expect(() => check({ [Symbol("s")]: 1 })).not.toThrow();
    });

    test("refuses a misspelled optional key: did you mean", () => {
      expect(message(() => check({ target: "t", webhookNam: "payments-pager" }))).toBe(
        'v: invalid webhookNam "payments-pager": expected a key of Rule; did you mean webhookName?',
      );
      // In another case, and at the struct's path.
      expect(message(() => check({ Repeating: true }, "rules[2]"))).toBe(
        "v: invalid rules[2].Repeating true: expected a key of Rule; did you mean repeating?",
      );
    });

    test("a misspelled required key is reported as that key missing, naming the one given", () => {
      expect(message(() => check({ target: "t", escalationTimeoutMn: 15 }, "rules[0]"))).toBe(
        "v: missing rules[0].escalationTimeoutMin: expected escalationTimeoutMin, found escalationTimeoutMn, which Rule does not have; did you mean escalationTimeoutMin?",
      );
      // Given as well: the misspelled one is only extra.
      expect(message(() => check({ target: "t", escalationTimeoutMin: 1, escalationTimeoutMn: 15 }))).toBe(
        "v: invalid escalationTimeoutMn 15: expected a key of Rule; did you mean escalationTimeoutMin?",
      );
    });

    test("a key like none of them: the keys are listed", () => {
      expect(message(() => check({ colour: "red" }))).toBe(
        'v: invalid colour "red": expected a key of Rule: target, escalationTimeoutMin, webhookName, repeating; remove colour, or use one of those',
      );
    });
  });

  describe("checkInstance", () => {
    test("says an before a leading vowel only", () => {
      class Item {}
      class Owl {}
      class BigOwl {}
      expect(message(() => checkInstance(scope, "x", 1, Item, "f"))).toBe("v: invalid x 1: expected an Item; f");
      expect(message(() => checkInstance(scope, "x", 1, BigOwl, "f"))).toBe("v: invalid x 1: expected a BigOwl; f");
      expect(message(() => checkInstance(scope, "x", 1, Owl, "f"))).toBe("v: invalid x 1: expected an Owl; f");
    });
  });

  describe("checkTimezone", () => {
    const accepted = 'expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"';
    test("accepts canonical names, undefined and tokens", () => {
      for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kolkata", undefined, token]) {
        expect(() => checkTimezone(scope, "tz", zone)).not.toThrow();
      }
    });

    test("accepts aliases Intl resolves to another name, as spelled", () => {
      // Not in Intl's canonical list, but names of the tz database (links).
      for (const zone of ["UTC", "Etc/GMT", "US/Pacific"]) expect(() => checkTimezone(scope, "tz", zone)).not.toThrow();
    });

    test("refuses wrong letter case, with the canonical spelling", () => {
      expect(message(() => checkTimezone(scope, "tz", "europe/berlin"))).toBe(
        `v: invalid tz "europe/berlin": ${accepted}; spell it "Europe/Berlin"`,
      );
      expect(message(() => checkTimezone(scope, "tz", "utc"))).toBe(`v: invalid tz "utc": ${accepted}; spell it "UTC"`);
    });

    test("refuses unknown names, empty strings and other types", () => {
      for (const value of ["Europe/Atlantis", "", 1, null]) {
        expect(message(() => checkTimezone(scope, "tz", value))).toBe(
          `v: invalid tz ${JSON.stringify(value)}: ${accepted}; use the tz database name of the zone`,
        );
      }
    });
  });
});
