import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { stripVTControlCharacters } from "util";
import { PlannedChange, plannedChanges } from "./plan-changes";

const ROOT = path.resolve(__dirname, "../..");
const CDKTF = path.join(ROOT, "node_modules/.bin/cdktf");
/** No single command of the e2e may take longer (a hung provider retry would otherwise hang CI). */
const COMMAND_TIMEOUT_MS = 10 * 60 * 1000;

/** What a command printed and how it ended. */
export interface CommandResult {
  readonly code: number;
  /** stdout and stderr, interleaved, without colour codes. */
  readonly output: string;
}

/** A cdktf project of the e2e: a folder with a cdktf.json whose app is this repository's app command. */
export class CdktfProject {
  /**
   * Creates `<workRoot>/<name>` afresh with a cdktf.json running scripts/app.js and `context` (how a
   * user sets `ilertProviderVersion` or `config`), plus `files` (name -> content).
   */
  static create(
    workRoot: string,
    name: string,
    context: Record<string, unknown>,
    env: NodeJS.ProcessEnv,
    files: Record<string, string> = {},
  ) {
    const dir = path.join(workRoot, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const cdktfJson = {
      language: "typescript",
      app: `node ${path.join(ROOT, "scripts/app.js")}`,
      output: "cdktf.out",
      projectId: `e2e-${name}`,
      sendCrashReports: "false",
      terraformProviders: [],
      terraformModules: [],
      context,
    };
    fs.writeFileSync(path.join(dir, "cdktf.json"), `${JSON.stringify(cdktfJson, null, 2)}\n`);
    for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
    return new CdktfProject(name, dir, env);
  }

  private constructor(
    readonly name: string,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Writes `content` to `file` in the project (e.g. a changed config). */
  write(file: string, content: string): void {
    fs.writeFileSync(path.join(this.dir, file), content);
  }

  /** `cdktf deploy <stacks> --auto-approve`; without the lock step, which would go to the registry. */
  deploy(stacks: string[]): Promise<CommandResult> {
    return this.run(
      CDKTF,
      ["deploy", ...stacks, "--auto-approve", "--skip-provider-lock"],
      `${this.name}: cdktf deploy ${stacks.join(" ")}`,
    );
  }

  diff(stack: string): Promise<CommandResult> {
    return this.run(CDKTF, ["diff", stack, "--skip-provider-lock"], `${this.name}: cdktf diff ${stack}`);
  }

  destroy(stacks: string[]): Promise<CommandResult> {
    return this.run(
      CDKTF,
      ["destroy", ...stacks, "--auto-approve", "--skip-provider-lock"],
      `${this.name}: cdktf destroy ${stacks.join(" ")}`,
    );
  }

  /** What Terraform would change in `stack` now, read from a saved plan (the stack must be deployed). */
  async plan(stack: string): Promise<PlannedChange[]> {
    const cwd = path.join(this.dir, "cdktf.out/stacks", stack);
    const planned = await this.run(
      "terraform",
      ["plan", "-input=false", "-lock=false", "-out=e2e.tfplan"],
      `${this.name}: terraform plan ${stack}`,
      cwd,
    );
    if (planned.code !== 0) throw new Error(`terraform plan of ${stack} failed (exit ${planned.code})`);
    const shown = await this.run("terraform", ["show", "-json", "e2e.tfplan"], `${this.name}: terraform show ${stack}`, cwd, true);
    if (shown.code !== 0) throw new Error(`terraform show of ${stack} failed (exit ${shown.code})`);
    return plannedChanges(JSON.parse(shown.output));
  }

  /**
   * `terraform plan -destroy` of `stack`, run directly: its error text is complete, where cdktf's
   * stream of Terraform's output sometimes ends before the error (seen on a refused destroy).
   */
  planDestroy(stack: string): Promise<CommandResult> {
    const cwd = path.join(this.dir, "cdktf.out/stacks", stack);
    return this.run(
      "terraform",
      ["plan", "-destroy", "-input=false", "-lock=false"],
      `${this.name}: terraform plan -destroy ${stack}`,
      cwd,
    );
  }

  /** The managed resources in `stack`'s Terraform state, by type: e.g. `{ ilert_alert_source: 1 }`. */
  async resources(stack: string): Promise<Record<string, number>> {
    const cwd = path.join(this.dir, "cdktf.out/stacks", stack);
    const listed = await this.run("terraform", ["state", "list"], `${this.name}: terraform state list ${stack}`, cwd, true);
    if (listed.code !== 0) throw new Error(`terraform state list of ${stack} failed (exit ${listed.code}): ${listed.output}`);
    const byType: Record<string, number> = {};
    for (const address of listed.output.split("\n").filter((a) => a && !a.startsWith("data."))) {
      const type = address.split(".")[0];
      byType[type] = (byType[type] ?? 0) + 1;
    }
    return byType;
  }

  /** Runs a command in the project, streaming its output (indented) into this process's stdout. */
  private run(command: string, args: string[], label: string, cwd = this.dir, quiet = false): Promise<CommandResult> {
    console.log(`\n$ ${label}`);
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      const chunks: string[] = [];
      const timer = setTimeout(() => child.kill("SIGKILL"), COMMAND_TIMEOUT_MS);
      const take = (data: Buffer) => {
        const text = stripVTControlCharacters(data.toString("utf8"));
        chunks.push(text);
        if (!quiet) process.stdout.write(text.replace(/^(?=.)/gm, "  | "));
      };
      child.stdout.on("data", take);
      child.stderr.on("data", take);
      child.on("error", reject);
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        const output = chunks.join("");
        if (signal === "SIGKILL") reject(new Error(`${label}: no answer within ${COMMAND_TIMEOUT_MS / 60000} minutes`));
        else resolve({ code: code ?? 1, output });
      });
    });
  }
}
