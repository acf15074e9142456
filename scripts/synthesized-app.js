// Shared by `npm run preview` and `npm run diagram`: synthesizes the app with the cdktf.json app
// command (as `cdktf synth` would, into the given outdir), then loads the library that command
// compiled into dist/ (scripts/app.js builds it), so the scripts read the synthesized cdk.tf.json
// files of whatever app main.ts declares.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CDKTF_JSON = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8"));
const LIBRARY = path.join(ROOT, "dist", "tools", "index.js");

/**
 * The outdir named on the command line (default cdktf.json's `output`, cdktf.out) and the config
 * file named by `--config` (default: chosen as `npm run synth` chooses it, see docs/config-app.md).
 */
function parseArgs(script) {
  const usage = `usage: node scripts/${script} [outdir] [--config file.json]   (default outdir: ${CDKTF_JSON.output})\n`;
  const args = process.argv.slice(2);
  let outdir;
  let config;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--help" || args[i] === "-h") {
      process.stdout.write(usage);
      process.exit(0);
    } else if (args[i] === "--config" && i + 1 < args.length) config = path.resolve(args[++i]);
    else if (!args[i].startsWith("-") && outdir === undefined) outdir = args[i];
    else {
      process.stderr.write(usage);
      process.exit(2);
    }
  }
  return { outdir: path.resolve(ROOT, outdir ?? CDKTF_JSON.output), config };
}

/**
 * Runs the cdktf.json app command with CDKTF_OUTDIR=outdir; exits if it fails. The app picks the
 * config file as `npm run synth` does (app/config-source.ts); `config` is passed as
 * ILERT_DATADOG_CONFIG, which wins over cdktf.json's context.
 */
function synthesize(outdir, config) {
  const env = { ...process.env, CDKTF_OUTDIR: outdir, ...(config === undefined ? {} : { ILERT_DATADOG_CONFIG: config }) };
  // The app's report (warnings, stack files) goes to stderr: stdout is this script's output.
  const run = spawnSync(CDKTF_JSON.app, { shell: true, cwd: ROOT, stdio: ["inherit", 2, "inherit"], env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** The compiled tools export (`cdktf-ilert-datadog/tools`). */
function library() {
  if (!fs.existsSync(LIBRARY)) {
    process.stderr.write(`${path.relative(ROOT, LIBRARY)} is missing: the app command did not compile the library into dist/\n`);
    process.exit(1);
  }
  return require(LIBRARY);
}

module.exports = { parseArgs, synthesize, library, ROOT };
