import { IConstruct } from "constructs";
import type { CheckIndex } from "./check-index";

/** How a finding is reported: an error fails `cdktf synth`; a warning is shown and can be suppressed. */
export type CheckLevel = "error" | "warning";

/** One problem a rule found: the construct it is about, and what is wrong there and how to fix it. */
export interface Finding {
  readonly construct: IConstruct;
  readonly message: string;
}

/**
 * A check the engine runs on each stack at synth: a pure function of the index of the app, run once
 * per stack. The id is stable (docs, suppressions and messages name it): `ILDD-E<n>` for errors,
 * `ILDD-W<n>` for warnings.
 */
export interface CheckRule {
  readonly id: string;
  readonly level: CheckLevel;
  /** What the rule checks, in one line (docs/checks.md lists it). */
  readonly title: string;
  readonly check: (index: CheckIndex) => readonly Finding[];
}

/** The one message format of every finding: `[ILDD-E1] <construct path>: <message>`. */
export function formatFinding(rule: CheckRule, finding: Finding): string {
  return `[${rule.id}] ${finding.construct.node.path}: ${finding.message}`;
}
