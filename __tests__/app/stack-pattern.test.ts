import * as fc from "fast-check";
import { StackPattern } from "../../app/stack-pattern";
import { fcRuns } from "../helpers/terraform-literal";

/** The reference: whether `pattern` (`*` any run, every other character itself) matches all of `name`, by dynamic programming. */
function referenceMatch(pattern: string, name: string): boolean {
  // row[j]: whether the pattern so far matches name's first j characters.
  let row = [true, ...Array<boolean>(name.length).fill(false)];
  for (const p of pattern) {
    const next = [p === "*" && row[0], ...Array<boolean>(name.length).fill(false)];
    for (let j = 1; j <= name.length; j++) next[j] = p === "*" ? row[j] || next[j - 1] : row[j - 1] && name[j - 1] === p;
    row = next;
  }
  return row[name.length];
}

describe("StackPattern", () => {
  test.each<[string, string, boolean]>([
    ["prod-payments", "prod-payments", true],
    ["prod-payments", "prod-payment", false],
    ["prod-*", "prod-payments", true],
    ["prod-*", "prod-", true],
    ["prod-*", "staging-payments", false],
    ["*-payments", "staging-payments", true],
    ["*", "", true],
    ["", "", true],
    ["", "a", false],
    ["**", "anything", true],
    ["a*b*c", "abc", true],
    ["a*b*c", "aXbYc", true],
    ["a*b*c", "acb", false],
    ["a*a", "a", false],
    ["*ab*ab*", "abab", true],
    ["*ab*ab*", "aba", false],
    ["p.d", "prd", false],
    ["[a]", "[a]", true],
  ])("%j matches %j: %s", (pattern, name, expected) => {
    expect(new StackPattern(pattern).matches(name)).toBe(expected);
    expect(referenceMatch(pattern, name)).toBe(expected);
  });

  test("answers as the reference matcher does, for any pattern and name", () => {
    const text = (maxLength: number) => fc.string({ unit: fc.constantFrom("a", "b", "-", "*"), maxLength });
    fc.assert(
      fc.property(text(10), text(14), (pattern, name) => {
        expect(new StackPattern(pattern).matches(name.replace(/\*/g, "a"))).toBe(referenceMatch(pattern, name.replace(/\*/g, "a")));
      }),
      { numRuns: fcRuns(5000) },
    );
  });

  test("a pattern that backtracks exponentially as a regular expression is answered at once", () => {
    // As `^.*a.*a.*a.*a.*a.*a.*a.*a.*a.*X$` this took over a minute against this name.
    const name = `${"a".repeat(40)}-${"a".repeat(40)}`;
    const started = process.hrtime.bigint();
    expect(new StackPattern("*a*a*a*a*a*a*a*a*a*X").matches(name)).toBe(false);
    expect(new StackPattern(`${"*a".repeat(5000)}*X`).matches("a".repeat(100_000))).toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });
});
