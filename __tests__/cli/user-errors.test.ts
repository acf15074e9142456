import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { main } from "../../cli/ilert-datadog";
import { isUserError } from "../../constructs/core/private/user-error";

// One kind of user-facing error (constructs/core/private/user-error.ts): the command prints a user
// error as its message alone, one line after `ilert-datadog <command>:`, and any other error with its
// stack, as a bug. The error classes are found by a scan of the hand-written source, so a new error
// class is either a user error (and printed so) or listed below with the reason it is not.

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["constructs", "tools", "app", "cli"];

/** The user errors, each with arguments for its constructor. */
const USER_ERRORS: Readonly<Record<string, readonly unknown[]>> = {
  "constructs/core/errors.ts IlertDatadogValidationError": [
    "payments/Integration",
    { prop: "webhookName", received: "my hook", accepted: 'letters, digits, "-" and "_" only', fix: 'rename it, e.g. "my-hook"' },
  ],
  "tools/synthesized-stacks.ts SynthesizedOutputError": ["cdktf.out/manifest.json", "not valid JSON at line 1, column 9"],
  "app/config.ts ConfigError": ["teams.json", ["stackPer: invalid value", "teams[0].key: missing"]],
  "app/config-source.ts ConfigSourceError": ["ILERT_DATADOG_CONFIG: the config file name must be a string"],
  "app/stack-selection.ts StackSelectionError": ["ILERT_DATADOG_STACKS names no stack"],
  "app/synth.ts OutputFolderError": ["cdktf.out/manifest.json is a named pipe; remove it"],
  "cli/ilert-datadog.ts CommandError": ["cdktf.json: it holds an array"],
  "cli/init.ts InitError": ["main.ts exists; remove it or run init in an empty folder"],
  "cli/output-file.ts OutputFileError": ['--out "x.md": a folder'],
  "cli/adopt/adopt-error.ts AdoptError": ["ILERT_API_KEY is not set; set it"],
  "cli/sandbox/sandbox-error.ts SandboxError": ["port 8080 is in use; give another with --port"],
};

/** The error classes that are not user errors, and why. */
const NOT_USER_ERRORS: Readonly<Record<string, string>> = {
  "app/read-file.ts ReadFileError": "caught where a file is read, and rethrown as the user error of what the file is for",
  "app/read-file.ts JsonSyntaxError": "a ReadFileError",
  "cli/adopt/api-client.ts NotFound": "an answer adopt expects for some reads, caught there",
  "cli/args.ts UsageError": "a command line that cannot be run, reported before the command runs, with exit status 2",
};

/** Every concrete class under SOURCE_DIRS that derives from Error (through classes found there too), as `file Class`. */
function errorClasses(): string[] {
  const classes: { key: string; base: string; name: string; abstract: boolean }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts")) {
        const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
        for (const node of source.statements) {
          if (!ts.isClassDeclaration(node) || node.name === undefined) continue;
          const base = node.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
          if (base === undefined) continue;
          const abstract = (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Abstract) !== 0;
          classes.push({
            key: `${file.split(path.sep).join("/")} ${node.name.text}`,
            base: base.expression.getText(),
            name: node.name.text,
            abstract,
          });
        }
      }
    }
  };
  SOURCE_DIRS.forEach(walk);
  const errors = new Set(["Error"]);
  for (let size = 0; size !== errors.size;) {
    size = errors.size;
    for (const c of classes) if (errors.has(c.base)) errors.add(c.name);
  }
  return classes
    .filter((c) => errors.has(c.name) && !c.abstract)
    .map((c) => c.key)
    .sort();
}

/** An instance of the class `key` names, from its module. */
function instance(key: string, args: readonly unknown[]): Error {
  const [file, name] = key.split(" ");
  const errorClass = require(path.join(ROOT, file))[name];
  return new errorClass(...args);
}

/** Runs `ilert-datadog app` in process with an app that throws `error`: the status and what was printed. */
function thrownByApp(error: Error): { status: number | Promise<number>; stderr: string } {
  const stderr: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  try {
    return {
      status: main(["app"], {
        createApp: () => {
          throw error;
        },
      }),
      stderr: stderr.join(""),
    };
  } finally {
    spy.mockRestore();
  }
}

describe("user errors (the command prints them without a stack)", () => {
  const cwd = process.cwd();
  const saved = { ...process.env };
  beforeAll(() => {
    // No config file anywhere: `app` says it builds the host's app, whose creation throws.
    process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), "user-errors-")));
    for (const name of ["ILERT_DATADOG_CONFIG", "ILERT_DATADOG_TOOL_CONFIG", "CDKTF_CONTEXT_JSON", "CDKTF_OUTDIR"])
      delete process.env[name];
  });
  afterAll(() => {
    process.chdir(cwd);
    process.env = saved;
  });

  test("every error class of the source is listed: a user error, or not one for a reason", () => {
    expect(errorClasses()).toEqual([...Object.keys(USER_ERRORS), ...Object.keys(NOT_USER_ERRORS)].sort());
  });

  test.each(Object.entries(USER_ERRORS))("%s: a user error, printed as its message alone, exit status 1", (key, args) => {
    const error = instance(key, args);
    expect([isUserError(error), error.name]).toEqual([true, key.split(" ")[1]]);
    expect(thrownByApp(error)).toEqual({
      status: 1,
      stderr: `config: none named; the built-in example\nilert-datadog app: ${error.message}\n`,
    });
  });

  test.each(Object.keys(NOT_USER_ERRORS))("%s: not a user error, thrown on with its stack", (key) => {
    const error = instance(key, ["what went wrong"]);
    expect(isUserError(error)).toBe(false);
    expect(() => thrownByApp(error)).toThrow(error);
  });

  test("a bug (a TypeError) is thrown on: not printed as a user error", () => {
    const error = new TypeError("cannot read properties of undefined");
    expect(() => thrownByApp(error)).toThrow(error);
  });
});

describe("how the installed command prints them (from dist/, as the bin runs main)", () => {
  /** Runs the compiled command's `main` as the bin does, with an app whose creation throws what `throwing` makes. */
  function bin(throwing: string) {
    const script = [
      `const { outputOf } = require(${JSON.stringify(path.join(ROOT, "scripts/dist"))});`,
      `const { main, exitWith } = require(outputOf("cli/ilert-datadog.ts"));`,
      `const { ConfigError } = require(outputOf("app/config.ts"));`,
      `setImmediate(() => exitWith(main(["app"], { createApp: () => { throw ${throwing}; } })));`,
    ].join("\n");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "user-errors-bin-"));
    const { ILERT_DATADOG_CONFIG: _c, CDKTF_CONTEXT_JSON: _j, ...env } = process.env;
    return spawnSync(process.execPath, ["-e", script], { cwd: dir, env, encoding: "utf8" });
  }

  test("a user error: its message, in one line after the command, no stack; exit status 1", () => {
    const result = bin(`new ConfigError("teams.json", ["stackPer: invalid value"])`);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      1,
      "",
      "config: none named; the built-in example\nilert-datadog app: teams.json: invalid config:\n  - stackPer: invalid value\n",
    ]);
  });

  test("a bug: Node prints its stack (frames of the command) and exits 1", () => {
    const result = bin(`new TypeError("cannot read properties of undefined")`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("TypeError: cannot read properties of undefined\n    at ");
    expect(result.stderr).toMatch(/ilert-datadog\.js:\d+/);
  });
});
