import { cell, code, utc } from "../../../tools/on-call/markdown-cells";

describe("Markdown cells", () => {
  test("text is text: pipes, backslashes and markup escaped, line breaks flattened, control characters visible (their escapes' backslashes escaped too)", () => {
    expect(cell("a | b \\ <i>&</i>\r\nnext\u001b[31m")).toBe("a \\| b \\\\ &lt;i&gt;&amp;&lt;/i&gt; next\\\\u001b[31m");
  });

  test("an address is code unless it holds other characters than an address has", () => {
    expect([code("ilert_schedule.A_1-b"), code("ilert_schedule.`x` | y")]).toEqual(["`ilert_schedule.A_1-b`", "ilert_schedule.`x` \\| y"]);
  });

  test("an instant to the minute, in UTC", () => {
    expect(utc(Date.parse("2026-03-29T01:30:59Z"))).toBe("2026-03-29 01:30Z");
  });
});
