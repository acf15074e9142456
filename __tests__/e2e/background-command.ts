import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import { stripVTControlCharacters } from "util";

/**
 * A command of the e2e that runs until stopped (`ilert-datadog sandbox`), in a process group of its
 * own: its output streamed with the scenario's label and kept, a wait for the file it writes when
 * ready, and a stop by SIGINT (Ctrl-C, as a user stops it) to the whole group.
 */
export class BackgroundCommand {
  /** Starts `command` `args` in `cwd`. */
  static start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; label: string; what: string }) {
    console.log(`[${options.label}] $ ${options.what} (in the background)`);
    return new BackgroundCommand(
      spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true }),
      options.label,
    );
  }

  private readonly chunks: string[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    label: string,
  ) {
    const take = (data: Buffer) => {
      const text = stripVTControlCharacters(data.toString("utf8"));
      this.chunks.push(text);
      process.stdout.write(text.replace(/^(?=.)/gm, `[${label}] sandbox | `));
    };
    child.stdout!.on("data", take);
    child.stderr!.on("data", take);
    this.exited = new Promise((resolve) => child.on("close", (code) => resolve(code)));
  }

  /** What it printed so far, stdout and stderr interleaved. */
  get output(): string {
    return this.chunks.join("");
  }

  /** Resolves once `file` exists; rejects when the command ends first or `timeoutMs` passes. */
  async waitForFile(file: string, timeoutMs = 120_000): Promise<void> {
    let ended = false;
    void this.exited.then(() => (ended = true));
    for (const until = Date.now() + timeoutMs; !fs.existsSync(file);) {
      if (ended) throw new Error(`the command ended before writing ${file}:\n${this.output}`);
      if (Date.now() > until) throw new Error(`no ${file} within ${timeoutMs / 1000} s:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Sends SIGINT to its process group and resolves with its exit status (SIGKILL after `timeoutMs`). */
  async stop(timeoutMs = 30_000): Promise<number | null> {
    const group = -this.child.pid!;
    try {
      process.kill(group, "SIGINT");
    } catch {
      return this.exited; // ended already
    }
    const timer = setTimeout(() => process.kill(group, "SIGKILL"), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
