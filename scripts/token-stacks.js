// cdktf records, for every token it creates, the full stack trace at that point (the token's
// `creationStack`; the generated bindings create dozens per resource, e.g. one per nested attribute
// object of an `ilert_alert_source`), formatted to text at once. cdktf shows a creation stack only in
// the message of a token that fails to resolve. Formatting them was a third of the CPU time and
// memory of synthesizing 500 teams (BENCHMARKS.md), so the app command leaves them empty: the trace
// of an object that a token constructor of cdktf captures is not formatted. Errors, and the traces
// the constructs library keeps with annotations, are formatted as before.
"use strict";

/** The cdktf modules whose constructors capture a token's creation stack (cdktf 0.21). */
const TOKEN_CONSTRUCTORS = /[\\/]cdktf[\\/]lib[\\/](?:tokens[\\/]|complex-computed-list\.js|terraform-dynamic-)/;

/** V8's format of a stack trace (Node's own when no source maps are applied). */
const plain = (target, frames) => `${target}${frames.map((f) => `\n    at ${f}`).join("")}`;

/**
 * Installs the hook (once). Not with `--enable-source-maps`, whose mapped traces a replacement hook
 * would lose; not with ILERT_DATADOG_TOKEN_STACKS=1, to see where a token that fails was created.
 */
function skipTokenStacks(env = process.env) {
  if (env.ILERT_DATADOG_TOKEN_STACKS === "1" || process.sourceMapsEnabled || Error.prepareStackTrace?.skipsTokenStacks) return;
  const format = Error.prepareStackTrace ?? plain;
  const hook = (target, frames) =>
    Object.getPrototypeOf(target) === Object.prototype && TOKEN_CONSTRUCTORS.test(frames[0]?.getFileName() ?? "")
      ? ""
      : format(target, frames);
  hook.skipsTokenStacks = true;
  Error.prepareStackTrace = hook;
}

module.exports = { skipTokenStacks };
