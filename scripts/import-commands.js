#!/usr/bin/env node
// `npm run import-commands [-- <outdir>]`: prints a `terraform import` command for each object that
// the app synthesized into <outdir> (default cdktf.out) adopts (see adoptExisting), for Terraform
// before 1.5. Run it after `npx cdktf synth`, whose app command compiles the library into dist/.
"use strict";
const fs = require("fs");
const path = require("path");

const USAGE = "usage: npm run import-commands [-- <outdir>]   (default: cdktf.out, after npx cdktf synth or npm run synth)";
const COMPILED = path.resolve(__dirname, "..", "dist", "tools", "index.js");

function fail(message, status = 1) {
  process.stderr.write(`scripts/import-commands.js: ${message}\n`);
  process.exit(status);
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(
    `${USAGE}\nPrints one \`terraform import\` command per object the synthesized app adopts (adoptExisting), for Terraform before 1.5.\n`,
  );
  process.exit(0);
}
if (args.length > 1 || args.some((a) => a.startsWith("-")))
  fail(`unexpected argument "${args.find((a) => a.startsWith("-")) ?? args[1]}"\n${USAGE}`, 2);
const outdir = args[0] ?? "cdktf.out";
if (!fs.existsSync(outdir))
  fail(`${outdir} does not exist; run \`npx cdktf synth\` (or \`npm run synth\`) first, or name the output folder`);
if (!fs.existsSync(path.join(outdir, "manifest.json"))) {
  fail(`${outdir} holds no synthesized app (no manifest.json); run \`npx cdktf synth\` (or \`npm run synth\`) first`);
}
if (!fs.existsSync(COMPILED))
  fail("dist/ is missing: run `npx cdktf synth` (or `npm run synth`) first; it compiles the library into dist/");
const { terraformImportCommands } = require(COMPILED);
const commands = terraformImportCommands(outdir);
if (commands.length === 0) process.stderr.write(`nothing to adopt: no stack in ${outdir} adopts an existing object (adoptExisting)\n`);
for (const command of commands) process.stdout.write(`${command}\n`);
