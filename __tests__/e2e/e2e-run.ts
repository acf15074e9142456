import { CdktfProject, CommandResult } from "./cdktf-project";
import type { Fault } from "./fakes/fake-server";
import { RunningFakes } from "./fakes/fakes";
import { kindName } from "./kinds/library-kinds";
import { describeChange, KnownDiff, knownDiffOf, PlannedChange } from "./plan-changes";
import type { StateEntry } from "./terraform-dir";

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

/** What every scenario of one e2e run adds to: the steps, the summary, the kinds deployed. */
export class E2eResults {
  readonly passed: string[] = [];
  readonly failed: { step: string; error: string }[] = [];
  /** Lines for the summary, by heading. */
  readonly summary = new Map<string, string[]>();
  /** What deployed each kind (`resource ilert_user` -> `surface-app/surface`, `example ilert/user`). */
  readonly deployed = new Map<string, Set<string>>();
  /** Requests the fakes answered, by API. */
  readonly requests = new Map<string, number>();

  /** Adds a line under `heading` in the summary. */
  note(heading: string, line: string): void {
    this.summary.set(heading, [...(this.summary.get(heading) ?? []), line]);
  }

  /** Records that `by` (an app's stack, or a provider's example) had every kind of `state` in its Terraform state. */
  recordDeployed(by: string, state: readonly StateEntry[]): void {
    for (const entry of state) {
      const kind = kindName(entry.mode, entry.type);
      this.deployed.set(kind, (this.deployed.get(kind) ?? new Set()).add(by));
    }
  }
}

/**
 * One scenario of the e2e (an app, or a provider's example): its own fakes and environment, so that
 * scenarios run side by side, and the results it adds to.
 */
export class E2eRun {
  constructor(
    /** The scenario's name, on every line it prints. */
    readonly label: string,
    readonly fakes: RunningFakes,
    readonly env: NodeJS.ProcessEnv,
    readonly workRoot: string,
    readonly results: E2eResults,
  ) {}

  /**
   * Runs one named check; a failure is recorded and reported at the end. Returns whether it passed,
   * so that a scenario can stop where later steps depend on this one.
   */
  async step(name: string, check: () => unknown | Promise<unknown>): Promise<boolean> {
    console.log(`\n=== [${this.label}] ${name}`);
    try {
      await check();
      this.results.passed.push(name);
      console.log(`--- [${this.label}] passed: ${name}`);
      return true;
    } catch (e) {
      const error = e instanceof E2eFailure ? e.message : ((e as Error).stack ?? String(e));
      this.results.failed.push({ step: name, error });
      console.log(`--- [${this.label}] FAILED: ${name}\n${error}`);
      return false;
    }
  }

  /** Adds a line under `heading` in the summary. */
  note(heading: string, line: string): void {
    this.results.note(heading, line);
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

  /** Notes the resources now in each stack's state, by type, for the summary, and the kinds each deployed. */
  async applied(project: CdktfProject, stacks: string[], when: string): Promise<void> {
    for (const stack of stacks) {
      const state = await project.state(stack);
      this.results.recordDeployed(`${project.name}/${stack}`, state);
      this.note("Resources in state, per stack", `${stack} (${when}): ${describeState(state)}`);
    }
  }

  /**
   * Fails unless the plan changes nothing but the known diffs of the provider versions built here (and
   * `exampleDiffs`, a provider example's own), and notes each known diff seen.
   */
  settled(stack: string, changes: readonly PlannedChange[], when: string, exampleDiffs: readonly KnownDiff[] = []): void {
    const explain = (c: PlannedChange) => {
      const provider = knownDiffOf(c);
      if (provider !== undefined) return { heading: "Known provider diffs (not the library's)", diff: provider };
      const example = knownDiffOf(c, exampleDiffs);
      return example && { heading: "Known diffs of the providers' examples (their own configuration)", diff: example };
    };
    const unexpected = changes.filter((c) => explain(c) === undefined);
    expectThat(unexpected.length === 0, `the plan of ${stack} does not settle: ${unexpected.map(describeChange).join("; ")}`);
    for (const c of changes) {
      const { heading, diff } = explain(c)!;
      this.note(heading, `${stack} (${when}): ${describeChange(c)}: ${diff.why}`);
    }
    const known = changes.length === 0 ? "" : ` but ${changes.length} known diff(s)`;
    this.note("Plans after a deploy", `${stack} (${when}): no changes${known}`);
  }

  /**
   * Fails unless Terraform's error for a deploy that `failed` on an injected fault carries the API's
   * `message`. cdktf's stream of Terraform's output sometimes ends before the error (more often on a
   * loaded machine): then the fault is injected once more (`inject`) and Terraform's own apply of the
   * stack must show it, so the check never passes on a lost line and never fails on one.
   */
  async errorCarries(project: CdktfProject, stack: string, failed: CommandResult, message: string, inject: () => Fault): Promise<void> {
    if (failed.output.includes(message)) return;
    const fault = inject();
    const applied = await project.stack(stack).apply();
    expectThat(
      applied.code !== 0 && fault.hits === 1 && applied.output.includes(message),
      `Terraform's error does not carry the API's message "${message}" (terraform apply: exit ${applied.code}, ${fault.hits} fault hit)`,
    );
    this.note("Faults", `${stack}: cdktf's output lost Terraform's error; terraform apply of the stack showed "${message}"`);
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

/** `3: 2 ilert_user, 1 ilert_team` (managed resources, by type). */
export function describeState(state: readonly StateEntry[]): string {
  const byType = new Map<string, number>();
  for (const entry of state) if (entry.mode === "resource") byType.set(entry.type, (byType.get(entry.type) ?? 0) + 1);
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  return `${total}${total ? `: ${[...byType].map(([type, n]) => `${n} ${type}`).join(", ")}` : ""}`;
}
