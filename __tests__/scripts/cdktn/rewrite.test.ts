import * as path from "path";
import * as ts from "typescript";

const {
  rewriteSpecifier,
  rewriteModuleSpecifiers,
  specifierChild,
  CDKTN_TRANSFORMERS,
  rewriteSourceText,
} = require("../../../scripts/cdktn/rewrite");

const ROOT = path.resolve(__dirname, "../../..");

/** The files the cdktn build compiles: those of the cdktf package build (tsconfig.package.json). */
function libraryFiles(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.package.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(String(d.messageText));
      },
    },
  );
  return parsed!.fileNames;
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function rewrite(source: ts.SourceFile): ts.SourceFile {
  const result = ts.transform(source, [rewriteModuleSpecifiers]);
  const [out] = result.transformed;
  result.dispose();
  return out;
}

function children(node: ts.Node): ts.Node[] {
  const all: ts.Node[] = [];
  ts.forEachChild(node, (child) => {
    all.push(child);
  });
  return all;
}

/** A node's own text (identifiers, literals and template parts; a source file's is all of it, so none). */
const ownText = (node: ts.Node): string | undefined => (ts.isSourceFile(node) ? undefined : (node as { text?: string }).text);

/**
 * Walks two trees side by side and returns where they differ, as `[before, after]` text pairs, with
 * whether the differing node is a module specifier. Any difference in kind or child count is reported
 * as a structural one.
 */
function differences(before: ts.Node, after: ts.Node, inSpecifier = false): { before: string; after: string; specifier: boolean }[] {
  if (before.kind !== after.kind) return [{ before: ts.SyntaxKind[before.kind], after: ts.SyntaxKind[after.kind], specifier: false }];
  if (ownText(before) !== ownText(after)) return [{ before: ownText(before)!, after: ownText(after)!, specifier: inSpecifier }];
  const [a, b] = [children(before), children(after)];
  if (a.length !== b.length) return [{ before: `${a.length} children`, after: `${b.length} children`, specifier: false }];
  return a.flatMap((child, i) => differences(child, b[i], inSpecifier || specifierChild(before) === child));
}

describe("rewriteSpecifier", () => {
  test.each([
    ["cdktf", "cdktn"],
    ["cdktf/lib/testing/adapters/jest", "cdktn/lib/testing/adapters/jest"],
    ["@cdktf/provider-datadog/lib/webhook", "@cdktn/provider-datadog/lib/webhook"],
    ["@cdktf/provider-datadog", "@cdktn/provider-datadog"],
    // Everything else is kept: other packages, names that merely start alike, relative paths.
    ["constructs", "constructs"],
    ["cdktf-cli", "cdktf-cli"],
    ["cdktfx/lib", "cdktfx/lib"],
    ["@cdktf/provider-generator", "@cdktf/provider-generator"],
    ["@cdktf/provider-datadogx", "@cdktf/provider-datadogx"],
    ["./cdktf", "./cdktf"],
  ])("%s -> %s", (from, to) => {
    expect(rewriteSpecifier(from)).toBe(to);
  });
});

describe("the module specifier transformer", () => {
  const SNIPPET = `
import * as cdktf from "cdktf";
import { Webhook } from "@cdktf/provider-datadog/lib/webhook";
import type { Monitor } from '@cdktf/provider-datadog/lib/monitor';
import jest = require("cdktf/lib/testing/adapters/jest");
void jest;
export { Aspects } from "cdktf";
export * from "./cdktf";
const lazy = require("cdktf");
const later = import("@cdktf/provider-datadog/lib/provider");
let resolvable: import("cdktf").IResolvable;
/** See "cdktf" docs. */
const name = "cdktf";
const other = require("constructs");
const notRequire = load("cdktf");
const twoArgs = require("cdktf", 1);
`;

  test("rewrites every kind of module reference, and no other string", () => {
    const source = parse("snippet.ts", SNIPPET);
    expect(differences(source, rewrite(source))).toEqual([
      { before: "cdktf", after: "cdktn", specifier: true },
      { before: "@cdktf/provider-datadog/lib/webhook", after: "@cdktn/provider-datadog/lib/webhook", specifier: true },
      { before: "@cdktf/provider-datadog/lib/monitor", after: "@cdktn/provider-datadog/lib/monitor", specifier: true },
      { before: "cdktf/lib/testing/adapters/jest", after: "cdktn/lib/testing/adapters/jest", specifier: true },
      { before: "cdktf", after: "cdktn", specifier: true },
      { before: "cdktf", after: "cdktn", specifier: true },
      { before: "@cdktf/provider-datadog/lib/provider", after: "@cdktn/provider-datadog/lib/provider", specifier: true },
      { before: "cdktf", after: "cdktn", specifier: true },
    ]);
  });

  test("emits CommonJS requires of cdktn, keeping type-only imports elided", () => {
    const js = ts.transpileModule(SNIPPET, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, isolatedModules: true },
      transformers: CDKTN_TRANSFORMERS,
    }).outputText;
    // The namespace import is unused, so elided like the type-only ones.
    expect([...js.matchAll(/require\("([^"]+)"/g)].map((m) => m[1])).toEqual([
      "cdktn/lib/testing/adapters/jest",
      "cdktn",
      "./cdktf",
      "cdktn",
      "@cdktn/provider-datadog/lib/provider",
      "constructs",
      "cdktf",
    ]);
    expect(js).not.toContain("provider-datadog/lib/webhook"); // imported, never used as a value
    expect(js).toContain('const name = "cdktf";');
  });
});

