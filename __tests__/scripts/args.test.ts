import { spawnSync } from "child_process";
import * as path from "path";

const { parseScriptArgs, ScriptUsageError } = require("../../scripts/args.js");

const ROOT = path.resolve(__dirname, "../..");
const OPTIONS = { out: { type: "string" }, json: { type: "boolean" } };

/** The usage error `argv` gets, or undefined. */
function problem(argv: string[], config: object): string | undefined {
  try {
    parseScriptArgs(argv, config);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ScriptUsageError);
    return (e as Error).message;
  }
}

describe("scripts/args.js parseScriptArgs", () => {
  test("options in both forms, and positionals within their bounds", () => {
    expect(parseScriptArgs(["cdktf", "--out=o", "--json"], { options: OPTIONS, min: 1, max: 1 })).toEqual({
      values: { out: "o", json: true },
      positionals: ["cdktf"],
    });
    expect(parseScriptArgs(["--out", "o"], { options: OPTIONS })).toEqual({ values: { out: "o" }, positionals: [] });
    expect(parseScriptArgs([], {})).toEqual({ values: {}, positionals: [] });
  });

  test.each<[string, string[], object, string]>([
    ["an unknown option", ["--jsn"], { options: OPTIONS }, "--jsn: unknown option; expected one of --out, --json"],
    ["an option where none is taken", ["-x"], { max: 2 }, "-x: unknown option; it takes no options"],
    ["a string option without its value", ["--out"], { options: OPTIONS }, "--out: missing value; give one, e.g. --out <value>"],
    ["a boolean option with a value", ["--json=yes"], { options: OPTIONS }, "--json: takes no value; give --json alone"],
    ["a positional where none is taken", ["extra"], { options: OPTIONS }, '"extra": unexpected argument'],
    ["one positional too many", ["a", "b", "c"], { min: 2, max: 2 }, '"c": unexpected argument'],
    ["a missing positional", [], { min: 1, max: 1 }, "missing argument"],
    ["missing positionals", ["a"], { min: 3, max: 3 }, "missing arguments"],
  ])("refuses %s in one line", (_what, argv, config, message) => {
    expect(problem(argv, config)).toBe(message);
  });
});

describe("the scripts refuse what they do not take: their name, the problem, their usage; exit 2", () => {
  test.each<[string, string[], string]>([
    [
      "scripts/bench",
      ["--bogus"],
      "scripts/bench: --bogus: unknown option; expected one of --runs, --only, --write, --help\nusage: npm run bench ",
    ],
    [
      "scripts/bench",
      ["--only", "nope"],
      'scripts/bench: --only: unknown group "nope"; expected one of base, scale, oncall, diff\nusage: ',
    ],
    [
      "scripts/toolchain.js",
      ["--x"],
      "scripts/toolchain.js: --x: unknown option; it takes no options\nusage: node scripts/toolchain.js <name>",
    ],
    ["scripts/package.js", ["cdktf", "--bogus"], "scripts/package.js: --bogus: unknown option; expected one of --out, --json\nusage: "],
    ["scripts/sandbox-package.js", ["x"], 'scripts/sandbox-package.js: "x": unexpected argument\nusage: '],
    ["scripts/cdktn/build.js", ["a", "b", "c"], 'scripts/cdktn/build.js: "c": unexpected argument\nusage: '],
    ["scripts/jsii/python.js", ["--bogus"], "scripts/jsii/python.js: --bogus: unknown option; expected one of --only\nusage: "],
    ["scripts/bench/scale-config.js", ["5", "x", "f"], 'scripts/bench/scale-config.js: "x": expected environment or team\nusage: '],
  ])("node %s %j", (script, argv, start) => {
    const result = spawnSync(process.execPath, [script, ...argv], { cwd: ROOT, encoding: "utf8" });
    expect([result.status, result.stdout]).toEqual([2, ""]);
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr.split("\n")).toHaveLength(3); // the problem, the usage, the final newline
  });

  test("toolchain.js parses its first two arguments only: the rest are the tool's", () => {
    const result = spawnSync(process.execPath, ["scripts/toolchain.js", "nope", "tool.js", "--tool-option", "x"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect([result.status, result.stderr]).toEqual([1, 'unknown toolchain "nope"; one of cdktn, e2e, mutation, docs, node, jsii\n']);
  });
});
