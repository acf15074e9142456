import { brandUserError, isUserError, UserError } from "../../../constructs/core/private/user-error";

// The brand of user errors (constructs/core/private/user-error.ts). Which classes carry it, and how
// the command prints them: __tests__/cli/user-errors.test.ts.

class Derived extends UserError {}
class Branded extends Error {}
brandUserError(Branded);
class BrandedChild extends Branded {}

describe("user errors", () => {
  test("an error is a user error by its class: derived from UserError, or of a branded class or its subclass", () => {
    expect([new Derived("x"), new Branded("x"), new BrandedChild("x")].map(isUserError)).toEqual([true, true, true]);
  });

  test("anything else is not: a plain Error, a TypeError, an error that only has a user error's name, a non-object", () => {
    const named = Object.assign(new Error("x"), { name: "ConfigError" });
    expect([new Error("x"), new TypeError("x"), named, "ConfigError", undefined, null, 1].map(isUserError)).toEqual(Array(7).fill(false));
  });

  test("the brand is a registered symbol, so another copy of the library recognises the error", () => {
    const fromAnotherCopy = Object.create(Error.prototype, { [Symbol.for("cdktf-ilert-datadog.UserError")]: { value: true } });
    expect(isUserError(fromAnotherCopy)).toBe(true);
  });

  test("the brand is a true value on the class's prototype, not writable, enumerable or configurable", () => {
    expect(Object.getOwnPropertyDescriptor(UserError.prototype, Symbol.for("cdktf-ilert-datadog.UserError"))).toEqual({
      value: true,
      enumerable: false,
      writable: false,
      configurable: false,
    });
  });

  test("the brand is not an own, enumerable field: it does not show when the error is logged or serialized", () => {
    const error = new Derived("x");
    expect([Object.getOwnPropertySymbols(error), Object.keys(error), JSON.stringify(error)]).toEqual([[], [], "{}"]);
  });
});
