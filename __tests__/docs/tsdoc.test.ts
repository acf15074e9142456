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
      }
    }
    expect(problems).toEqual([]);
  },
);
