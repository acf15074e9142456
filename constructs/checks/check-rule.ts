import { IConstruct } from "constructs";
import { problemText } from "../core/private/problem-text";
import { ValidationProblem } from "../core/validation-problem";
import type { CheckIndex } from "./check-index";

/** How a finding is reported: an error fails `cdktf synth`; a warning is shown and can be suppressed. */
export type CheckLevel = "error" | "warning";

/** One problem a rule found: the construct it is about, and what is wrong there and how to fix it. */
export interface Finding {
  readonly construct: IConstruct;
  readonly message: string;
}

/** A finding told as a validation problem (`invalid <prop> <received>: expected ...; <fix>`), which can be thrown. */
export interface ProblemFinding extends Finding {
  readonly problem: ValidationProblem;
}

/** A finding of `problem`, its message as IlertDatadogValidationError words it after the path. */
export function problemFinding(construct: IConstruct, problem: ValidationProblem): ProblemFinding {
  return { construct, message: problemText(problem), problem };
}

/** What every rule has; what it checks is told in its doc comment and in docs/checks.md. */
interface RuleBase {
  readonly id: string;
  readonly level: CheckLevel;
}

/** A rule whose findings are reported as cdktf annotations (errors fail `cdktf synth`). */
export interface AnnotatingRule extends RuleBase {
  readonly throws?: false;
  readonly check: (index: CheckIndex) => readonly Finding[];
}

/**
 * A rule whose first finding is thrown (IlertDatadogValidationError: `[ILDD-E4] <construct path>: ...`) when the stack is synthesized: for findings that would put a secret on disk. cdktf
 * writes a stack despite error annotations whenever CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS is
 * set, as the cdktf CLI sets it; a throw from the checks (an aspect) comes before anything of the
 * stack is written.
 */
export interface ThrowingRule extends RuleBase {
  readonly level: "error";
  readonly throws: true;
  readonly check: (index: CheckIndex) => readonly ProblemFinding[];
}

/**
 * A check the engine runs on each stack at synth: a pure function of the index of the app, run once
 * per stack. The id is stable (docs, suppressions and messages name it): `ILDD-E<n>` for errors,
 * `ILDD-W<n>` for warnings.
 */
export type CheckRule = AnnotatingRule | ThrowingRule;

/** Where a value a stack override wrote came from, for messages: `written by stack.addOverride("provider.ilert.0.api_token", ...)`. */
export function writtenByOverride(path: string): string {
  return `written by stack.addOverride(${JSON.stringify(path)}, ...)`;
}

/** An output's value as messages name it: `output value`, or for one a stack override wrote, with its name and the override. */
export function outputValue(output: { readonly name: string; readonly override?: string }): string {
  return output.override === undefined
    ? "output value"
    : `value of output ${JSON.stringify(output.name)} (${writtenByOverride(output.override)})`;
}

/** Where to set `sensitive: true` on an output: on the TerraformOutput, or, for one a stack override wrote, in the override. */
export function whereSensitive(output: { readonly name: string; readonly override?: string }): string {
  return output.override === undefined
    ? "on the TerraformOutput"
    : `with stack.addOverride(${JSON.stringify(`output.${output.name}.sensitive`)}, true)`;
}

/**
 * The one message format of every annotated finding: `[ILDD-E1] <message>`. Without the construct
 * path: cdktf prints every annotation after its construct's path (`ERROR [app/url]: [ILDD-E1] ...`).
 * A thrown finding (IlertDatadogValidationError) keeps the path in its message.
 */
export function formatFinding(rule: CheckRule, finding: Finding): string {
  return `[${rule.id}] ${finding.message}`;
}
