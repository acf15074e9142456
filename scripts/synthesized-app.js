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

/** The outdir named on the command line, or cdktf.json's `output` (cdktf.out). */
function outdirFromArgs(script) {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
    process.stderr.write(`usage: node scripts/${script} [outdir]   (default: ${CDKTF_JSON.output})\n`);
    process.exit(2);
  }
  return path.resolve(ROOT, args[0] ?? CDKTF_JSON.output);
}

/**
 * Runs the cdktf.json app command with CDKTF_OUTDIR=outdir; exits if it fails. The app picks the
 * same config file as `npm run synth` (app/config-source.ts).
 */
function synthesize(outdir) {
  // The app's report (warnings, stack files) goes to stderr: stdout is this script's output.
  const run = spawnSync(CDKTF_JSON.app, {
    shell: true,
    cwd: ROOT,
    stdio: ["inherit", 2, "inherit"],
    env: { ...process.env, CDKTF_OUTDIR: outdir },
  });
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

module.exports = { outdirFromArgs, synthesize, library, ROOT };
