#!/usr/bin/env node
// `npm run oncall|diagram|preview|import-commands|adopt [-- options]`: the package's `ilert-datadog`
// command (cli/ilert-datadog.ts), run from dist/ (compiled first when a source changed, scripts/dist.js).
// `node scripts/ilert-datadog.js app` is `npm run synth` (scripts/app.js, with main.ts's example).
"use strict";
const { outputOf, ensureBuilt, loadEntry } = require("./dist");

ensureBuilt("cli/ilert-datadog.ts");
setImmediate(() => {
  const { main, exitWith } = require(outputOf("cli/ilert-datadog.ts"));
  exitWith(main(process.argv.slice(2), { createApp: (...args) => loadEntry("main.ts").createApp(...args) }));
});