describe("the source-text rewrite (the jsii build's cdktn sources)", () => {
  test("changes the same specifiers as the transformer, and no other character", () => {
    const text = rewriteSourceText(`
import * as cdktf from "cdktf"; // cdktf
import type { Monitor } from '@cdktf/provider-datadog/lib/monitor';
let resolvable: import("cdktf").IResolvable;
const later = import("@cdktf/provider-datadog/lib/provider");
/** See "cdktf" docs, {@link cdktf.App}. */
const name = "cdktf";
`);
    expect(text).toBe(`
import * as cdktf from "cdktn"; // cdktf
import type { Monitor } from '@cdktn/provider-datadog/lib/monitor';
let resolvable: import("cdktn").IResolvable;
const later = import("@cdktn/provider-datadog/lib/provider");
/** See "cdktf" docs, {@link cdktf.App}. */
const name = "cdktf";
`);
  });

  test("gives each library file the tree the transformer gives it", () => {
    for (const file of libraryFiles()) {
      const text = ts.sys.readFile(file)!;
      const rewrittenText = parse(file, rewriteSourceText(text, file));
      expect({ file: path.relative(ROOT, file), diff: differences(rewrite(parse(file, text)), rewrittenText) }).toEqual({
        file: path.relative(ROOT, file),
        diff: [],
      });
    }
  });
});

describe("the cdktn build of this library", () => {
  const files = libraryFiles();

  test("compiles the constructs, the tools, the iLert bindings, the config app and the command", () => {
    const relative = files.map((f) => path.relative(ROOT, f));
    for (const dir of ["constructs/", "tools/", ".gen/providers/ilert/", "app/", "cli/"])
      expect({ dir, compiled: relative.some((f) => f.startsWith(dir)) }).toEqual({ dir, compiled: true });
  });

  test("differs from the source in module specifiers only, each rewritten by the rule (AST comparison)", () => {
    const changed = new Map<string, string>();
    for (const file of files) {
      const source = parse(file, ts.sys.readFile(file)!);
      for (const d of differences(source, rewrite(source))) {
        expect({ file: path.relative(ROOT, file), ...d }).toEqual({
          file: path.relative(ROOT, file),
          ...d,
          specifier: true,
          after: rewriteSpecifier(d.before),
        });
        changed.set(d.before, d.after);
      }
    }
    expect(Object.fromEntries(changed)).toEqual({
      cdktf: "cdktn",
      "@cdktf/provider-datadog/lib/downtime-schedule": "@cdktn/provider-datadog/lib/downtime-schedule",
      "@cdktf/provider-datadog/lib/monitor": "@cdktn/provider-datadog/lib/monitor",
      "@cdktf/provider-datadog/lib/provider": "@cdktn/provider-datadog/lib/provider",
      "@cdktf/provider-datadog/lib/webhook": "@cdktn/provider-datadog/lib/webhook",
    });
  });

  test('the iLert bindings\' emitted JavaScript differs from the cdktf build\'s only in require("cdktf") -> require("cdktn")', () => {
    const options = { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, isolatedModules: true } };
    const bindings = files.filter((f) => f.includes(`${path.sep}.gen${path.sep}`));
    expect(bindings.length).toBeGreaterThan(10);
    for (const file of bindings) {
      const text = ts.sys.readFile(file)!;
      const cdktf = parse(file, ts.transpileModule(text, options).outputText);
      const cdktn = parse(file, ts.transpileModule(text, { ...options, transformers: CDKTN_TRANSFORMERS }).outputText);
      const diff = differences(cdktf, cdktn);
      expect({ file: path.relative(ROOT, file), diff: diff.map(({ before, after }) => `${before} -> ${after}`) }).toEqual({
        file: path.relative(ROOT, file),
        diff: diff.length ? ["cdktf -> cdktn"] : [],
      });
      expect(diff.every((d) => d.specifier)).toBe(true);
    }
  });
});
