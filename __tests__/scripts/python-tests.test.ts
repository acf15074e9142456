import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// scripts/python-tests.js on a machine without python3: a local run skips in one line, a CI run fails
// (a skipped Python suite must not turn CI green).
const SCRIPT = path.join(__dirname, "../../scripts/python-tests.js");
let bin: string;

beforeAll(() => {
  bin = fs.mkdtempSync(path.join(os.tmpdir(), "no-python-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
});
afterAll(() => fs.rmSync(bin, { recursive: true, force: true }));

function runWithoutPython(ci: string | undefined) {
  const env: NodeJS.ProcessEnv = { HOME: os.tmpdir(), PATH: bin };
  if (ci !== undefined) env.CI = ci;
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT], { env, encoding: "utf8" });
  return { status, stdout, stderr };
}

test.each([[undefined], [""], ["0"], ["false"], ["FALSE"]])("without python3 and CI=%j: skipped in one line, success", (ci) => {
  expect(runWithoutPython(ci)).toEqual({ status: 0, stdout: "test:python skipped: no python3\n", stderr: "" });
});

test.each([["true"], ["1"], ["yes"]])("without python3 and CI=%j: a failure saying what to install", (ci) => {
  expect(runWithoutPython(ci)).toEqual({
    status: 1,
    stdout: "",
    stderr: "test:python: no python3 on the PATH, and CI is set: install python3 (the wheels' tests cannot be skipped in CI)\n",
  });
});

describe("splitArgs: --only is the script's, every other argument pytest's, as given", () => {
  const { splitArgs } = require("../../scripts/python-tests.js");
  test.each<[string[], { only: string | null | undefined; pytest: string[] }]>([
    [[], { only: undefined, pytest: [] }],
    [["--only", "cdktn"], { only: "cdktn", pytest: [] }],
    [["-k", "enums", "--only=cdktf", "-x"], { only: "cdktf", pytest: ["-k", "enums", "-x"] }],
    [["-x", "--only", "cdktf", "--tb=short"], { only: "cdktf", pytest: ["-x", "--tb=short"] }],
    [["-x", "--only"], { only: null, pytest: ["-x"] }],
    [["--", "--only", "cdktf"], { only: undefined, pytest: ["--", "--only", "cdktf"] }],
  ])("%j", (argv, expected) => {
    expect(splitArgs(argv)).toEqual(expected);
  });
});

test("--only with a value that names no package: one line, exit 2", () => {
  const { status, stderr } = spawnSync(process.execPath, [SCRIPT, "--only", "cdkx"], { encoding: "utf8" });
  expect({ status, stderr }).toEqual({ status: 2, stderr: "--only takes one of cdktf, cdktn\n" });
});
