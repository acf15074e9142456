import fc from "fast-check";
import { jsonErrorOffset } from "../../app/json-position";
import { fcRuns } from "../helpers/terraform-literal";

/** What JSON.parse says of `text`: valid, or its message. */
function parse(text: string): { valid: true } | { valid: false; message: string } {
  try {
    JSON.parse(text);
    return { valid: true };
  } catch (e) {
    return { valid: false, message: (e as Error).message };
  }
}

/** Whitespace of every kind JSON allows, often none. */
const ws = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r"), maxLength: 3 });

/** The text of a JSON string, with every escape JSON has (`\/` and `\u` in either case, which JSON.stringify never writes). */
const jsonString = fc
  .array(
    fc.oneof(
      fc.constantFrom("a", "é", "u", "0", "F", " ", "'"),
      fc.constantFrom('\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"),
      fc.string({ unit: fc.constantFrom(..."09afAF"), minLength: 4, maxLength: 4 }).map((hex) => `\\u${hex}`),
    ),
    { maxLength: 4 },
  )
  .map((pieces) => `"${pieces.join("")}"`);

/** A number, in each form JSON has: a sign, a fraction, an exponent with `e` or `E` and a sign or none. */
const jsonNumber = fc
  .tuple(
    fc.constantFrom("", "-"),
    fc.constantFrom("0", "7", "10", "123"),
    fc.constantFrom("", ".5", ".05"),
    fc.constantFrom("", "e1", "E+20", "e-3"),
  )
  .map((parts) => parts.join(""));

/** Valid JSON texts with whitespace of every kind between the tokens. */
const { jsonText } = fc.letrec<{ jsonText: string; value: string }>((tie) => ({
  jsonText: fc.tuple(ws, tie("value"), ws).map((parts) => parts.join("")),
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    jsonString,
    jsonNumber,
    fc.constantFrom("true", "false", "null"),
    fc.array(tie("jsonText"), { maxLength: 3 }).map((items) => `[${items.join(",") || " "}]`),
    fc
      .array(fc.tuple(ws, jsonString, ws, tie("jsonText")), { maxLength: 3 })
      .map((members) => `{${members.map(([a, key, b, value]) => `${a}${key}${b}:${value}`).join(",") || "\t"}}`),
  ),
}));

/** JSON texts with one character inserted, deleted or replaced, or cut short: mostly invalid, in every way. */
const nearJson = fc
  .tuple(
    fc.oneof(fc.json({ maxDepth: 3 }), jsonText),
    fc.nat(),
    fc.constantFrom("insert", "delete", "replace", "truncate"),
    fc.constantFrom(...'{}[]:,"\\ \t\r\n-.0123456789eE+tfnulxaAF/\u0001'),
  )
  .map(([json, at, edit, c]) => {
    const i = at % (json.length + 1);
    if (edit === "insert") return json.slice(0, i) + c + json.slice(i);
    if (edit === "delete") return json.slice(0, i) + json.slice(i + 1);
    if (edit === "truncate") return json.slice(0, i);
    return json.slice(0, i) + c + json.slice(i + 1);
  });

describe("jsonErrorOffset", () => {
  test("undefined for valid JSON with any whitespace and every escape", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(parse(text)).toEqual({ valid: true });
        expect(jsonErrorOffset(text)).toBeUndefined();
      }),
      { numRuns: fcRuns(2000) },
    );
  });

  test("undefined exactly for valid JSON; else the position JSON.parse names, or the character of the unexpected token", () => {
    fc.assert(
      fc.property(nearJson, (text) => {
        const parsed = parse(text);
        const offset = jsonErrorOffset(text);
        if (parsed.valid) return expect(offset).toBeUndefined();
        expect(offset).toBeDefined();
        const position = /at position (\d+)/.exec(parsed.message);
        const token = /^Unexpected token '(.+?)', /su.exec(parsed.message);
        if (position) expect(offset).toBe(Number(position[1]));
        else if (token) expect(text.slice(offset!, offset! + token[1].length)).toBe(token[1]);
        else expect([parsed.message, offset]).toEqual(["Unexpected end of JSON input", text.length]);
      }),
      { numRuns: fcRuns(5000) },
    );
  });

  test("where JSON.parse names no position: an unexpected token (a YAML file), a bad literal, a missing value", () => {
    expect(jsonErrorOffset("environments:\n  - key: prod\n")).toBe(0);
    expect(jsonErrorOffset('{\n  "teams": [tru]\n}')).toBe(17);
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset("[1,]")).toBe(3);
  });

  // The examples the properties find only now and then, with the position JSON.parse names.
  test.each([
    ["tabs and carriage returns are whitespace", "\t[1,\r\n2]\t", undefined],
    ["every escape", '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uABCD"', undefined],
    ["an unknown escape, at its character", '"\\x"', 2],
    ["a text ending after a backslash", '"\\', 2],
    ["a \\u escape with no hex digit", '"\\uZ"', 3],
    ["a \\u escape with a wrong third hex digit", '"\\u00G1"', 5],
    ["a text ending inside a \\u escape", '"\\u00', 5],
    ["a text ending after \\u", '["\\u', 4],
    ["a digit after a leading zero", "[01]", 2],
  ])("%s: %j", (_, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test("deep nesting does not overflow the stack", () => {
    expect(jsonErrorOffset(`${"[".repeat(1_000_000)}x`)).toBe(1_000_000);
    expect(jsonErrorOffset(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeUndefined();
  });
});
