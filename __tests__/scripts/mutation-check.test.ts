import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// scripts/mutation-check.js: each undetected mutant of a StrykerJS report applied to its file in turn,
// against a test command; here on a planted source, report and test command.
const SCRIPT = path.join(__dirname, "../../scripts/mutation-check.js");
const { mutated } = require(SCRIPT);

// f(a, b, c) is a && b && c; g(n) is "big" above 1.
const SOURCE = ["exports.f = (a, b, c) => a && b && c;", 'exports.g = (n) => (n > 1 ? "big" : "small");', ""].join("\n");
const at = (line: number, column: number, endColumn: number) => ({ start: { line, column }, end: { line, column: endColumn } });
const MUTANTS = [
  // `a && b` of `a && b && c`: as Stryker means it, (a || b) && c.
  { id: "1", mutatorName: "LogicalOperator", replacement: "a || b", status: "Survived", location: at(1, 26, 32) },
  { id: "2", mutatorName: "EqualityOperator", replacement: "n >= 1", status: "Survived", location: at(2, 21, 26) },
  { id: "3", mutatorName: "StringLiteral", replacement: '""', status: "NoCoverage", location: at(2, 29, 34) },
  { id: "4", mutatorName: "EqualityOperator", replacement: "n < 1", status: "Killed", location: at(2, 21, 26) },
];
// The tests: g at 1 and 2, and f where (a || b) && c and a || (b && c) differ only if `strict`.
const TEST = `
const { f, g } = require("./src/f.js");
const ok = g(1) === "small" && g(2) === "big" && (process.env.STRICT !== "1" || f(true, false, false) === false);
process.exit(ok ? 0 : 1);
`;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutation-check-"));
  fs.mkdirSync(path.join(dir, "src"));
  fs.writeFileSync(path.join(dir, "src/f.js"), SOURCE);
  fs.writeFileSync(path.join(dir, "test.js"), TEST);
  fs.writeFileSync(
    path.join(dir, "report.json"),
    JSON.stringify({ files: { "src/f.js": { language: "javascript", source: SOURCE, mutants: MUTANTS } } }),
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(argv: string[], env: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, ...argv], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}
const check = (...extra: string[]) => ["report.json", "src/f.js", ...extra, "--", process.execPath, "test.js"];

test("each undetected mutant in turn, against the command; the file restored; exit 1 while one is undetected", () => {
  expect(run(check())).toEqual({
    status: 1,
    stdout: [
      "undetected 1:26 LogicalOperator `a && b` → `a || b`",
      "detected 2:21 EqualityOperator `n > 1` → `n >= 1`",
      'detected 2:29 StringLiteral `"big"` → `""`',
      "2 of 3 detected",
      "",
    ].join("\n"),
    stderr: "",
  });
  expect(fs.readFileSync(path.join(dir, "src/f.js"), "utf8")).toBe(SOURCE);
});

test("a replacement is an expression in parentheses, as Stryker's tree mutation means it", () => {
  expect(run(check("--only", "1:26"), { STRICT: "1" })).toEqual({
    status: 1,
    stdout: "undetected 1:26 LogicalOperator `a && b` → `a || b`\n0 of 1 detected\n",
    stderr: "",
  });
  expect(mutated(SOURCE, MUTANTS[0]).split("\n")[0]).toBe("exports.f = (a, b, c) => (a || b) && c;");
  // A block is a statement: as it is.
  expect(mutated("if (x) { y(); }\n", { mutatorName: "BlockStatement", replacement: "{}", location: at(1, 8, 16) })).toBe("if (x) {}\n");
});

test("--only picks places, --status statuses; all detected is exit 0", () => {
  expect(run(check("--only", "2:21,2:29", "--status", "Survived,Killed"))).toEqual({
    status: 0,
    stdout: [
      "detected 2:21 EqualityOperator `n > 1` → `n >= 1`",
      "detected 2:21 EqualityOperator `n > 1` → `n < 1`",
      "2 of 2 detected",
      "",
    ].join("\n"),
    stderr: "",
  });
});

