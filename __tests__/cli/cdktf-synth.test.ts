import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { createApp } from "../../main";
import { describeWithCdktfCli } from "../helpers/cdktf-cli";

// Runs the real cdktf CLI (the `cdktf-cli` dev dependency, as `npx cdktf synth` runs it) on this
// repository's cdktf.json, and checks that it writes exactly what `npm run synth` (the app command
// run directly) and `createApp(outdir).synth()` write. Nothing legitimately differs: the CLI only
// runs the app command (`node scripts/app.js`) with CDKTF_OUTDIR set, so every file is compared
// whole, metadata included. The app command reports only when the CLI does not run it.

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "node_modules", ".bin", "cdktf");

/**
 * What keeps the CLI offline and out of the home folder: CHECKPOINT_DISABLE turns off cdktf's
 * telemetry (and Terraform's update check), DISABLE_VERSION_CHECK its `npm view` for newer CLI
 * versions, and CDKTF_HOME moves the folder where it would keep a telemetry id.
 */
function offlineEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "true", CDKTF_HOME: home };
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Every file of a synthesized output folder, parsed, by path relative to the folder. */
function readOutput(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(dir, p)] = readJson(p);
    }
  };
  walk(dir);
  return files;
}

describeWithCdktfCli("npx cdktf synth (cdktf-cli 0.21 on cdktf.json)", () => {
  let tmp: string;
  let cli: Record<string, unknown>;
  let direct: Record<string, unknown>;
  let npmRun: Record<string, unknown>;
  let cliStdout: string;
  let npmStdout: string;
  let home: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-cli-"));
    home = path.join(tmp, "cdktf-home");
    const out = path.join(tmp, "cli.out");
    try {
      ({ stdout: cliStdout } = await promisify(execFile)(CLI, ["synth", "--output", out], {
        cwd: ROOT,
        env: offlineEnv(home),
        maxBuffer: 64 * 1024 * 1024,
      }));
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: string; stderr?: string };
      throw new Error(`cdktf synth failed: ${(e as Error).message}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
    }
    cli = readOutput(out);
    const directOut = path.join(tmp, "direct.out");
    createApp(directOut).synth();
    direct = readOutput(directOut);
    // `npm run synth` runs `node scripts/app.js` (dist/ is compiled by now, by the CLI's run).
    const npmOut = path.join(tmp, "npm.out");
    const { ILERT_DATADOG_CONFIG: _unused, ...env } = process.env;
    ({ stdout: npmStdout } = await promisify(execFile)(process.execPath, ["scripts/app.js"], {
      cwd: ROOT,
      env: { ...env, CDKTF_OUTDIR: npmOut },
    }));
    npmRun = readOutput(npmOut);
  }, 180_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("writes the manifest and one cdk.tf.json per stack of the app", () => {
    const manifest = cli["manifest.json"] as { stacks: Record<string, { synthesizedStackPath: string }> };
    const stackFiles = Object.values(manifest.stacks).map((s) => s.synthesizedStackPath);
    expect(stackFiles).toContain("stacks/payments-oncall/cdk.tf.json");
    expect(Object.keys(cli).sort()).toEqual(["manifest.json", ...stackFiles].sort());
  });

  test("each file equals what createApp(outdir).synth() writes", () => {
    expect(Object.keys(cli).sort()).toEqual(Object.keys(direct).sort());
    for (const file of Object.keys(direct)) {
      expect({ file, json: cli[file] }).toEqual({ file, json: direct[file] });
    }
  });

  test("npm run synth writes the same files as cdktf synth, and says where", () => {
    expect(Object.keys(npmRun).sort()).toEqual(Object.keys(cli).sort());
    for (const file of Object.keys(cli)) expect({ file, json: npmRun[file] }).toEqual({ file, json: cli[file] });
    const where = path.relative(ROOT, path.join(tmp, "npm.out", "stacks", "payments-oncall", "cdk.tf.json"));
    expect(npmStdout).toBe(`payments-oncall: ${where}\n`);
  });

  test("under the CLI the app prints no report of its own: the stacks are listed once, by the CLI", () => {
    expect(cliStdout).not.toContain("payments-oncall: ");
    expect(cliStdout.match(/Generated Terraform code for the stacks: payments-oncall/g)).toHaveLength(1);
  });

  test("with CHECKPOINT_DISABLE set, the CLI keeps no telemetry id in CDKTF_HOME", () => {
    expect(fs.existsSync(home)).toBe(false);
  });
});
