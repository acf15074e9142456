import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

// Tests mirror the layout: each source file under constructs/, tools/, app/ and cli/ that has logic has a
// test file named after it (`<name>.test.ts`) somewhere under __tests__/ (by convention at the
// mirrored path: __tests__/ilert/schedule/rotation.test.ts for constructs/ilert/schedule/rotation.ts,
// __tests__/tools/... for tools/..., __tests__/app/... for app/...).
//
// The heuristic for "has logic": the file holds a body of code, i.e. a function, method, getter,
// setter, constructor or arrow function with a body. Interfaces, types, constants and re-exports are
// not logic. Files whose only code is the enum-like classes' one-line escape hatch
// (`static custom(value) { return new X(value, true); }`) are constant-only; they are listed in
// CONSTANT_ONLY below, and the test checks that each listed file is still just that.
//
// Tests of the repository's scripts (scripts/) live under __tests__/scripts/ at the mirrored path
// (__tests__/scripts/cdktn/rewrite.test.ts for scripts/cdktn/rewrite.js), but those listed in
// SCRIPT_TESTS_ELSEWHERE.

const ROOT = path.join(__dirname, "../..");
const SOURCE_DIRS = ["constructs", "tools", "app", "cli"];

/** Constant-only files (see above), with what they hold. */
const CONSTANT_ONLY: Readonly<Record<string, string>> = {
  "constructs/ilert/schedule/day-of-week.ts": "DayOfWeek constants",
  "constructs/ilert/alert-source/alert-grouping-window.ts": "AlertGroupingWindow constants",
  "constructs/ilert/alert-source/auto-resolution-timeout.ts": "AutoResolutionTimeout constants",
  "constructs/ilert/alert-source/support-status.ts": "SupportStatus constants",
  "constructs/datadog/maintenance/downtime-notify.ts": "DowntimeNotifyEndState and DowntimeNotifyEndType constants",
};

/** Tests named after a script that live elsewhere, with why. */
const SCRIPT_TESTS_ELSEWHERE: Readonly<Record<string, string>> = {
  "__tests__/package/package.test.ts":
    "the package as users get it, packed by scripts/package.js and installed, beside the cdktn package's",
  "__tests__/e2e/sandbox-package.test.ts": "needs the e2e install (the fakes' types); npm run test:e2e runs it",
};

/** The files under `dir` (relative to the repository), recursively. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The bodies of code in a TypeScript source text: each function-like node that has a body. */
function codeBodies(text: string): ts.FunctionLikeDeclaration[] {
  const file = ts.createSourceFile("source.ts", text, ts.ScriptTarget.Latest, true);
  const found: ts.FunctionLikeDeclaration[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) found.push(node as ts.FunctionLikeDeclaration);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Whether a body is an enum-like class's escape hatch: `static custom(...)` returning a new instance. */
function isEscapeHatch(body: ts.FunctionLikeDeclaration): boolean {
  const statements = body.body && ts.isBlock(body.body) ? body.body.statements : [];
  return (
    ts.isMethodDeclaration(body) &&
    body.name.getText() === "custom" &&
    (ts.getCombinedModifierFlags(body) & ts.ModifierFlags.Static) !== 0 &&
    statements.length === 1 &&
    ts.isReturnStatement(statements[0]) &&
    statements[0].expression !== undefined &&
    ts.isNewExpression(statements[0].expression)
  );
}

const sources = SOURCE_DIRS.flatMap(filesUnder)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  .map((file) => ({ file: file.split(path.sep).join("/"), bodies: codeBodies(fs.readFileSync(path.join(ROOT, file), "utf8")) }));
const testNames = new Set(
  filesUnder("__tests__")
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => path.basename(f, ".test.ts")),
);
const hasTest = (file: string): boolean => testNames.has(path.basename(file, ".ts"));

describe("the layout heuristic", () => {
  test.each<[string, number, string]>([
    [
      "constants, types, interfaces and re-exports",
      0,
      'export const A = 1;\nexport type T = "a";\nexport interface I { f(): void }\nexport * from "./x";',
    ],
    ["overloads and abstract methods without a body", 0, "export function f(a: string): void;\nabstract class C { abstract m(): void }"],
    ["a function", 1, "export function f() { return 1; }"],
    ["an arrow function in a constant", 1, "export const f = (a: number) => a + 1;"],
    ["a class with a constructor, a getter and a method", 3, "class C { constructor() {} get g() { return 1; } m() {} }"],
  ])("%s: %d bodies", (_what, count, text) => {
    expect(codeBodies(text)).toHaveLength(count);
  });

  test("an enum-like class's custom() is an escape hatch; another static method is not", () => {
    const [custom, other, instance] = codeBodies(
      "class E { static custom(v: string) { return new E(v, true); } static of(v: string) { return new E(v); } custom(v: string) { return new E(v); } }",
    );
    expect([isEscapeHatch(custom), isEscapeHatch(other), isEscapeHatch(instance)]).toEqual([true, false, false]);
  });
});

