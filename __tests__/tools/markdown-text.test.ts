import { execFileSync } from "child_process";
import * as path from "path";
import * as fc from "fast-check";
import { DeclaredOnCall, DeclaredSchedule, markdownCode, markdownText, onCallCalendar, onCallMarkdown } from "../../tools";
import { office } from "../helpers/on-call";
import { fcRuns } from "../helpers/terraform-literal";

// Names in the tools' Markdown are text, never markup (tools/markdown-text.ts): checked with a Markdown
// parser, marked in GitHub's dialect (tables, strikethrough, extended autolinks), run by
// markdown-parse.mjs (an ES module, installed with mermaid), which lists the inline markup each text holds.

/** The inline markup marked finds in each Markdown text: [type, raw] of links, images, HTML, emphasis, code spans. */
function markupIn(texts: readonly string[]): [string, string][][] {
  return JSON.parse(
    execFileSync(process.execPath, [path.join(__dirname, "markdown-parse.mjs")], { input: JSON.stringify(texts) }).toString(),
  );
}

/** Text made of Markdown's syntax: links, images, emphasis, code, autolinks, HTML, headings, tables. */
const markdownish = (maxLength = 40) =>
  fc
    .array(
      fc.constantFrom(
        "[",
        "]",
        "(",
        ")",
        "!",
        "*",
        "_",
        "`",
        "~",
        "#",
        "|",
        "\\",
        "<",
        ">",
        "&",
        "@",
        ":",
        "/",
        ".",
        "-",
        "=",
        "+",
        " ",
        "\n",
        "\t",
        "a",
        "Z",
        "0",
        "é",
        "www.",
        "https://",
        "http://",
        "ftp://",
        "mailto:",
        "javascript:alert(1)",
        "alice@example.com",
        "x.y",
        "&amp;",
        "&#64;",
        "<b>",
        "</b>",
        "<https://a.b>",
        "![x](https://tracker.example/p.png)",
        "[link](javascript:alert(1))",
        "**",
        "__",
        "~~",
        "```",
        "\u001b",
        "\u0000",
        "\u202e",
      ),
      { maxLength },
    )
    .map((parts) => parts.join(""));

describe("markdownText", () => {
  test("escapes what would start markup, and breaks GitHub's autolinks; identifiers stay inline code", () => {
    expect(markdownText("[link](javascript:alert(1)) ![x](https://tracker/x.png)")).toBe(
      "\\[link\\](javascript:alert(1)) !\\[x\\](https\\://tracker/x.png)",
    );
    expect(markdownText("*bold* _em_ `code` ~~del~~ # | \\")).toBe("\\*bold\\* \\_em\\_ \\`code\\` \\~\\~del\\~\\~ \\# \\| \\\\");
    expect(markdownText("alice@example.com www.example.com <b>R&D</b>")).toBe(
      "alice\\@example.com www\\.example.com &lt;b&gt;R&amp;D&lt;/b&gt;",
    );
    // Inside a word an underscore delimits nothing: time zones and snake_case stay as they are.
    expect(markdownText("America/New_York first_last")).toBe("America/New_York first_last");
    expect(markdownText("a\nb\u001b")).toBe("a b\\\\u001b");
    expect([markdownCode("ilert_schedule.Office_1"), markdownCode("s`x"), markdownCode("a b")]).toEqual([
      "`ilert_schedule.Office_1`",
      "s\\`x",
      "a b",
    ]);
  });

  test("the walk's names hold no link or image once escaped, and the marked check would see them unescaped", () => {
    const names = ["[link](javascript:alert(1))", "![x](https://tracker.example/p.png)", "alice@example.com", "https://evil.example"];
    const [raw, escaped] = [markupIn(names), markupIn(names.map(markdownText))];
    expect(raw.map((found) => found.map(([type]) => type))).toEqual([["link"], ["image"], ["link"], ["link"]]);
    expect(escaped).toEqual([[], [], [], []]);
  });

  test("any text, in a line and in a table cell, holds no markup once escaped", () => {
    const names = fc.sample(markdownish(), fcRuns(300));
    const documents = names.map(
      (name) => `## Schedule ${markdownText(name)}\n\n| Day | On call |\n| --- | --- |\n| Mon | ${markdownText(name)} 09:00–17:00 |\n`,
    );
    const found = markupIn(documents);
    expect(names.filter((_, i) => found[i].length > 0).map((name, i) => [name, found[i]])).toEqual([]);
  });

  test("any names in the on-call calendar's Markdown: no markup but the addresses' code spans", () => {
    const declared = (name: string): DeclaredOnCall => {
      const schedule: DeclaredSchedule = {
        ...office,
        stack: name,
        name,
        layers: [{ ...office.layers![0], users: [name, `${name}@example.com`] }],
      };
      return {
        schedules: [schedule],
        policies: [
          {
            stack: name,
            address: "ilert_escalation_policy.P",
            name,
            rules: [[{ label: `on call in ${name}`, schedule }, { label: name }]],
          },
        ],
      };
    };
    const names = fc.sample(markdownish(), fcRuns(100));
    const found = markupIn(names.map((name) => onCallMarkdown(onCallCalendar(declared(name), { from: "2026-03-06", days: 2 }))));
    const allowed = ["`ilert_schedule.Office`", "`ilert_escalation_policy.P`"];
    const unexpected = found.map((markup) => markup.filter(([type, raw]) => !(type === "codespan" && allowed.includes(raw))));
    expect(names.map((name, i) => [name, unexpected[i]]).filter(([, markup]) => markup.length > 0)).toEqual([]);
  });
});
