import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { EscalationPolicy, IlertDatadogErrors, IlertDatadogValidationError } from "../../constructs";
import { inspect } from "util";
import { problemText } from "../../constructs/core/private/problem-text";
import { NotShown } from "../../constructs/core/shown-text";

describe("IlertDatadogValidationError", () => {
  const problem = { prop: "rules[1].escalationTimeoutMin", received: -1, accepted: "an integer from 0 to 10000", fix: "use minutes" };

  test("carries each part of the problem, and says them all in its message", () => {
    const scope = new Construct(new TerraformStack(Testing.app(), "payments"), "Policy");
    const error = new IlertDatadogValidationError(scope, problem);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("IlertDatadogValidationError");
    expect(error.message).toBe(
      "payments/Policy: invalid rules[1].escalationTimeoutMin -1: expected an integer from 0 to 10000; use minutes",
    );
    expect({
      constructPath: error.constructPath,
      prop: error.prop,
      received: error.received,
      accepted: error.accepted,
      fix: error.fix,
    }).toEqual({ ...problem, constructPath: "payments/Policy" });
  });

  test("a value not given is missing", () => {
    expect(new IlertDatadogValidationError("payments/Policy", { ...problem, received: undefined }).message).toBe(
      "payments/Policy: missing rules[1].escalationTimeoutMin: expected an integer from 0 to 10000; use minutes",
    );
  });

  test("its stack is its message, without frames; its fields are not enumerable (what Node prints of an uncaught error)", () => {
    const error = new IlertDatadogValidationError("payments/Policy", problem);
    expect(error.stack).toBe(
      "IlertDatadogValidationError: payments/Policy: invalid rules[1].escalationTimeoutMin -1: expected an integer from 0 to 10000; use minutes",
    );
    expect(Object.keys(error)).toEqual(["name"]);
    // Node's printer of uncaught errors: inspect without custom inspection.
    expect(inspect(error, { customInspect: false })).toBe(`[${error.stack}]`);
  });

  test("a check's id, when a synth-time check found the problem, starts the message; the fields stay the problem's", () => {
    const scope = new Construct(new TerraformStack(Testing.app(), "payments"), "Ilert");
    const secret = {
      prop: "api_token",
      received: new NotShown("a literal value"),
      accepted: "a credential from outside the code",
      fix: "unset it",
    };
    const error = new IlertDatadogValidationError(scope, secret, "ILDD-E4");
    expect(error.message).toBe(
      "[ILDD-E4] payments/Ilert: invalid api_token (a literal value, not shown here): expected a credential from outside the code; unset it",
    );
    expect(error.message).toBe(`[ILDD-E4] payments/Ilert: ${problemText(secret)}`);
    expect(error.toJSON()).toEqual({
      ...secret,
      name: "IlertDatadogValidationError",
      constructPath: "payments/Ilert",
      message: error.message,
    });
  });

  test("takes a plain path where there is no construct", () => {
    const error = new IlertDatadogValidationError("adoptExisting", { ...problem, received: "x".repeat(100) });
    expect(error.constructPath).toBe("adoptExisting");
    expect(error.received).toBe("x".repeat(100));
    expect(error.message).toBe(
      `adoptExisting: invalid rules[1].escalationTimeoutMin "${"x".repeat(60)}..." (100 characters): expected an integer from 0 to 10000; use minutes`,
    );
  });

  test("a prop path holding the user's own keys (a payload's) is shown as values are: short, control characters escaped", () => {
    const error = new IlertDatadogValidationError("payloads", { ...problem, prop: `payload.${"k".repeat(5_000_000)}`, received: 1 });
    expect(error.message).toBe(
      `payloads: invalid payload.${"k".repeat(52)}... (5000008 characters) 1: expected an integer from 0 to 10000; use minutes`,
    );
    expect(error.prop).toBe(`payload.${"k".repeat(5_000_000)}`);
    expect(new IlertDatadogValidationError("payloads", { ...problem, prop: "payload.a\u001b[2J" }).message).toBe(
      "payloads: invalid payload.a\\u001b[2J -1: expected an integer from 0 to 10000; use minutes",
    );
  });
});

describe("IlertDatadogErrors.isValidationError", () => {
  const problem = { prop: "name", received: "", accepted: "a name of 1-255 bytes", fix: "name it" };

  test("recognises the errors the constructs throw, and narrows them to their fields", () => {
    const stack = new TerraformStack(Testing.app(), "payments");
    let caught: unknown;
    try {
      new EscalationPolicy(stack, "Policy", { name: "", rules: [] });
    } catch (e) {
      caught = e;
    }
    expect(IlertDatadogErrors.isValidationError(caught)).toBe(true);
    if (!IlertDatadogErrors.isValidationError(caught)) throw new Error("unreachable");
    // A real Error carrying the whole message: what other languages receive.
    expect(caught).toBeInstanceOf(Error);
    expect(caught.message).toBe(
      'payments/Policy: invalid name "": expected a string of 1-255 bytes (UTF-8); use a policy name of 1-255 bytes',
    );
    expect([caught.constructPath, caught.prop, caught.received]).toEqual(["payments/Policy", "name", ""]);
  });

  test("is false for anything else: other errors, look-alikes without the brand, non-objects", () => {
    const lookAlike = Object.assign(new Error("x"), { name: "IlertDatadogValidationError", ...problem, constructPath: "a" });
    for (const x of [new Error("x"), lookAlike, null, undefined, "IlertDatadogValidationError", 42, {}]) {
      expect(IlertDatadogErrors.isValidationError(x)).toBe(false);
    }
  });

  test("recognises an error of another copy of the library, which instanceof does not", () => {
    let Other: typeof IlertDatadogValidationError | undefined;
    jest.isolateModules(() => {
      Other = jest.requireActual<typeof import("../../constructs/core/errors")>("../../constructs/core/errors").IlertDatadogValidationError;
    });
    expect(Other).not.toBe(IlertDatadogValidationError);
    const foreign = new Other!("payments/Policy", problem);
    expect(foreign).not.toBeInstanceOf(IlertDatadogValidationError);
    expect(IlertDatadogErrors.isValidationError(foreign)).toBe(true);
  });

  test("the brand and the stack, as other copies of the library and stack-rewriting tools find them", () => {
    const error = new IlertDatadogValidationError("payments/Policy", problem);
    const descriptor = (key: PropertyKey) => Object.getOwnPropertyDescriptor(error, key);
    expect([descriptor(Symbol.for("cdktf-ilert-datadog.IlertDatadogValidationError")), descriptor("stack")]).toEqual([
      { value: true, enumerable: false, writable: false, configurable: false },
      { value: `IlertDatadogValidationError: ${error.message}`, enumerable: false, writable: true, configurable: true },
    ]);
  });

  test("the brand is not enumerable: serializing an error shows its message and fields only", () => {
    const error = new IlertDatadogValidationError("payments/Policy", problem);
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      ...problem,
      name: "IlertDatadogValidationError",
      message: 'payments/Policy: invalid name "": expected a name of 1-255 bytes; name it',
      constructPath: "payments/Policy",
    });
  });
});
