#!/usr/bin/env node
// The `cdktf.json` app command (and `npm run synth`). `node scripts/app.js [entry.ts] [--config file]`
// runs `ilert-datadog app` (cli/ilert-datadog.ts, the package's command) with the built-in example of the
// `createApp()` that the compiled `entry` (default main.ts) exports: the stacks of the config file
// that app/config-source.ts chooses, else the example, reported as app/synth.ts reports them. The
// JavaScript comes from dist/, compiled first when a source changed (scripts/dist.js).
"use strict";
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");
const { ROOT, fail, outputOf, ensureBuilt, loadEntry } = require("./dist");

const USAGE = "usage: node scripts/app.js [entry.ts] [--config file.json]   (npm run synth [-- --config file.json])";
const argv = process.argv.slice(2);
// Its own arguments are --help and a first argument that is not an option (the entry); the rest are
// `ilert-datadog app`'s, passed on as given, for its parser (cli/args.ts) to check.
const { tokens } = parseArgs({
  args: argv,
  options: { help: { type: "boolean", short: "h" } },
  strict: false,
  allowPositionals: true,
  tokens: true,
});
if (tokens.some((t) => t.kind === "option" && t.name === "help")) {
  process.stdout.write(
    `${USAGE}\nThe config file: --config, else ILERT_DATADOG_CONFIG, else cdktf.json's context key "config"; see docs/config-app.md.\n`,
  );
  process.exit(0);
}
const entryArg = tokens[0]?.kind === "positional" && tokens[0].index === 0 ? tokens[0].value : undefined;
const args = argv.slice(entryArg === undefined ? 0 : 1);
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
