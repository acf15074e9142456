import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fencedBlocks } from "../../helpers/markdown";
import { pack, packSandbox, runQuickStart } from "../../package/packing";
import { BackgroundCommand } from "../background-command";
import { runCommand } from "../command";
import { E2eRun, expectEqual, expectThat } from "../e2e-run";

const ROOT = path.resolve(__dirname, "../../..");
/** The tarballs' paths as the README writes them: the one thing replaced in its commands. */
const TARBALL = "/path/to/cdktf-ilert-datadog/cdktf-ilert-datadog-0.1.0.tgz";
const SANDBOX_TARBALL = "/path/to/cdktf-ilert-datadog/ilert-datadog-sandbox-0.1.0.tgz";

/** The package's README (what npm shows), whose Quick start and Try it locally are run. */
const README = "packages/cdktf/README.md";

/** The first `sh` block of the package README's section `heading`. */
function readmeCommands(heading: string): string {
  const readme = fs.readFileSync(path.join(ROOT, README), "utf8");
  const start = readme.indexOf(`## ${heading}\n`);
  expectThat(start >= 0, `${README} has no section "${heading}"`);
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  return fencedBlocks(section).find((b) => b.lang === "sh")!.code;
}

/**
 * The package README's "Try it locally", run from the packed tarballs in the project its Quick start makes
 * (`init`): both packages packed as `npm run pack` and `npm run pack:sandbox` pack them, the Quick
 * start run verbatim, then "Try it locally" line by line, the sandbox in the background and the lines
 * after it once it wrote sandbox.env, as a user with a second shell runs them. Its commands are for a
 * user with registry access; no registry is reachable here, so this is what changes, and nothing else:
 * the tarballs' paths; `--mirror <the e2e's mirror>` added to the sandbox's line,
 * `--skip-provider-lock` to the deploy's; and cdktf.json's context key ilertProviderVersion set to the
 * iLert version of the mirror, as the sandbox's own output says to. (Terraform's plugin cache is kept
 * out of the home folder, CDKTF_DISABLE_PLUGIN_CACHE_ENV, as everywhere in the e2e.)
 */
export async function tryItLocally(run: E2eRun, context: Record<string, unknown>, mirror: string): Promise<void> {
  // Outside the repository: npm would take a folder inside it for part of the repository's own project.
  const tmp = fs.mkdtempSync(path.join(scratchRoot(), "try-it-locally-"));
  try {
    await packAndRun(run, context, mirror, tmp);
  } finally {
    // Not rmSync: the other scenarios' fakes answer from this process meanwhile.
    await fs.promises.rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Where the throwaway project goes: a tmpfs (/dev/shm) that allows executables and has room, else the
 * system's temporary folder. The project holds about 50,000 files (28,000 of them the companion's
 * Datadog API client); deleting them from the development machine's disk (ext4 mounted with
 * `discard`) took 70 to 86 s a run, from a tmpfs about a second.
 */
export function scratchRoot(mounts = "/proc/mounts", shm = "/dev/shm"): string {
  const entry = fs.existsSync(mounts)
    ? fs
        .readFileSync(mounts, "utf8")
        .split("\n")
        .map((line) => line.split(" "))
        .find(([, dir, type]) => dir === shm && type === "tmpfs")
    : undefined;
  if (entry === undefined || entry[3].split(",").includes("noexec")) return os.tmpdir();
  const { bavail, bsize } = fs.statfsSync(shm);
  return bavail * bsize >= 4 * 2 ** 30 ? shm : os.tmpdir();
}

async function packAndRun(run: E2eRun, context: Record<string, unknown>, mirror: string, tmp: string): Promise<void> {
  let project = "";
  let env: NodeJS.ProcessEnv = {};
  const built = await run.step("README: both tarballs packed, the Quick start run verbatim (an init project)", async () => {
    const [main, sandbox] = await Promise.all([pack(tmp, "cdktf"), packSandbox(tmp)]);
    expectEqual(path.basename(sandbox.filename), path.basename(SANDBOX_TARBALL), "the companion's tarball, as the README names it");
    ({ project, env } = await runQuickStart(readmeCommands("Quick start"), TARBALL, main, tmp));
    // Terraform's plugin cache stays out of the home folder (as in the rest of the e2e).
    env = { ...env, CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1" };
  });
  if (!built) return;

  const lines = readmeCommands("Try it locally")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const sandboxLine = lines.findIndex((l) => /^npx ilert-datadog sandbox /.test(l));
  expectThat(
    sandboxLine > 0 && sandboxLine < lines.length - 1,
    `${README}'s Try it locally has no \`npx ilert-datadog sandbox\` line between others`,
  );
  const adapt = (line: string) =>
    line
      .replaceAll(SANDBOX_TARBALL, path.join(tmp, path.basename(SANDBOX_TARBALL)))
      .replace(/^(npx ilert-datadog sandbox [^#]*?)\s*(#.*)?$/, `$1 --mirror ${mirror}`)
      .replace(/(npx cdktf deploy \S+ --auto-approve)/, "$1 --skip-provider-lock");
  const [before, sandboxCommand, after] = [lines.slice(0, sandboxLine), lines[sandboxLine], lines.slice(sandboxLine + 1)].map((part) =>
    (Array.isArray(part) ? part : [part]).map(adapt).join("\n"),
  );
  if (context.ilertProviderVersion !== undefined) {
    const file = path.join(project, "cdktf.json");
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, "utf8")), context }, null, 2));
  }
  const shell = (commands: string, what: string) => runCommand("sh", ["-e", "-c", commands], { cwd: project, env, label: run.label, what });

  await run.step("README: Try it locally, line by line: install, synth, sandbox, deploy into it, smoke test", async () => {
    run.note("Try it locally (README)", `run in ${project}:\n${[before, `${sandboxCommand}   # in the background`, after].join("\n")}`);
    run.succeeded(await shell(before, "the lines before the sandbox"), "the lines before the sandbox");
    const sandbox = BackgroundCommand.start("sh", ["-e", "-c", sandboxCommand], {
      cwd: project,
      env,
      label: run.label,
      what: sandboxCommand,
    });
    try {
      await sandbox.waitForFile(path.join(project, "sandbox.env"));
      expectThat(
        sandbox.output.includes("seeded with what payments looks up: 1 user (lead@example.com),"),
        "the sandbox did not seed init's lead@example.com",
      );
      const result = await shell(after, "the lines after the sandbox");
      expectEqual(result.code, 0, "the exit status of the deploy and the smoke test");
      const ok =
        /^ok {4}payments: @webhook-ilert-payments-datadog -> alert source \d+ "Payments \(Datadog\)": alert \d+ opened \((HIGH|LOW)\), routed to escalation policy \d+ "Payments", resolved \([\d.]+ s\)$/m;
      expectThat(ok.test(result.output), "the smoke test printed no ok line for the Quick start's integration");
      run.note("Try it locally (README)", `smoke test: ${result.output.match(ok)![0]}`);
    } finally {
      await sandbox.stop();
    }
  });
}
