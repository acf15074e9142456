import * as fc from "fast-check";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  CONTROL_CHARACTERS,
  describeValue,
  escapeControls,
  escapeControlsInLines,
  MAX_SHOWN,
  NotShown,
  shortText,
} from "../../constructs/core/shown-text";
import { hostileText } from "../helpers/fuzz";
import { fcRuns } from "../helpers/terraform-literal";

const hostile = hostileText();

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

describe("NotShown", () => {
  test("a value not shown (a secret): its description, whole, however long", () => {
    const where = "local.a -> local.b -> local.c -> local.d -> var.token, whose default is a literal value";
    expect(describeValue(new NotShown(where))).toBe(`(${where}, not shown here)`);
    expect(JSON.stringify({ received: new NotShown("a literal value") })).toBe('{"received":"(a literal value, not shown here)"}');
    expect(`${new NotShown("a literal value")}`).toBe("(a literal value, not shown here)");
  });
});

describe("describeValue with hostile values", () => {
  test("control and bidirectional characters are written as escapes, also those JSON leaves as they are", () => {
    expect(describeValue("a\u001b[31mb")).toBe('"a\\u001b[31mb"');
    expect(describeValue("\u202eevil\u2066")).toBe('"\\u202eevil\\u2066"');
    expect(describeValue({ k: "\u0085" })).toBe('{"k":"\\u0085"}');
    expect(describeValue(["\u2028"])).toBe('["\\u2028"]');
  });

  test("a string of 50 MB is shown by its first 60 characters and its length, at once, without serializing it whole", () => {
    const huge = "e".repeat(50_000_000);
    const stringify = jest.spyOn(JSON, "stringify");
    const started = process.hrtime.bigint();
    try {
      expect(describeValue(huge)).toBe(`"${"e".repeat(60)}..." (50000000 characters)`);
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
      expect(stringify.mock.calls.filter(([value]) => value === huge)).toHaveLength(0);
    } finally {
      stringify.mockRestore();
    }
  });

  test.each([
    [`${"x".repeat(59)}😀${"y".repeat(30)}`, `"${"x".repeat(59)}..." (91 characters)`],
    // A pair elsewhere is no reason to cut shorter.
    [`😀${"x".repeat(88)}`, `"😀${"x".repeat(58)}..." (90 characters)`],
  ])("a cut never splits a surrogate pair: %j", (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  test("any value: no control character, at most 80 characters and the length", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }), fc.dictionary(hostile, hostile, { maxKeys: 3 })), (value) => {
        const shown = describeValue(value);
        expect(shown).not.toMatch(CONTROL_CHARACTERS);
        expect(shown.replace(/ \(\d+ characters\)$/, "").length).toBeLessThanOrEqual(MAX_SHOWN);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});

describe("escapeControls", () => {
  test("C0 controls but tab, DEL, C1 controls, bidirectional formatting and line separators, as \\u escapes; the rest as it is", () => {
    expect(escapeControls("\u0000\u0008\t\n\r\u001b\u001f\u007f\u0080\u009f\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029")).toBe(
      "\\u0000\\u0008\t\\u000a\\u000d\\u001b\\u001f\\u007f\\u0080\\u009f\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\\u2028\\u2029",
    );
    expect(escapeControls('Zoë "<b>" \\ 😀 \u200b')).toBe('Zoë "<b>" \\ 😀 \u200b');
  });

  test("escapeControlsInLines keeps the line feeds, the text's own lines", () => {
    expect(escapeControlsInLines("a\u001b\nb\r\n")).toBe("a\\u001b\nb\\u000d\n");
  });

  test("any text: none of the characters is left, and nothing else changes", () => {
    const escapeOf = /\\u(00[01][0-9a-f]|007f|008[0-9a-f]|009[0-9a-f]|061c|200e|200f|202[8-9a-e]|206[6-9])/g;
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeControls(text);
        expect(escaped).not.toMatch(CONTROL_CHARACTERS);
        // Taking out the escapes of the escaped characters leaves the text without them (the text's own "\\u..." aside).
        fc.pre(!/\\u/.test(text));
        expect(escaped.replace(escapeOf, "")).toBe(text.replace(CONTROL_CHARACTERS, ""));
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});

describe("shortText", () => {
  test("text of up to 80 characters as it is; longer, its first 60 and its length", () => {
    expect(shortText("x".repeat(80))).toBe("x".repeat(80));
    expect(shortText("x".repeat(81))).toBe(`${"x".repeat(60)}... (81 characters)`);
  });
});
