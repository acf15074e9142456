import * as fs from "fs";
import * as path from "path";
import { handWrittenDocs, linkBase, PACKAGE_READMES, ROOT, withoutCode } from "../helpers/markdown";

// The README is for a newcomer: what it is, how to start, where to read on. Reference material
// belongs in docs/, maintainer material in CONTRIBUTING.md.
const README_MAX_LINES = 300;

test.each(["README.md", ...PACKAGE_READMES])(`%s has at most ${README_MAX_LINES} lines`, (readme) => {
  const lines = fs.readFileSync(path.join(ROOT, readme), "utf8").replace(/\n$/, "").split("\n");
  expect(lines.length).toBeLessThanOrEqual(README_MAX_LINES);
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown file: its headings' slugs (repeats numbered as GitHub does) and `<a id>`s. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutCode(markdown).matchAll(/^#{1,6} +(.+?) *$/gm)) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const [, id] of markdown.matchAll(/<a id="([^"]+)"/g)) found.add(id);
  return found;
}

test("relative links of the README and the hand-written docs point at existing files and headings", () => {
  const broken: string[] = [];
  for (const doc of handWrittenDocs()) {
    // Code, fenced or inline, holds no links (a regex such as `[0-9](?:...)` looks like one).
    const text = withoutCode(fs.readFileSync(path.join(ROOT, doc), "utf8")).replace(/(`+)[^`][\s\S]*?\1(?!`)/g, "");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split("#");
      const resolved = file === "" ? path.join(ROOT, doc) : path.resolve(linkBase(doc), file);
      if (!fs.existsSync(resolved)) broken.push(`${doc}: ${target} (no such file)`);
      else if (anchor !== undefined && !anchors(fs.readFileSync(resolved, "utf8")).has(anchor)) {
        broken.push(`${doc}: ${target} (no such heading)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test("the link check sees headings as GitHub anchors them", () => {
  expect([
    ...anchors("# On-call: users, teams\n## No secret in `cdk.tf.json`\n## Deploy\n## Deploy\n```sh\n# not a heading\n```\n"),
  ]).toEqual(["on-call-users-teams", "no-secret-in-cdktfjson", "deploy", "deploy-1"]);
});

test("without a registry, the package README's Try it locally and cli.md point at the sandbox's --mirror", () => {
  const readme = fs.readFileSync(path.join(ROOT, "packages/cdktf/README.md"), "utf8");
  const tryIt = readme.slice(readme.indexOf("## Try it locally"), readme.indexOf("```sh", readme.indexOf("## Try it locally")));
  expect(tryIt).toContain(
    "; no registry? add `--mirror DIR` to the sandbox's line ([docs/sandbox.md](docs/sandbox.md#without-registry-access---mirror-dir)):",
  );
  const cli = fs.readFileSync(path.join(ROOT, "docs/cli.md"), "utf8");
  const offline = cli.slice(cli.indexOf("## Without registry access"), cli.indexOf("```hcl", cli.indexOf("## Without registry access")));
  expect(offline).toContain("`npx ilert-datadog sandbox --mirror DIR` writes this CLI config itself");
});
