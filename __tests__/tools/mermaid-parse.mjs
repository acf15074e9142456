// Parses Mermaid diagrams with Mermaid's own parser, in Node: reads a JSON list of diagram texts on
// stdin and prints a JSON list with null for each that parses, or the parse error. Mermaid is an ES
// module and sanitizes labels with DOMPurify, which needs a DOM: jsdom provides one. This checks the
// syntax Mermaid accepts; it does not lay out or render the diagram (that needs a browser).
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const results = [];
for (const text of JSON.parse(readFileSync(0, "utf8"))) {
  try {
    await mermaid.parse(text);
    results.push(null);
  } catch (error) {
    results.push(String(error?.message ?? error));
  }
}
process.stdout.write(JSON.stringify(results));
