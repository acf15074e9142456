// Parses Markdown with marked (GitHub's dialect: tables, strikethrough, extended autolinks), in Node:
// reads a JSON list of Markdown texts on stdin and prints, for each, the inline markup it holds: a
// list of [type, text] for every link, image, HTML, emphasis, strikethrough and code span token.
// marked is an ES module (installed with mermaid), so it runs here rather than inside jest.
import { readFileSync } from "node:fs";
import { marked } from "marked";

const MARKUP = new Set(["link", "image", "html", "tag", "em", "strong", "del", "codespan"]);

function markup(tokens, found) {
  for (const token of tokens ?? []) {
    if (MARKUP.has(token.type)) found.push([token.type, token.raw]);
    markup(token.tokens, found);
    if (token.type === "table") {
      for (const cell of [...token.header, ...token.rows.flat()]) markup(cell.tokens, found);
    }
    if (token.type === "list") for (const item of token.items) markup(item.tokens, found);
  }
  return found;
}

const results = JSON.parse(readFileSync(0, "utf8")).map((text) => markup(marked.lexer(text, { gfm: true }), []));
process.stdout.write(JSON.stringify(results));
