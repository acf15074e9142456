// Jest setup (see jest.config.js): cdktf records a full stack trace for every token it creates, on a
// plain object, dozens per resource. Jest's source-map-support maps every frame of every such trace,
// parsing cdktf's inline source maps on the way; that was about a fifth of the suite's CPU time.
// Those traces are bookkeeping, so they are formatted plainly; errors keep their source-mapped stacks.
"use strict";
const mapped = Error.prepareStackTrace;
if (mapped) {
  Error.prepareStackTrace = (target, frames) =>
    Object.getPrototypeOf(target) === Object.prototype
      ? `${target}\n${frames.map((f) => `    at ${f}`).join("\n")}`
      : mapped(target, frames);
}
