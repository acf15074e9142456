import { CommandResult, runCommand } from "./command";
import { PlannedChange, plannedChanges, plannedImports } from "./plan-changes";

/** One object in a Terraform state, as `terraform state list` names it. */
export interface StateEntry {
  readonly address: string;
  readonly mode: "resource" | "data";
  readonly type: string;
}

/**
 * A Terraform working directory of the e2e (a synthesized cdktf stack, or a provider's example):
 * Terraform run directly in it, with the e2e's environment.
 */
export class TerraformDir {
  constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
    /** Who runs it, for the output: `[label] | ...`. */
    private readonly label: string,
  ) {}

  init(): Promise<CommandResult> {
    return this.terraform(["init", "-input=false"], "init");
  }

  apply(): Promise<CommandResult> {
    return this.terraform(["apply", "-auto-approve", "-input=false"], "apply");
  }

  destroy(): Promise<CommandResult> {
    return this.terraform(["destroy", "-auto-approve", "-input=false"], "destroy");
  }

  /** What Terraform would change now, read from a saved plan (`terraform show -json`). */
  async plan(): Promise<PlannedChange[]> {
    return plannedChanges(await this.savedPlan());
  }

  /** What Terraform would change now, and what it would import (import blocks). */
  async planWithImports(): Promise<{ changes: PlannedChange[]; imports: string[] }> {
    const plan = await this.savedPlan();
    return { changes: plannedChanges(plan), imports: plannedImports(plan) };
  }

  private async savedPlan(): Promise<{ resource_changes?: any[] }> {
    const planned = await this.terraform(["plan", "-input=false", "-lock=false", "-out=e2e.tfplan"], "plan");
    if (planned.code !== 0) throw new Error(`terraform plan in ${this.dir} failed (exit ${planned.code})`);
    const shown = await this.terraform(["show", "-json", "e2e.tfplan"], "show", true);
    if (shown.code !== 0) throw new Error(`terraform show in ${this.dir} failed (exit ${shown.code})`);
    return JSON.parse(shown.output);
  }

  /**
   * `terraform plan -destroy`, run directly: its error text is complete, where cdktf's stream of
   * Terraform's output sometimes ends before the error (seen on a refused destroy).
   */
  planDestroy(): Promise<CommandResult> {
    return this.terraform(["plan", "-destroy", "-input=false", "-lock=false"], "plan -destroy");
  }

  /** Every object in the state, managed resources and data sources. */
  async state(): Promise<StateEntry[]> {
    const listed = await this.terraform(["state", "list"], "state list", true);
    if (listed.code !== 0) throw new Error(`terraform state list in ${this.dir} failed (exit ${listed.code}): ${listed.output}`);
    return listed.output
      .split("\n")
      .filter((address) => address !== "")
      .map((address) => {
        const data = address.startsWith("data.");
        return { address, mode: data ? "data" : "resource", type: address.split(".")[data ? 1 : 0] };
      });
  }

  private terraform(args: string[], what: string, quiet = false): Promise<CommandResult> {
    return runCommand("terraform", args, { cwd: this.dir, env: this.env, label: this.label, what: `terraform ${what}`, quiet });
  }
}
