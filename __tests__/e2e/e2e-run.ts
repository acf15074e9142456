import { CdktfProject, CommandResult } from "./cdktf-project";
import { RunningFakes } from "./fakes/fakes";
import { describeChange, knownDiffOf, PlannedChange } from "./plan-changes";

/** A failed expectation of the e2e, with what was found. */
export class E2eFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "E2eFailure";
  }
}

/** Fails with `message` unless `condition` holds. */
export function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) throw new E2eFailure(message);
}

/** Fails unless `actual` equals `expected` as JSON. */
export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  expectThat(a === e, `${what}: expected ${e}, found ${a}`);
}

/** The state of one e2e run: the fakes, the environment, the steps and what the summary says. */
export class E2eRun {
  readonly passed: string[] = [];
  readonly failed: { step: string; error: string }[] = [];
  /** Lines for the summary, by heading. */
  readonly summary = new Map<string, string[]>();

  constructor(
    readonly fakes: RunningFakes,
    readonly env: NodeJS.ProcessEnv,
    readonly workRoot: string,
  ) {}

  /**
   * Runs one named check; a failure is recorded and reported at the end. Returns whether it passed,
   * so that a scenario can stop where later steps depend on this one.
   */
  async step(name: string, check: () => unknown | Promise<unknown>): Promise<boolean> {
    console.log(`\n=== ${name}`);
    try {
      await check();
      this.passed.push(name);
      console.log(`--- passed: ${name}`);
      return true;
    } catch (e) {
      const error = e instanceof E2eFailure ? e.message : ((e as Error).stack ?? String(e));
      this.failed.push({ step: name, error });
      console.log(`--- FAILED: ${name}\n${error}`);
      return false;
    }
  }

  /** Adds a line under `heading` in the summary. */
  note(heading: string, line: string): void {
    this.summary.set(heading, [...(this.summary.get(heading) ?? []), line]);
  }

  /** Fails unless `result` (a deploy or destroy of `what`) succeeded. */
  succeeded(result: CommandResult, what: string): void {
    expectThat(result.code === 0, `${what} failed (exit ${result.code}); Terraform's output is above`);
  }

  /**
   * Fails unless `cdktf destroy` of `stack` failed and Terraform refuses the destroy for the alert
   * source's `prevent_destroy`, with nothing deleted.
   */
  async refusedDestroy(
    project: CdktfProject,
    stack: string,
    held: Record<string, number>,
    counts: () => Record<string, number>,
  ): Promise<void> {
    const result = await project.destroy([stack]);
    expectThat(result.code !== 0, `cdktf destroy ${stack} succeeded, but the alert source has prevent_destroy`);
    expectEqual(counts(), held, `what the fakes hold after the refused destroy of ${stack}`);
    const plan = await project.planDestroy(stack);
    expectThat(
      plan.code !== 0 && /Instance cannot be destroyed/.test(plan.output) && /ilert_alert_source\./.test(plan.output),
      `terraform plan -destroy ${stack} does not refuse the alert source's destroy (exit ${plan.code})`,
    );
  }

  /** Notes the resources now in each stack's state, by type, for the summary. */
  async applied(project: CdktfProject, stacks: string[], when: string): Promise<void> {
    for (const stack of stacks) {
      const byType = await project.resources(stack);
      const total = Object.values(byType).reduce((a, b) => a + b, 0);
      const types = Object.entries(byType).map(([type, n]) => `${n} ${type}`);
      this.note("Resources in state, per stack", `${stack} (${when}): ${total}${total ? `: ${types.join(", ")}` : ""}`);
    }
  }

  /**
   * Fails unless the plan changes nothing but the known diffs of the provider versions built here,
   * and notes each known diff seen.
   */
  settled(stack: string, changes: readonly PlannedChange[], when: string): void {
    const unexpected = changes.filter((c) => knownDiffOf(c) === undefined);
    expectThat(unexpected.length === 0, `the plan of ${stack} does not settle: ${unexpected.map(describeChange).join("; ")}`);
    for (const c of changes)
      this.note("Known provider diffs (not the library's)", `${stack} (${when}): ${describeChange(c)}: ${knownDiffOf(c)?.why}`);
    const known = changes.length === 0 ? "" : ` but ${changes.length} known provider diff(s)`;
    this.note("Plans after a deploy", `${stack} (${when}): no changes${known}`);
  }

  /** Fails when a fake refused a request that no injected fault explains. */
  noRefusals(): void {
    const refused = [...this.fakes.ilertServer.refused(), ...this.fakes.datadogServer.refused()];
    expectThat(
      refused.length === 0,
      `the fakes refused ${refused.length} request(s) the vendors' models do not allow:\n${refused
        .map((r) => `  [${r.api}] ${r.method} ${r.path} -> ${r.status}: ${r.error}`)
        .join("\n")}`,
    );
  }
}
