import { cell, code, timeColumns, utc } from "../../../tools/on-call/markdown-text";

describe("Markdown text of the on-call tools", () => {
  test("utc: an instant to the minute, with Z", () => {
    expect(utc(Date.parse("2026-03-30T07:00:59.999Z"))).toBe("2026-03-30 07:00Z");
  });

  test("cell: line breaks flattened, controls escaped, backslashes, pipes and HTML characters written as text (tools/markdown-text.ts)", () => {
    expect(cell("a\r\nb\nc\rd")).toBe("a b c d");
    // The escape's backslash is itself escaped, so Markdown shows \u001b; the [ cannot start a link.
    expect(cell("x\u001b[31m")).toBe("x\\\\u001b\\[31m");
    expect(cell("a|b\\c")).toBe("a\\|b\\\\c");
    expect(cell("<b>Tom & Jerry</b>")).toBe("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;");
  });

  test("code: an address as inline code; anything else as text", () => {
    expect(code("ilert_schedule.Weekly_1A-2")).toBe("`ilert_schedule.Weekly_1A-2`");
    expect(code("ilert_schedule.`x` | y")).toBe("ilert_schedule.\\`x\\` \\| y");
  });

  test("timeColumns: local time and UTC, or UTC alone for UTC under any name (and a zone Intl does not know beside UTC)", () => {
    const berlin = timeColumns("From", "Europe/Berlin");
    expect([berlin.header, berlin.rule, berlin.cells(Date.parse("2026-03-30T07:00Z"))]).toEqual([
      "From (Europe/Berlin) | From (UTC)",
      "--- | ---",
      "2026-03-30 09:00 | 2026-03-30 07:00Z",
    ]);
    for (const tz of ["UTC", "Etc/UTC", "Etc/Universal"]) {
      const only = timeColumns("Until", tz);
      expect([only.header, only.rule, only.cells(Date.parse("2026-03-30T07:00Z"))]).toEqual(["Until (UTC)", "---", "2026-03-30 07:00Z"]);
    }
    expect(timeColumns("When", "Mars/Olympus").header).toBe("When (Mars/Olympus) | When (UTC)");
  });
});
