import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeValue } from "../../constructs/core/shown-text";
import type { SynthesizedStack } from "../../tools/synthesized-stacks";
import { checkOutputFile, OutputTarget, SANDBOX_ENV, shownPath } from "../output-file";
import { outputRecords } from "../output-record";
import { writeFiles } from "../write-files";
import type { SandboxFakes } from "./companion";
import { describeSeed, emptySeed, lookedUp, SandboxSeed } from "./looked-up";
import { mirrorAdvice, mirrorCliConfig, readMirror } from "./provider-mirror";
import { SandboxError } from "./sandbox-error";

/**
 * `ilert-datadog sandbox`: the iLert and Datadog API fakes, seeded with what the synthesized app looks
 * up, and the environment that points `cdktf deploy` (and `smoke-test`) at them. Deploys into the
 * sandbox keep their Terraform state in a workspace of their own, {@link SANDBOX_WORKSPACE}, so the
 * state of real deploys never holds the fakes' ids.
 */

/**
 * The Terraform workspace of deploys into the sandbox (`TF_WORKSPACE`): with the local backend their
 * state goes to `terraform.tfstate.d/ilert-datadog-sandbox/` in the stack's folder, beside (never in)
 * the state of real deploys.
 */
export const SANDBOX_WORKSPACE = "ilert-datadog-sandbox";

/** What `sandbox` was asked for (cli/args.ts). */
export interface SandboxOptions {
  /** `--write-env FILE`: where to write the environment (removed when the sandbox stops). */
  readonly writeEnv?: string;
  /** `--mirror DIR`: a filesystem mirror of the providers, for a Terraform CLI config. */
  readonly mirror?: string;
  /** `--seed FILE`: more users, teams, schedules, policies and support hours, with ids of the user's choice. */
  readonly seed?: string;
  /** The framework's CLI the printed commands name: cdktf or cdktn. */
  readonly cli: string;
  /**
   * The synthesized app's folder, whose `stacks` folder (Terraform's working folders) the env file
   * may not go into.
   * @default "cdktf.out"
   */
  readonly outdir?: string;
}

/** A started sandbox. */
export interface RunningSandbox {
  /** The environment that points the providers and the smoke test at it. */
  readonly env: Readonly<Record<string, string>>;
  /** Stops the fakes and removes what the sandbox wrote (the CLI config, the env file). */
  stop(): Promise<void>;
}

/**
 * Checks everything first (the seed, the mirror, where the env file goes), then starts the fakes,
 * prints (through `print`, a line at a time) what they hold and the environment to export, writes the
 * env file, and passes every request's log line to `print` until stopped.
 */
export async function startSandbox(
  stacks: readonly SynthesizedStack[],
  options: SandboxOptions,
  fakes: SandboxFakes,
  print: (line: string) => void,
): Promise<RunningSandbox> {
  const { seed, notes } = lookedUp(stacks, options.seed === undefined ? emptySeed() : readSeedFile(options.seed));
  try {
    fakes.checkSeed(seed, options.seed === undefined ? "derived from the app" : `${options.seed} with what the app looks up`);
  } catch (e) {
    throw new SandboxError(`${(e as Error).message}; fix the seed file, or leave out --seed`);
  }
  const mirror = options.mirror === undefined ? undefined : path.resolve(options.mirror);
  const mirrorLines = mirror === undefined ? [] : mirrorAdvice(readMirror(mirror), stacks, options.cli);
  const envTarget: OutputTarget | undefined =
    options.writeEnv === undefined
      ? undefined
      : {
          file: options.writeEnv,
          option: "--write-env",
          named: `--write-env ${describeValue(options.writeEnv)}`,
          example: "--write-env sandbox.env",
          outdir: options.outdir ?? "cdktf.out",
        };
  const replace = envTarget === undefined ? false : checkOutputFile(envTarget, SANDBOX_ENV);
  const previousWriter = replace ? checkWriterStopped(envTarget!) : undefined;

  const tmp = mirror === undefined ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "ilert-datadog-sandbox-"));
  const running = await fakes.startFakes(seed, print);
  let written: string | undefined;
  const stop = async () => {
    await running.close();
    if (tmp !== undefined) fs.rmSync(tmp, { recursive: true, force: true });
    if (envTarget !== undefined && written !== undefined) removeOwnFile(envTarget.file, written);
  };
  try {
    const env: Record<string, string> = { ...running.env, TF_WORKSPACE: SANDBOX_WORKSPACE, CHECKPOINT_DISABLE: "1" };
    if (tmp !== undefined) {
      env.TF_CLI_CONFIG_FILE = path.join(tmp, "terraform.tfrc");
      fs.writeFileSync(env.TF_CLI_CONFIG_FILE, mirrorCliConfig(mirror!));
    }
    const exportLines = Object.entries(env).map(([name, value]) => `export ${name}=${shellQuoted(value)}`);
    print(`iLert fake on ${running.ilertServer.url}, Datadog fake on ${running.datadogServer.url}`);
    const from = [
      ...(stacks.length > 0 ? [`what ${stacks.map((s) => s.name).join(", ")} looks up`] : []),
      ...(options.seed ? [options.seed] : []),
    ];
    print(`seeded with ${from.join(" and ")}: ${describeSeed(seed)}`);
    for (const note of [...notes, ...backendNotes(stacks)]) print(`note: ${note}`);
    for (const line of mirrorLines) print(line);
    if (tmp !== undefined) print(`wrote the Terraform CLI config for the mirror: ${env.TF_CLI_CONFIG_FILE} (TF_CLI_CONFIG_FILE below)`);
    print("In the shell that runs the deploy, export:");
    for (const line of exportLines) print(line);
    if (envTarget !== undefined) {
      const header = `# ilert-datadog sandbox: the environment of the sandbox started ${new Date().toISOString()} (pid ${process.pid}); removed when it stops.\n# Load it with: . ${shellPath(shownPath(envTarget.file))}\n`;
      const content = `${header}${exportLines.join("\n")}\n`;
      // With the record beside it (cli/output-record.ts), so that a sandbox that did not stop cleanly is replaced by the next.
      writeFiles([{ file: envTarget.file, content, replace }, ...outputRecords([{ file: envTarget.file, content }])]);
      written = content;
      if (previousWriter !== undefined)
        print(`note: replaced ${shownPath(envTarget.file)}, left by the sandbox with pid ${previousWriter}, which is not running`);
      print(`wrote ${shownPath(envTarget.file)}: load it with . ${shellPath(shownPath(envTarget.file))}`);
    }
    const stack = stacks.length === 1 ? stacks[0].name : "<stack>";
    print(
      `then: npx ${options.cli} deploy ${stack} --auto-approve${mirror === undefined ? "" : " --skip-provider-lock"}, and npx ilert-datadog smoke-test ${stack === "<stack>" ? "[stack]" : stack}`,
    );
    print(
      `deploys into the sandbox keep their state in the Terraform workspace ${SANDBOX_WORKSPACE} (TF_WORKSPACE), apart from real deploys`,
    );
    print("running until stopped (Ctrl-C); nothing is kept. Requests:");
  } catch (e) {
    await stop();
    throw e;
  }
  return { env: running.env, stop };
}

