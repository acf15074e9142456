#!/usr/bin/env node
// `npm run import-commands [-- <outdir>]`: prints a `terraform import` command for each object that
// the app synthesized into <outdir> (default cdktf.out) adopts (see adoptExisting), for Terraform
// before 1.5. Run it after `npx cdktf synth`, whose app command compiles the library into dist/.
"use strict";
const fs = require("fs");
const path = require("path");

const COMPILED = path.resolve(__dirname, "..", "dist", "tools", "index.js");
if (!fs.existsSync(COMPILED)) {
  process.stderr.write(
    "scripts/import-commands.js: run `npx cdktf synth` (or `npm run synth`) first; it compiles the library into dist/\n",
  );
  process.exit(1);
}
const { terraformImportCommands } = require(COMPILED);
for (const command of terraformImportCommands(process.argv[2] ?? "cdktf.out")) process.stdout.write(`${command}\n`);
