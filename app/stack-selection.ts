import { App } from "cdktf";
import { describeValue } from "../constructs/core/shown-text";
import { suggest } from "../constructs/core/suggest";
import { StackPattern } from "./stack-pattern";
import { UserError } from "../constructs/core/private/user-error";

/**
 * Selective synth: a run that deploys some stacks builds only those (see docs/config-app.md), named
 * by ILERT_DATADOG_STACKS or the cdktf context key `stacks`, comma-separated, `*` matching any run
 * of characters (`prod-*`). The whole config is still read and checked first.
 */

/** The environment variable that names the stacks to build. */
export const STACKS_VARIABLE = "ILERT_DATADOG_STACKS";
/** The cdktf context key (CDKTF_CONTEXT_JSON) that names them when the variable does not. */
export const STACKS_CONTEXT_KEY = "stacks";

/** A selection that names no stack of the app, or is not a list of names. */
export class StackSelectionError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "StackSelectionError";
  }
}

/** The stacks a run asks for. */
export interface StackSelection {
  /** Where the names came from, for messages. */
  readonly origin: string;
  /** The names and patterns, as given. */
  readonly patterns: readonly StackPattern[];
}

/** Where the context key is read: the app, or what answers as its node does (the `stacks` command's CDKTF_CONTEXT_JSON). */
export interface ContextSource {
  readonly node: Pick<App["node"], "tryGetContext">;
}

/**
 * The stacks this run asks for: ILERT_DATADOG_STACKS, else the context key `stacks` of `app`
 * (a comma-separated string or a list of strings); `undefined` (every stack) when neither names any.
 */
export function stackSelection(app: ContextSource, env: NodeJS.ProcessEnv = process.env): StackSelection | undefined {
  const variable = env[STACKS_VARIABLE];
  const [origin, value]: [string, unknown] =
    variable !== undefined && variable.trim() !== ""
      ? [STACKS_VARIABLE, variable]
      : [`the cdktf context key "${STACKS_CONTEXT_KEY}"`, app.node.tryGetContext(STACKS_CONTEXT_KEY)];
  if (value === undefined || value === null) return undefined;
  const parts = typeof value === "string" ? value.split(",") : isStringList(value) ? value : undefined;
  if (parts === undefined)
    throw new StackSelectionError(`${origin}: expected stack names separated by commas (or a list of names), not ${describeValue(value)}`);
  const texts = parts.map((p) => p.trim()).filter((p) => p !== "");
  if (texts.length === 0) return undefined;
  return { origin, patterns: texts.map((text) => new StackPattern(text)) };
}

/**
 * The stacks of `known` that `selection` names. Each name or pattern must match one at least: a
 * misspelled name in a deploy job would otherwise build (and deploy) nothing, silently. `what`
 * names the app in the message (its config file).
 */
export function selectStacks(selection: StackSelection, known: readonly string[], what: string): Set<string> {
  const unmatched = selection.patterns.filter((pattern) => !known.some((stack) => pattern.matches(stack)));
  if (unmatched.length > 0) {
    // A misspelled name (not a pattern): the stack it most likely means.
    const near = unmatched.flatMap((p) => (p.text.includes("*") ? [] : (suggest(p.text, known) ?? [])));
    throw new StackSelectionError(
      `${selection.origin} names no stack of ${what}: ${unmatched.map((p) => describeValue(p.text)).join(", ")}; the stacks are: ${known.join(", ")}${near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""}`,
    );
  }
  return new Set(known.filter((stack) => isSelected(selection, stack)));
}

/** Whether `selection` names `stack`. */
export function isSelected(selection: StackSelection, stack: string): boolean {
  return selection.patterns.some((pattern) => pattern.matches(stack));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
