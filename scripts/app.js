#!/usr/bin/env node
// The `cdktf.json` app command (and `npm run synth`). `node scripts/app.js [entry.ts] [--config file]`
// runs `ilert-datadog app` (cli/ilert-datadog.ts, the package's command) with the built-in example of the
// `createApp()` that the compiled `entry` (default main.ts) exports: the stacks of the config file
// that app/config-source.ts chooses, else the example, reported as app/synth.ts reports them. The
// JavaScript comes from dist/, compiled first when a source changed (scripts/dist.js).
"use strict";
const fs = require("fs");
const path = require("path");
const { ROOT, fail, outputOf, ensureBuilt, loadEntry } = require("./dist");

const USAGE = "usage: node scripts/app.js [entry.ts] [--config file.json]   (npm run synth [-- --config file.json])";
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(
    `${USAGE}\nThe config file: --config, else ILERT_DATADOG_CONFIG, else cdktf.json's context key "config"; see docs/config-app.md.\n`,
  );
  process.exit(0);
}
// The entry (a first argument that is not an option) is this script's; the rest is `ilert-datadog app`'s.
const entryArg = args.length > 0 && !args[0].startsWith("-") ? args.shift() : undefined;
const entry = path.relative(ROOT, path.resolve(entryArg ?? path.join(ROOT, "main.ts")));
if (!fs.existsSync(path.resolve(ROOT, entry))) fail(`${entry} does not exist`);
ensureBuilt(entry);
// Token creation stacks are left empty (scripts/token-stacks.js): formatting them cost a third of a large synth.
require("./token-stacks").skipTokenStacks();
// Run the app from the event loop, not from inside the module loader's frames: cdktf records the
// full stack for every token it creates (dozens per resource in the generated bindings), so each
// frame on the stack costs time and memory per token (about 13% of the CPU and 8% of the memory
// of synthesizing 1,000 integrations).
setImmediate(() => {
  const { main } = require(outputOf("cli/ilert-datadog.ts"));
  process.exitCode = main(["app", ...args], { createApp: loadEntry(entry).createApp });
});
