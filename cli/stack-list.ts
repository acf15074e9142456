import { isDeepStrictEqual } from "util";
import { ContextSource, selectStacks, stackSelection } from "../app/stack-selection";
import { SynthesizedStack } from "../tools";

/**
 * `ilert-datadog stacks`: the stacks of a synthesized app that a CI job plans, one job each (a
 * matrix): those ILERT_DATADOG_STACKS (or the context key `stacks`) selects, as the config app
 * selects what it builds, and with a base app only those whose configuration differs from it.
 */

/** What narrows the list. */
export interface StackListOptions {
  /** Where the context key `stacks` is read (the app's context, CDKTF_CONTEXT_JSON). */
  readonly context: ContextSource;
  /** The environment, for ILERT_DATADOG_STACKS. */
  readonly env: NodeJS.ProcessEnv;
  /**
   * The base app's stacks: then only the stacks that are new or whose `cdk.tf.json` differs from the
   * base's are listed (a stack the change removes has nothing left to plan, and is not listed).
   * @default - every stack
   */
  readonly base?: readonly SynthesizedStack[];
}

/**
 * The names of `stacks` (in the manifest's order) selected by ILERT_DATADOG_STACKS or the context key
 * `stacks`, and with a base only those changed from it. A name or pattern that matches no stack of
 * the app fails, as it fails the config app: a misspelled name would plan nothing, successfully.
 */
export function listStacks(stacks: readonly SynthesizedStack[], options: StackListOptions): string[] {
  const names = stacks.map((s) => s.name);
  const selection = stackSelection(options.context, options.env);
  const selected = selection === undefined ? new Set(names) : selectStacks(selection, names, "the synthesized app");
  const base = new Map(options.base?.map((s) => [s.name, s.config]));
  return stacks
    .filter((s) => selected.has(s.name))
    .filter((s) => options.base === undefined || !isDeepStrictEqual(base.get(s.name), s.config))
    .map((s) => s.name);
}
