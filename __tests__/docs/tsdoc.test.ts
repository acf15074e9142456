import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

// Every exported props/options interface documents each property, and every optional property
// says what happens when it is left out (`@default`), as the AWS CDK design guidelines ask.
// Both entry points: the package root (constructs/) and its tools subpath (tools/).
const ROOT = path.join(__dirname, "../..");
const ENTRIES = ["constructs/index.ts", "tools/index.ts"].map((f) => path.join(ROOT, f));

function exportedInterfaces(entry: string): { file: string; node: ts.InterfaceDeclaration }[] {
  const program = ts.createProgram([entry], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(entry)!;
  const symbols = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!);
  return symbols.flatMap((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target.declarations ?? [])
      .filter(ts.isInterfaceDeclaration)
      .map((node) => ({ file: path.relative(ROOT, node.getSourceFile().fileName), node }));
  });
}

// "@default - none" alone tells the reader nothing: it must go on to say what happens, e.g.
// "@default - none: turns are counted from `start`".
const BARE_DEFAULT = /^-\s*none\s*$/;

function tagText(tag: ts.JSDocTag): string {
  return ts.getTextOfJSDocComment(tag.comment) ?? "";
}

test.each(ENTRIES.map((e) => [path.relative(ROOT, e), e]))(
  "%s: every property of an exported interface has TSDoc, and every optional one an @default",
  (_name, entry) => {
    const problems: string[] = [];
    const interfaces = exportedInterfaces(entry);
    expect(interfaces.length).toBeGreaterThan(5);
    for (const { file, node } of interfaces) {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member)) continue;
        const where = `${file}: ${node.name.text}.${member.name.getText()}`;
        const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
        if (docs.length === 0 || !docs.some((d) => d.comment)) problems.push(`${where} has no TSDoc`);
        const hasDefault = ts.getJSDocTags(member).some((t) => t.tagName.text === "default");
        if (member.questionToken && !hasDefault) problems.push(`${where} is optional but has no @default`);
        if (ts.getJSDocTags(member).some((t) => t.tagName.text === "default" && BARE_DEFAULT.test(tagText(t))))
          problems.push(`${where}: "@default - none" does not say what happens when it is left out`);
      }
    }
    expect(problems).toEqual([]);
  },
);

test("no @default in hand-written source is a bare '- none' (the config schema's comments included)", () => {
  const sources = ["constructs", "tools", "app", "cli"].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(dir, f)),
  );
  expect(sources.length).toBeGreaterThan(50);
  const bare = sources.flatMap((file) =>
    fs
      .readFileSync(path.join(ROOT, file), "utf8")
      .split("\n")
      .flatMap((line, i) => (/@default - none\s*(\*\/)?\s*$/.test(line) ? [`${file}:${i + 1}`] : [])),
  );
  expect(bare).toEqual([]);
});

test("the bare-default pattern refuses '- none' alone and accepts it followed by what happens", () => {
  expect(["- none", "-  none ", "-none"].map((t) => BARE_DEFAULT.test(t))).toEqual([true, true, true]);
  expect(["- none: every warning is reported", "- no message", "0"].map((t) => BARE_DEFAULT.test(t))).toEqual([false, false, false]);
});