test("a source changed since the report, or not in it, is refused, and the file left alone", () => {
  fs.appendFileSync(path.join(dir, "src/f.js"), "// changed\n");
  expect(run(check())).toEqual({
    status: 1,
    stdout: "",
    stderr:
      "scripts/mutation-check.js: src/f.js: changed since report.json was written, so its mutants' places are not known; check against the report's commit\n",
  });
  expect(fs.readFileSync(path.join(dir, "src/f.js"), "utf8")).toBe(`${SOURCE}// changed\n`);
  expect(run(["report.json", "src/g.js", "--", process.execPath, "test.js"]).stderr).toBe(
    "scripts/mutation-check.js: src/g.js: not in report.json; give a path as the report names it, from the folder it ran in\n",
  );
});

test("a command that cannot be run is an error, not a detection, and the file is restored", () => {
  const { status, stdout, stderr } = run(["report.json", "src/f.js", "--", "no-such-command-here"]);
  expect([status, stdout]).toEqual([1, ""]);
  expect(stderr).toBe(
    "scripts/mutation-check.js: no-such-command-here: cannot be run (spawn no-such-command-here ENOENT); give the test command after --\n",
  );
  expect(fs.readFileSync(path.join(dir, "src/f.js"), "utf8")).toBe(SOURCE);
});

// A test command that never ends on its own, writing its process id first.
const SLEEPER = `require("fs").writeFileSync("sleeper.pid", String(process.pid)); setInterval(() => {}, 1000);`;
const gone = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

test("a command that runs past the timeout is a hang, detected, and stopped", () => {
  const { status, stdout } = run(["report.json", "src/f.js", "--only", "2:21", "--", process.execPath, "-e", SLEEPER], {
    MUTATION_CHECK_TIMEOUT_MS: "1000",
  });
  expect([status, stdout]).toEqual([0, "detected 2:21 EqualityOperator `n > 1` → `n >= 1` (a hang)\n1 of 1 detected\n"]);
  expect(gone(Number(fs.readFileSync(path.join(dir, "sleeper.pid"), "utf8")))).toBe(true);
  expect(fs.readFileSync(path.join(dir, "src/f.js"), "utf8")).toBe(SOURCE);
});

test("stopped by a signal, it stops the command and restores the file before it exits", async () => {
  const child = spawn(process.execPath, [SCRIPT, "report.json", "src/f.js", "--", process.execPath, "-e", SLEEPER], { cwd: dir });
  const pidFile = path.join(dir, "sleeper.pid");
  while (!fs.existsSync(pidFile) || fs.readFileSync(pidFile, "utf8") === "") await new Promise((r) => setTimeout(r, 50));
  expect(fs.readFileSync(path.join(dir, "src/f.js"), "utf8")).not.toBe(SOURCE);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  expect(await exited).toBe(143);
  expect(fs.readFileSync(path.join(dir, "src/f.js"), "utf8")).toBe(SOURCE);
  // Killed at once; reaped by the system a moment later.
  const sleeper = Number(fs.readFileSync(pidFile, "utf8"));
  for (let i = 0; i < 40 && !gone(sleeper); i++) await new Promise((r) => setTimeout(r, 50));
  expect(gone(sleeper)).toBe(true);
});

test("the command line: too few arguments, the usage, exit 2; npm run mutation:check runs it", () => {
  const { status, stderr } = run(["report.json", "src/f.js"]);
  expect(status).toBe(2);
  expect(stderr).toBe(
    "scripts/mutation-check.js: missing argument\n" +
      "usage: npm run mutation:check -- <report.json> <source file> [--only L:C,...] [--status S,...] -- <test command>...   " +
      "(each undetected mutant of the file applied in turn; exit 0 when the command detects all, 1 when not)\n",
  );
  const { scripts } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
  expect(scripts["mutation:check"]).toBe("node scripts/mutation-check.js");
});