/** A `--seed` file: JSON with the seed's keys (each optional here; the fakes check the whole seed). */
function readSeedFile(file: string): SandboxSeed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const problem = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new SandboxError(
      `--seed ${describeValue(file)}: cannot read it: ${problem}: expected a JSON file such as {"users": [{"id": 1001, "email": "lead@example.com"}], "teams": []}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new SandboxError(
      `--seed ${describeValue(file)}: expected a JSON object with the keys users, teams, escalationPolicies, schedules, supportHours`,
    );
  return { ...emptySeed(), ...(parsed as Partial<SandboxSeed>) };
}

/** The stacks whose state is not in a local backend, where a deploy into the sandbox writes a workspace of its own. */
function backendNotes(stacks: readonly SynthesizedStack[]): string[] {
  return stacks.flatMap((stack) => {
    const terraform = (stack.config as { terraform?: { backend?: Record<string, unknown>; cloud?: unknown } }).terraform;
    const backend = terraform?.cloud !== undefined ? "cloud" : Object.keys(terraform?.backend ?? { local: {} })[0];
    return backend === "local"
      ? []
      : [
          `stack ${stack.name} keeps its state in the ${backend} backend: a deploy into the sandbox writes its workspace ${SANDBOX_WORKSPACE} there; give the stack a local backend while you try the sandbox`,
        ];
  });
}

/** A value for `export NAME=...` in a POSIX shell. */
function shellQuoted(value: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A path as `. <path>` needs it: a bare name would be looked up on PATH. */
function shellPath(shown: string): string {
  return shellQuoted(path.isAbsolute(shown) || shown.includes("/") ? shown : `./${shown}`);
}

/** The pid in the header of an env file the sandbox wrote: `... started <time> (pid 123); ...`. */
const WRITER_PID = /^# ilert-datadog sandbox: .* \(pid (\d+)\); /;

/**
 * Refuses to replace the env file of a sandbox that is still running (its deploys would load this
 * one's environment, and its stop would find a file it did not write). Returns the pid of the
 * sandbox that left the file, if the file names one; the current process counts as stopped, since it
 * replaces only what it wrote itself.
 */
function checkWriterStopped(target: OutputTarget): number | undefined {
  let pid: number;
  try {
    const match = WRITER_PID.exec(fs.readFileSync(target.file, "utf8").slice(0, 200));
    if (match === null) return undefined;
    pid = Number(match[1]);
  } catch {
    return undefined;
  }
  if (pid !== process.pid && isRunning(pid))
    throw new SandboxError(
      `${target.named}: ${shownPath(target.file)} holds the environment of the sandbox with pid ${pid}, which is still running: stop that one first (Ctrl-C in its shell), or give this one another file, e.g. --write-env sandbox-2.env`,
    );
  return pid;
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the env file if it still holds what this sandbox wrote (another sandbox may have replaced it since). */
function removeOwnFile(file: string, written: string): void {
  try {
    if (fs.readFileSync(file, "utf8") === written) fs.rmSync(file);
  } catch {
    // gone already, or unreadable: nothing of ours to remove
  }
}
