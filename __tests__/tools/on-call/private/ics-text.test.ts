import * as fc from "fast-check";
import { escapeText, fold } from "../../../../tools/on-call/private/ics-text";
import { fcRuns } from "../../../helpers/terraform-literal";

describe("escapeText", () => {
  test("escapes backslash, semicolon and comma, and writes every line break as \\n", () => {
    expect(escapeText("a,b;c\\d")).toBe("a\\,b\\;c\\\\d");
    expect(escapeText("one\r\ntwo\rthree\nfour")).toBe("one\\ntwo\\nthree\\nfour");
    expect(escapeText("\\n")).toBe("\\\\n"); // a written backslash-n stays text, not a line break
    expect(escapeText('plain: "quoted" é')).toBe('plain: "quoted" é');
  });

  test("writes other control characters as visible escapes, whose backslash is escaped in turn", () => {
    expect(escapeText("a\u001b[31mb\u0000\u202e")).toBe("a\\\\u001b[31mb\\\\u0000\\\\u202e");
  });
});

describe("fold", () => {
  const octets = (text: string): number => Buffer.byteLength(text, "utf8");

  test("leaves a line of 75 octets as it is, and breaks the 76th onto a continuation line", () => {
    expect(fold("a".repeat(75))).toBe("a".repeat(75));
    expect(fold("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
    // A continuation line holds 74 octets after its space.
    expect(fold("a".repeat(75 + 74 + 1))).toBe(`${"a".repeat(75)}\r\n ${"a".repeat(74)}\r\n a`);
  });

  test("never splits a multi-byte character: it moves whole to the next line", () => {
    expect(fold(`${"a".repeat(74)}é`)).toBe(`${"a".repeat(74)}\r\n é`);
    expect(fold(`${"a".repeat(73)}é`)).toBe(`${"a".repeat(73)}é`);
    expect(fold(`${"a".repeat(72)}😀`)).toBe(`${"a".repeat(72)}\r\n 😀`);
    expect(fold("日本語".repeat(9))).toBe(`${"日本語".repeat(8)}日\r\n 本語`);
  });

  test("any content line (no line break): CRLF-separated lines of at most 75 octets that unfold to the original", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }).filter((l) => !/[\r\n]/.test(l)),
        (line) => {
          const folded = fold(line);
          const lines = folded.split("\r\n");
          for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
          lines.slice(1).forEach((l) => expect(l).toMatch(/^ ./su));
          expect(folded.replace(/\r\n /g, "")).toBe(line);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});
