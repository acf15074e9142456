import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { importCycles, importGraph } from "../helpers/import-graph";

// No import cycles in hand-written code: a file's imports (type-only ones included) reach back to it
// through no chain of files. The graph is the TypeScript compiler's own (ts.preProcessFile and
// ts.resolveModuleName with tsconfig.json), over every .ts file of the source folders; .gen/ and the
// tests are not in it. A cycle is reported as its strongly connected component: all the files that
// reach each other.

const ROOT = path.join(__dirname, "../..");
const SOURCE_DIRS = ["constructs", "tools", "app", "cli"];

/** The files under `dir` (relative to the repository, `/`-separated), recursively. */
function filesUnder(root: string, dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(root, `${dir}/${e.name}`) : [`${dir}/${e.name}`]));
}

/** A cycle as one line naming its files: `a.ts <-> b.ts`. */
const key = (cycle: readonly string[]): string => [...cycle].sort().join(" <-> ");

describe("import cycles", () => {
  const sources = [...SOURCE_DIRS.flatMap((dir) => filesUnder(ROOT, dir)), "main.ts"].filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"),
  );
  const graph = importGraph(ROOT, sources);
  const found = new Set(importCycles(graph).map(key));

  test("the graph covers the hand-written sources and resolves their relative imports", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(graph.get("main.ts")).toEqual(expect.arrayContaining(["app/config-app.ts", "app/stack-selection.ts"]));
    // A file every construct reaches: if resolution failed, nothing would import it.
    const importers = [...graph].filter(([, targets]) => targets.includes("constructs/core/validate.ts"));
    expect(importers.length).toBeGreaterThan(20);
  });

  test("no cycle (a new one: move the shared piece down, or split the file by concept)", () => {
    expect([...found]).toEqual([]);
  });
});

describe("importCycles (the cycle finder)", () => {
  test("finds each strongly connected component, a file importing itself, and nothing in a chain", () => {
    const graph = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", ["e"]],
      ["e", []],
      ["f", ["f"]],
      ["g", ["d", "h"]],
      ["h", ["g"]],
    ]);
    expect(importCycles(graph)).toEqual([["a", "b", "c"], ["f"], ["g", "h"]]);
    expect(
      importCycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });

  test("finds a cycle planted in a project, through relative, index and type-only imports, with the project's tsconfig", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cycles-"));
    try {
      const write = (file: string, text: string): void => {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      };
      write("tsconfig.json", JSON.stringify({ compilerOptions: { module: "commonjs", moduleResolution: "node" } }));
      write("src/a.ts", 'import { b } from "./lib";\nexport const a = b;\n');
      write("src/lib/index.ts", 'export { b } from "./b";\n');
      write("src/lib/b.ts", 'import type { C } from "../c";\nexport const b: C = 1;\n');
      write("src/c.ts", 'import "./a";\nimport { readFileSync } from "fs";\nexport type C = number;\nexport const read = readFileSync;\n');
      write("src/d.ts", 'import { a } from "./a";\nexport const d = a;\n');
      const files = ["src/a.ts", "src/lib/index.ts", "src/lib/b.ts", "src/c.ts", "src/d.ts"];
      const graph = importGraph(dir, files);
      expect(graph.get("src/a.ts")).toEqual(["src/lib/index.ts"]);
      expect(graph.get("src/c.ts")).toEqual(["src/a.ts"]); // "fs" is not a file of the project
      expect(importCycles(graph)).toEqual([["src/a.ts", "src/c.ts", "src/lib/b.ts", "src/lib/index.ts"]]);
      write("src/lib/b.ts", "export const b = 1;\n");
      expect(importCycles(importGraph(dir, files))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
