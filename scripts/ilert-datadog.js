#!/usr/bin/env node
// `npm run oncall|diagram|preview|import-commands|adopt|fakes [-- options]`: the package's `ilert-datadog`
// command (cli/ilert-datadog.ts), run from dist/ (compiled first when a source changed, scripts/dist.js).
// `node scripts/ilert-datadog.js app` is `npm run synth` (scripts/app.js, with main.ts's example).
// `sandbox` (`npm run fakes`) runs the API fakes from the test tree (__tests__/e2e/fakes, with the
// e2e install of `npm run setup:e2e`), where a user's project has the companion package instead.
"use strict";
const path = require("path");
const { ROOT, outputOf, ensureBuilt, loadEntry } = require("./dist");
const { nodeModulesOf } = require("./toolchain");

/** The fakes' TypeScript sources, loaded through ts-node (transpiled only: the e2e type-checks them). */
function loadFakes() {
  const { error } = nodeModulesOf("e2e");
  if (error) throw new (require(outputOf("cli/sandbox/sandbox-error.ts")).SandboxError)(error);
  require("ts-node").register({ transpileOnly: true, project: path.join(ROOT, "__tests__/e2e/tsconfig.json") });
  return require(path.join(ROOT, "__tests__/e2e/fakes/index.ts"));
}

ensureBuilt("cli/ilert-datadog.ts");
setImmediate(() => {
  const { main, exitWith } = require(outputOf("cli/ilert-datadog.ts"));
  exitWith(main(process.argv.slice(2), { createApp: (...args) => loadEntry("main.ts").createApp(...args), loadFakes }));
});
