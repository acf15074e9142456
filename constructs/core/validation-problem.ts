/** What a validation found wrong with one prop, before it is tied to a construct. */
export interface ValidationProblem {
  /** Name of the prop (or prop path, e.g. `rules[1].escalationTimeoutMin`). */
  readonly prop: string;
  /** The value received. */
  readonly received: unknown;
  /** What is accepted, in words, e.g. `an integer from 0 to 15`. */
  readonly accepted: string;
  /** How to fix it, in words. */
  readonly fix: string;
}
