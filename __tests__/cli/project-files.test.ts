import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The files of the project that `ilert-datadog` reads, as users run it (scripts/ilert-datadog.js, the
// package's command from dist/): cdktf.json, which every tool reads for the output folder, and the
// manifest.json and stack files of the output folder. Each is read as a config file is
// (app/read-file.ts): a named pipe, a device or a folder is refused at once, in one line, and a file
// that is not what cdktf writes is named with what is wrong. The same from the packed tarball:
// __tests__/package/package.test.ts.

const ROOT = path.resolve(__dirname, "../..");
const LAUNCHER = path.join(ROOT, "scripts", "ilert-datadog.js");

function env(): NodeJS.ProcessEnv {
  const { ILERT_DATADOG_CONFIG: _config, ILERT_DATADOG_STACKS: _stacks, CDKTF_OUTDIR: _outdir, ...rest } = process.env;
  return rest;
}

/** The command in `cwd`; a read that blocked would run into the timeout (status null). */
const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, env: env(), encoding: "utf8", timeout: 30_000 });

const CDKTF_JSON = "expected your project's cdktf.json, a regular JSON file of at most 10 MiB holding an object";
const MANIFEST = "expected the manifest.json that cdktf synth writes, a regular JSON file of at most 256 MiB";

describe("ilert-datadog reads cdktf.json and the output folder only as regular files within the limit", () => {
  // Compiled first, so that no run prints the compiler's progress.
  beforeAll(() => require("../../scripts/dist.js").ensureBuilt("cli/ilert-datadog.ts"), 300_000);
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "project-files-"))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("a named pipe as cdktf.json: every tool (and --synth) refuses it at once instead of waiting for a writer", () => {
    execFileSync("mkfifo", [path.join(tmp, "cdktf.json")]);
    for (const args of [["oncall"], ["diagram"], ["preview"], ["import-commands"], ["preview", "--synth"]]) {
      expect({ args, ...run(tmp, ...args) }).toMatchObject({
        args,
        status: 1,
        stdout: "",
        stderr: `ilert-datadog ${args[0]}: cdktf.json: cannot read it: a named pipe (FIFO), not a regular file: ${CDKTF_JSON}\n`,
      });
    }
  }, 120_000);

  test("cdktf.json as a link to /dev/zero, as a folder, not JSON, or not an object", () => {
    fs.symlinkSync("/dev/zero", path.join(tmp, "cdktf.json"));
    expect(run(tmp, "oncall")).toMatchObject({
      status: 1,
      stderr: `ilert-datadog oncall: cdktf.json: cannot read it: a character device, not a regular file: ${CDKTF_JSON}\n`,
    });
    fs.rmSync(path.join(tmp, "cdktf.json"));
    fs.mkdirSync(path.join(tmp, "cdktf.json"));
    expect(run(tmp, "diagram").stderr).toBe(
      `ilert-datadog diagram: cdktf.json: cannot read it: a folder, not a regular file: ${CDKTF_JSON}\n`,
    );
    fs.rmSync(path.join(tmp, "cdktf.json"), { recursive: true });
    fs.writeFileSync(path.join(tmp, "cdktf.json"), '{"app": "x",\n "output": ');
    expect(run(tmp, "preview", "--synth").stderr).toBe(
      `ilert-datadog preview: cdktf.json: not valid JSON at line 2, column 12: Unexpected end of JSON input: ${CDKTF_JSON}\n`,
    );
    fs.writeFileSync(path.join(tmp, "cdktf.json"), '"cdktf.out"');
    expect(run(tmp, "preview").stderr).toBe(`ilert-datadog preview: cdktf.json: it holds "cdktf.out": ${CDKTF_JSON}\n`);
  }, 120_000);

  test("a named pipe or a broken file in the output folder: the file, what is wrong, and to synthesize again", () => {
    fs.writeFileSync(path.join(tmp, "cdktf.json"), JSON.stringify({ app: "true", output: "out" }));
    fs.mkdirSync(path.join(tmp, "out"));
    execFileSync("mkfifo", [path.join(tmp, "out", "manifest.json")]);
    const manifest = path.join("out", "manifest.json");
    expect(run(tmp, "preview")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog preview: ${manifest}: cannot read it: a named pipe (FIFO), not a regular file: ${MANIFEST}; run \`npx cdktf synth\` again, or add --synth to synthesize the app of cdktf.json now\n`,
    });
    // import-commands reads only the output folder: no --synth to offer.
    expect(run(tmp, "import-commands").stderr).toBe(
      `ilert-datadog import-commands: ${manifest}: cannot read it: a named pipe (FIFO), not a regular file: ${MANIFEST}; run \`npx cdktf synth\` again\n`,
    );
    fs.rmSync(path.join(tmp, "out", "manifest.json"));
    fs.writeFileSync(path.join(tmp, "out", "manifest.json"), '{"stacks": ');
    expect(run(tmp, "oncall").stderr).toBe(
      `ilert-datadog oncall: ${manifest}: not valid JSON at line 1, column 12: Unexpected end of JSON input: ${MANIFEST}; run \`npx cdktf synth\` again, or add --synth to synthesize the app of cdktf.json now\n`,
    );
    const stack = { name: "a", workingDirectory: "stacks/a", synthesizedStackPath: "../../../etc/passwd" };
    fs.writeFileSync(path.join(tmp, "out", "manifest.json"), JSON.stringify({ stacks: { a: stack } }));
    expect(run(tmp, "diagram", "--out", "-").stderr).toBe(
      `ilert-datadog diagram: ${manifest}: stacks["a"].synthesizedStackPath is "../../../etc/passwd": expected a path inside the output folder, as cdktf synth writes it; run \`npx cdktf synth\` again, or add --synth to synthesize the app of cdktf.json now\n`,
    );
  }, 120_000);

  test("app --config /dev/zero: refused at once, the path shown as given", () => {
    expect(run(tmp, "app", "--config", "/dev/zero")).toMatchObject({
      status: 1,
      stdout: "",
      stderr:
        "config: /dev/zero (from argument)\nilert-datadog app: /dev/zero: invalid config:\n  - cannot read the file: a character device, not a regular file: expected a regular JSON file of at most 10 MiB; give the path of your config file, e.g. teams.json\n",
    });
  }, 60_000);

  test("app: a named pipe at the output folder's manifest.json stops it at once (cdktf would block writing into it)", () => {
    fs.writeFileSync(
      path.join(tmp, "teams.json"),
      JSON.stringify({ environments: [{ key: "prod" }], teams: [{ key: "payments", escalation: { existingId: "12" } }] }),
    );
    fs.mkdirSync(path.join(tmp, "cdktf.out"));
    execFileSync("mkfifo", [path.join(tmp, "cdktf.out", "manifest.json")]);
    expect(run(tmp, "app", "--config", "teams.json")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `config: teams.json (from argument)\nilert-datadog app: ${path.join("cdktf.out", "manifest.json")}: cannot read it: a named pipe (FIFO), not a regular file: expected the manifest.json of an earlier synth, or nothing; remove it, and synthesize again\n`,
    });
  }, 60_000);
});
