import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { fencedBlocks, handWrittenDocs, ROOT } from "../helpers/markdown";

// Every ```ts block of the READMEs and of the hand-written docs is type-checked against the library
// source, as a reader would paste it into a cdktf app: a module importing `cdktf-ilert-datadog`
// (constructs/), `cdktf-ilert-datadog/tools` (tools/) and `cdktf-ilert-datadog/ilert/<resource>`
// (.gen/), or the same of `cdktn-ilert-datadog`. Blocks that continue an earlier example may use `stack`, `policy` and `datadog` without
// declaring them (AMBIENT). A block that cannot compile is preceded by `<!-- not compiled: reason -->`.

const AMBIENT = `
declare const stack: import("cdktf").TerraformStack;
declare const policy: import("cdktf-ilert-datadog").IEscalationPolicy;
declare const datadog: import("cdktf-ilert-datadog").IlertDatadogIntegration;
`;
const NOT_COMPILED = /^<!-- not compiled: \S.* -->$/;
/** How many blocks may opt out: exceptions are to stay rare. */
const MAX_NOT_COMPILED = 2;

interface Block {
  readonly doc: string;
  readonly line: number;
  readonly code: string;
}

interface DocBlocks {
  readonly compiled: Block[];
  readonly notCompiled: Block[];
}

function tsBlocks(doc: string, markdown: string): DocBlocks {
  const blocks = fencedBlocks(markdown)
    .filter((b) => b.lang === "ts" || b.lang === "typescript")
    .map((b) => ({ ...b, doc }));
  return {
    compiled: blocks.filter((b) => !NOT_COMPILED.test(b.before)),
    notCompiled: blocks.filter((b) => NOT_COMPILED.test(b.before)),
  };
}

/** `<doc>:<line>: TS<code> <message>` for each diagnostic of the blocks, all checked by one program. */
function typeCheck(blocks: readonly Block[]): string[] {
  const { config } = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const compilerOptions: ts.CompilerOptions = {
    ...options,
    noEmit: true,
    incremental: false,
    tsBuildInfoFile: undefined,
    // Examples may declare a value only to show it.
    noUnusedLocals: false,
    types: ["node"],
    // The cdktn package is the same source with the framework's module names rewritten.
    paths: Object.fromEntries(
      ["cdktf-ilert-datadog", "cdktn-ilert-datadog"].flatMap((name) => [
        [name, [path.join(ROOT, "constructs/index.ts")]],
        [`${name}/tools`, [path.join(ROOT, "tools/index.ts")]],
        [`${name}/ilert/*`, [path.join(ROOT, ".gen/providers/ilert/*/index.ts")]],
      ]),
    ),
  };
  const virtual = new Map<string, { text: string; block?: Block }>();
  virtual.set(path.join(ROOT, "__docs__/ambient.d.ts"), { text: AMBIENT });
  blocks.forEach((block, i) => {
    // `export {}` makes each block a module, so its declarations do not clash with other blocks'.
    virtual.set(path.join(ROOT, `__docs__/block${i}.ts`), { text: `${block.code}\nexport {};\n`, block });
  });

  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const file = virtual.get(path.resolve(name));
    return file ? ts.createSourceFile(name, file.text, language) : getSourceFile.call(host, name, language, ...rest);
  };
  host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(path.resolve(name))?.text ?? readFile.call(host, name);

  const program = ts.createProgram([...virtual.keys()], compilerOptions, host);
  // Only the blocks' diagnostics: the library itself is type-checked by `tsc` in `npm test`.
  const files = [...virtual.keys()].map((name) => program.getSourceFile(name)!);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    const block = d.file && virtual.get(path.resolve(d.file.fileName))?.block;
    if (!d.file || d.start === undefined) return `TS${d.code} ${message}`;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const where = block ? `${block.doc}:${block.line + line}` : `${path.relative(ROOT, d.file.fileName)}:${line + 1}`;
    return `${where}: TS${d.code} ${message}`;
  });
}

/** A page with one good block, one bad one and one marked: proves the check can fail, and where. */
const FIXTURE = [
  "# fixture",
  "```ts",
  'import { Rotation } from "cdktf-ilert-datadog";',
  "Rotation.weekly();",
  "```",
  "",
  "```ts",
  'import { readSynthesizedStacks } from "cdktf-ilert-datadog/tools";',
  "const stacks: number = readSynthesizedStacks(stack.node.id);",
  "```",
  "<!-- not compiled: a fragment -->",
  "```ts",
  "rotation.every(",
  "```",
].join("\n");

const docs = handWrittenDocs().map((doc) => tsBlocks(doc, fs.readFileSync(path.join(ROOT, doc), "utf8")));
const fixture = tsBlocks("fixture.md", FIXTURE);
const compiled = docs.flatMap((d) => d.compiled);
const notCompiled = docs.flatMap((d) => d.notCompiled);
let problems: string[];

beforeAll(() => {
  problems = typeCheck([...compiled, ...fixture.compiled]);
}, 60_000);

test("every ```ts block of README.md and the hand-written docs type-checks against the library", () => {
  expect(problems.filter((p) => !p.startsWith("fixture.md:"))).toEqual([]);
});

test("a type error is reported with its Markdown file and line", () => {
  expect(fixture.compiled.map((b) => b.line)).toEqual([3, 8]);
  expect(fixture.notCompiled.map((b) => b.line)).toEqual([13]);
  expect(problems.filter((p) => p.startsWith("fixture.md:"))).toEqual([
    "fixture.md:9: TS2322 Type 'SynthesizedStack[]' is not assignable to type 'number'.",
  ]);
});

test("the package README's examples are checked, and blocks left out are rare and say why", () => {
  expect(compiled.filter((b) => b.doc === "packages/cdktf/README.md").length).toBeGreaterThanOrEqual(4);
  expect(notCompiled.length).toBeLessThanOrEqual(MAX_NOT_COMPILED);
});
