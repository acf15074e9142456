import * as fs from "fs";
import * as path from "path";
import { CommandResult, runCommand } from "./command";
import { StateEntry, TerraformDir } from "./terraform-dir";
import { PlannedChange } from "./plan-changes";

export type { CommandResult } from "./command";

const ROOT = path.resolve(__dirname, "../..");
const CDKTF = path.join(ROOT, "node_modules/.bin/cdktf");

/** A cdktf project of the e2e: a folder with a cdktf.json whose app is this repository's app command. */
export class CdktfProject {
  /**
   * Creates `<workRoot>/<name>` afresh with a cdktf.json running scripts/app.js on `entry` (default
   * main.ts) and `context` (how a user sets `ilertProviderVersion` or `config`), plus `files` (name -> content).
   */
  static create(
    workRoot: string,
    name: string,
    context: Record<string, unknown>,
    env: NodeJS.ProcessEnv,
    files: Record<string, string> = {},
    entry?: string,
  ) {
    const dir = path.join(workRoot, name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const cdktfJson = {
      language: "typescript",
      app: `node ${path.join(ROOT, "scripts/app.js")}${entry === undefined ? "" : ` ${path.join(ROOT, entry)}`}`,
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

  /** `cdktf synth`. */
  synth(): Promise<CommandResult> {
    return this.cdktf(["synth"], "cdktf synth");
  }

  /** `cdktf deploy <stacks> --auto-approve`; without the lock step, which would go to the registry. */
  deploy(stacks: string[]): Promise<CommandResult> {
    return this.cdktf(["deploy", ...stacks, "--auto-approve", "--skip-provider-lock"], `cdktf deploy ${stacks.join(" ")}`);
  }

  diff(stack: string): Promise<CommandResult> {
    return this.cdktf(["diff", stack, "--skip-provider-lock"], `cdktf diff ${stack}`);
  }

  destroy(stacks: string[]): Promise<CommandResult> {
    return this.cdktf(["destroy", ...stacks, "--auto-approve", "--skip-provider-lock"], `cdktf destroy ${stacks.join(" ")}`);
  }

  /** The synthesized stack's folder, where Terraform runs. */
  stack(stack: string): TerraformDir {
    return new TerraformDir(path.join(this.dir, "cdktf.out/stacks", stack), this.env, `${this.name}/${stack}`);
  }

  /** What Terraform would change in `stack` now, read from a saved plan (the stack must be deployed). */
  plan(stack: string): Promise<PlannedChange[]> {
    return this.stack(stack).plan();
  }

  /** `terraform plan -destroy` of `stack` (see TerraformDir.planDestroy). */
  planDestroy(stack: string): Promise<CommandResult> {
    return this.stack(stack).planDestroy();
  }

  /** Every object in `stack`'s Terraform state. */
  state(stack: string): Promise<StateEntry[]> {
    return this.stack(stack).state();
  }

  private cdktf(args: string[], what: string): Promise<CommandResult> {
    return runCommand(CDKTF, args, { cwd: this.dir, env: this.env, label: this.name, what });
  }
}
