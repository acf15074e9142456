import { spawn } from "child_process";
import { stripVTControlCharacters } from "util";

/** No single command of the e2e may take longer (a hung provider retry would otherwise hang CI). */
const COMMAND_TIMEOUT_MS = 10 * 60 * 1000;

/** What a command printed and how it ended. */
export interface CommandResult {
  readonly code: number;
  /** stdout and stderr, interleaved, without colour codes. */
  readonly output: string;
}

/**
 * Runs `command` in `cwd`, streaming its output into this process's stdout, each line prefixed with
 * `[label] | ` (scenarios run side by side, so every line says whose it is), unless `quiet`.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; label: string; what: string; quiet?: boolean },
): Promise<CommandResult> {
  console.log(`[${options.label}] $ ${options.what}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: string[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), COMMAND_TIMEOUT_MS);
    const take = (data: Buffer) => {
      const text = stripVTControlCharacters(data.toString("utf8"));
      chunks.push(text);
      if (!options.quiet) process.stdout.write(text.replace(/^(?=.)/gm, `[${options.label}] | `));
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const output = chunks.join("");
      if (signal === "SIGKILL") reject(new Error(`${options.what}: no answer within ${COMMAND_TIMEOUT_MS / 60000} minutes`));
      else resolve({ code: code ?? 1, output });
    });
  });
}
