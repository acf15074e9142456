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

/** JSON texts with one character inserted, deleted or replaced: mostly invalid, in every way. */
const nearJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom("insert", "delete", "replace"),
    fc.constantFrom(...'{}[]:,"\\ \n-.0123456789eE+tfnulx\u0001'),
  )
  .map(([json, at, edit, c]) => {
    const i = at % (json.length + 1);
    if (edit === "insert") return json.slice(0, i) + c + json.slice(i);
    if (edit === "delete") return json.slice(0, i) + json.slice(i + 1);
    return json.slice(0, i) + c + json.slice(i + 1);
  });

describe("jsonErrorOffset", () => {
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

  test("deep nesting does not overflow the stack", () => {
    expect(jsonErrorOffset(`${"[".repeat(1_000_000)}x`)).toBe(1_000_000);
    expect(jsonErrorOffset(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeUndefined();
  });
});
