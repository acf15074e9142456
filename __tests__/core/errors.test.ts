import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { EscalationPolicy, IlertDatadogErrors, IlertDatadogValidationError } from "../../constructs";
import { describeValue, NotShown, problemText } from "../../constructs/core/errors";

describe("describeValue", () => {
  test("a construct by its path", () => {
    const stack = new TerraformStack(Testing.app(), "payments");
    expect(describeValue(new Construct(stack, "Policy"))).toBe('"payments/Policy"');
  });

  test("JSON for plain values; undefined, NaN and infinities as JavaScript writes them", () => {
    expect(describeValue("my hook")).toBe('"my hook"');
    expect(describeValue({ a: [1, null] })).toBe('{"a":[1,null]}');
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(NaN)).toBe("NaN");
    expect(describeValue(-Infinity)).toBe("-Infinity");
    expect(describeValue(Infinity)).toBe("Infinity");
  });

  test("a string over 80 characters once quoted: its first 60, then its length", () => {
    const long = "x".repeat(60) + "y".repeat(21);
    expect(describeValue(long)).toBe(`"${"x".repeat(60)}..." (81 characters)`);
    expect(describeValue("z".repeat(78))).toBe(`"${"z".repeat(78)}"`);
    // 79 characters are 81 once quoted: shortened with the length, like longer strings.
    expect(describeValue("z".repeat(79))).toBe(`"${"z".repeat(60)}..." (79 characters)`);
    // Escapes count: 40 quotes are 82 characters of JSON.
    expect(describeValue('"'.repeat(40))).toBe(`"${'\\"'.repeat(40)}..." (40 characters)`);
  });

  test("a value not shown (a secret): its description, whole, however long", () => {
    const where = "local.a -> local.b -> local.c -> local.d -> var.token, whose default is a literal value";
    expect(describeValue(new NotShown(where))).toBe(`(${where}, not shown here)`);
    expect(JSON.stringify({ received: new NotShown("a literal value") })).toBe('{"received":"(a literal value, not shown here)"}');
    expect(`${new NotShown("a literal value")}`).toBe("(a literal value, not shown here)");
  });

  test("other long values: cut at 80 characters", () => {
    const described = describeValue(Array.from({ length: 30 }, (_, i) => i));
    expect(described).toBe(`${JSON.stringify(Array.from({ length: 30 }, (_, i) => i)).slice(0, 77)}...`);
    expect(described).toHaveLength(80);
  });

  test("values JSON cannot write: functions, symbols, bigints, cyclic and null-prototype objects", () => {
    expect(describeValue(function named() {})).toBe("function named() { }");
    expect(describeValue(Symbol("s"))).toBe("Symbol(s)");
    expect(describeValue(12n)).toBe("12");
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe("[object Object]");
    const bare = Object.create(null);
    expect(describeValue(bare)).toBe("{}");
    const bareCyclic = Object.assign(Object.create(null), { b: 2 });
    bareCyclic.self = bareCyclic;
    expect(describeValue(bareCyclic)).toBe("[object Object]");
  });
});

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
    expect({ ...error, message: error.message }).toEqual({
      ...problem,
      name: "IlertDatadogValidationError",
      constructPath: "payments/Policy",
      message: error.message,
    });
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
    expect({ ...error, message: error.message }).toEqual({
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

  test("the brand is not enumerable: spreading or serializing an error shows only its fields", () => {
    const error = new IlertDatadogValidationError("payments/Policy", problem);
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      ...problem,
      name: "IlertDatadogValidationError",
      constructPath: "payments/Policy",
    });
  });
});
