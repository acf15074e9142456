#!/usr/bin/env node
// `npm run package:python [-- --only cdktf|cdktn]`: the Python wheels. Each package is built as
// `npm run pack` builds it (scripts/package.js: the jsii project in dist/package/<name>, whose
// JavaScript and `.jsii` assembly the npm tarball holds), then jsii-pacmak's Python target packs that
// same folder: the wheel embeds the npm package itself, so Python runs the JavaScript TypeScript
// users run. Wheels and sdists go to dist/python/. Needs the jsii toolchain (`npm run setup:jsii`:
// jsii-pacmak), and for the cdktn wheel the cdktn toolchain (`npm run setup:cdktn`).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { PACKAGES, stage, toolEnv } = require("../package");
const { nodeModulesOf } = require("../toolchain");
const { scriptArgs } = require("../args");

const ROOT = path.resolve(__dirname, "../..");
const PYTHON_DIR = path.join(ROOT, "dist/python");

/** jsii-pacmak's Python target for the staged package in `dir`; its wheel and sdist go to dist/python/. */
function packagePython(name, dir) {
  const { nodeModules } = nodeModulesOf("jsii");
  // Not under `dir`: its dist/ holds the package's JavaScript, which the wheel embeds.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "jsii-pacmak-"));
  const pacmak = path.join(nodeModules, "jsii-pacmak/bin/jsii-pacmak");
  process.stdout.write(`$ jsii-pacmak --target python   (in ${path.relative(ROOT, dir)})\n`);
  const result = spawnSync(process.execPath, [pacmak, "--target", "python", "--outdir", out], {
    cwd: dir,
    stdio: "inherit",
    env: toolEnv(),
  });
  if (result.status !== 0) throw new Error(`jsii-pacmak failed (exit ${result.status ?? result.signal})`);
  fs.mkdirSync(PYTHON_DIR, { recursive: true });
  const prefix = `${PACKAGES[name].python.module}-`;
  for (const old of fs.readdirSync(PYTHON_DIR).filter((f) => f.startsWith(prefix))) fs.rmSync(path.join(PYTHON_DIR, old));
  for (const file of fs.readdirSync(path.join(out, "python"))) {
    fs.copyFileSync(path.join(out, "python", file), path.join(PYTHON_DIR, file));
    process.stdout.write(`wrote ${path.relative(ROOT, path.join(PYTHON_DIR, file))}\n`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}

function main() {
  const usage = "usage: npm run package:python [-- --only cdktf|cdktn]";
  const only = scriptArgs("scripts/jsii/python.js", usage, { options: { only: { type: "string" } } }).values.only;
  if (only !== undefined && !(only in PACKAGES)) {
    process.stderr.write(`--only takes one of ${Object.keys(PACKAGES).join(", ")}\n`);
    return 2;
  }
  const names = only ? [only] : Object.keys(PACKAGES);
  // Every install first, so a missing one is reported before anything is built.
  for (const toolchain of ["jsii", ...(names.includes("cdktn") ? ["cdktn"] : [])]) {
    const { error } = nodeModulesOf(toolchain);
    if (error) {
      process.stderr.write(`${error}\n`);
      return 1;
    }
  }
  for (const name of names) packagePython(name, stage(name));
  return 0;
}

module.exports = { PYTHON_DIR };
if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (e) {
    process.stderr.write(`scripts/jsii/python.js: ${e.message}\n`);
    process.exitCode = 1;
  }
}
