import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");

/**
 * The packages' READMEs (their npm pages), each shipped as the package's README.md: their relative
 * links are written from the package's root, where docs/, examples/ and CHANGELOG.md sit as in the
 * repository's root ({@link linkBase}).
 */
export const PACKAGE_READMES = ["packages/cdktf/README.md", "packages/cdktn/README.md"];

/** The hand-written Markdown: README.md, CONTRIBUTING.md, the packages' READMEs and docs/*.md (the generated reference is in docs/api/). */
export function handWrittenDocs(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", "CONTRIBUTING.md", ...PACKAGE_READMES, ...docs];
}

/** The folder a document's relative links start from: its own, or for a package README the root (see {@link PACKAGE_READMES}). */
export function linkBase(doc: string): string {
  return PACKAGE_READMES.includes(doc) ? ROOT : path.dirname(path.join(ROOT, doc));
}

/** A fenced code block: its info string, its text, and the 1-based line of its first code line. */
export interface FencedBlock {
  readonly lang: string;
  readonly code: string;
  readonly line: number;
  /** The last non-blank line before the opening fence (for `<!-- ... -->` markers). */
  readonly before: string;
}

/** The fenced code blocks of a Markdown text (``` fences at the start of a line). */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split("\n");
  const blocks: FencedBlock[] = [];
  let open: { lang: string; start: number; before: string } | undefined;
  let before = "";
  lines.forEach((text, i) => {
    const fence = /^```(\S*)\s*$/.exec(text);
    if (open === undefined) {
      if (fence) open = { lang: fence[1], start: i + 1, before };
      else if (text.trim() !== "") before = text.trim();
    } else if (/^```\s*$/.test(text)) {
      blocks.push({ lang: open.lang, code: lines.slice(open.start, i).join("\n"), line: open.start + 1, before: open.before });
      open = undefined;
      before = "";
    }
  });
  if (open) throw new Error(`unclosed code fence at line ${open.start}`);
  return blocks;
}

/** The Markdown text with the content of every fenced block blanked (line numbers are kept). */
export function withoutCode(markdown: string): string {
  const lines = markdown.split("\n");
  for (const block of fencedBlocks(markdown)) {
    const count = block.code === "" ? 0 : block.code.split("\n").length;
    for (let i = 0; i < count; i++) lines[block.line - 1 + i] = "";
  }
  return lines.join("\n");
}