describe("tests mirror the layout", () => {
  test("the heuristic sees the source files, with and without logic", () => {
    const withLogic = sources.filter((s) => s.bodies.length > 0).map((s) => s.file);
    expect(withLogic.length).toBeGreaterThan(60);
    expect(withLogic).toEqual(expect.arrayContaining(["constructs/core/validate.ts", "tools/terraform-imports.ts", "app/build.ts"]));
    expect(withLogic).not.toContain("constructs/index.ts");
    expect(withLogic).not.toContain("constructs/ilert/shared-props.ts");
  });

  test("every source file with logic has a test file named after it under __tests__/", () => {
    const missing = sources
      .filter((s) => s.bodies.length > 0 && !(s.file in CONSTANT_ONLY) && !hasTest(s.file))
      .map((s) => `${s.file}: add ${path.basename(s.file, ".ts")}.test.ts (at its mirrored path under __tests__/)`);
    expect(missing).toEqual([]);
  });

  test("CONSTANT_ONLY lists only existing files whose code is just escape hatches, and none that has a test", () => {
    for (const file of Object.keys(CONSTANT_ONLY)) {
      const source = sources.find((s) => s.file === file);
      expect([file, source !== undefined]).toEqual([file, true]);
      expect([file, source!.bodies.every(isEscapeHatch)]).toEqual([file, true]);
      expect([file, hasTest(file)]).toEqual([file, false]);
    }
  });
});

describe("tests of scripts/ mirror scripts/ under __tests__/scripts/", () => {
  const posix = (file: string): string => file.split(path.sep).join("/");
  const scripts = filesUnder("scripts")
    .filter((f) => /\.(js|ts)$/.test(f))
    .map(posix);
  const tests = filesUnder("__tests__")
    .filter((f) => f.endsWith(".test.ts"))
    .map(posix);
  const sourceNames = new Set(sources.map((s) => path.basename(s.file, ".ts")));
  const mirrored = (test: string): string => test.replace(/^__tests__\/scripts\//, "scripts/").replace(/\.test\.ts$/, "");

  test("each test under __tests__/scripts/ is named after a script at the mirrored path", () => {
    const orphans = tests
      .filter((t) => t.startsWith("__tests__/scripts/"))
      .filter((t) => !scripts.some((s) => s.replace(/\.(js|ts)$/, "") === mirrored(t)));
    expect(orphans).toEqual([]);
    expect(tests.filter((t) => t.startsWith("__tests__/scripts/")).length).toBeGreaterThanOrEqual(6);
  });

  test("a test named after a script (and after no source file) is under __tests__/scripts/, or listed in SCRIPT_TESTS_ELSEWHERE", () => {
    const scriptNames = new Set(scripts.map((s) => path.basename(s).replace(/\.(js|ts)$/, "")));
    const misplaced = tests.filter((t) => {
      const name = path.basename(t, ".test.ts");
      return scriptNames.has(name) && !sourceNames.has(name) && !t.startsWith("__tests__/scripts/") && !(t in SCRIPT_TESTS_ELSEWHERE);
    });
    expect(misplaced).toEqual([]);
    for (const listed of Object.keys(SCRIPT_TESTS_ELSEWHERE)) expect([listed, tests.includes(listed)]).toEqual([listed, true]);
  });
});

describe("CONTRIBUTING's Layout table names every entry of the root, and only those", () => {
  const contributing = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");
  const layout = contributing.split(/^## /m).find((section) => section.startsWith("Layout\n")) ?? "";
  /** The root entries the table's first column names (`app/`, `.gen/providers/ilert/` → app, .gen). */
  const listed = new Set(
    layout
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .flatMap((line) => [...line.split(" | ")[0].matchAll(/`([^`]+)`/g)].map(([, p]) => p.split("/")[0])),
  );
  /** The root's tracked entries (git's index: what a clone has, without installs and outputs). */
  const tracked = new Set(
    execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter((f) => f !== "")
      .map((f) => f.split("/")[0]),
  );

  test("each root entry has a row (a new one is added there, with what it is for)", () => {
    expect([...tracked].filter((entry) => !listed.has(entry)).sort()).toEqual([]);
  });

  test("each row names entries of the root (a moved or removed one leaves the table)", () => {
    expect([...listed].filter((entry) => !tracked.has(entry)).sort()).toEqual([]);
    expect(listed.size).toBeGreaterThan(20);
  });
});

test("CONTRIBUTING names every npm script of package.json (the Scripts table, or Installs for setup:<name>)", () => {
  const contributing = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");
  const named = new Set([...contributing.matchAll(/`npm (?:run ([\w:-]+)|(test))\b/g)].map(([, run, test]) => run ?? test));
  const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts);
  expect(scripts.filter((script) => !named.has(script))).toEqual([]);
});
