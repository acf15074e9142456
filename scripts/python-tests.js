#!/usr/bin/env node
// `npm run test:python [-- --only cdktf|cdktn] [-- pytest args]`: the Python tests (__tests__/python)
// against the wheels of `npm run package:python`, once per framework, each in a venv of its own under
// .python/<framework> (git-ignored) with the wheel and its peers from PyPI. A venv is reused while the
// Python version and the requirements stay the same (a rebuilt wheel is reinstalled alone); pip's
// cache, jsii's package cache and the bytecode cache (.python/pycache) make the rest of a rerun fast.
// Without python3 it says so in one line and succeeds, except under CI (CI=true, as .ci/run and
// hosted CI set it), where skipping would let a run pass that tested no Python at all. The TypeScript example the tests compare with
// is synthesized by __tests__/python/synth-typescript.js (the cdktn side needs `npm run setup:cdktn`).
"use strict";
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { parseArgs } = require("util");
const { nodeModulesOf } = require("./toolchain");
const { PACKAGES } = require("./package");
const { PYTHON_DIR } = require("./jsii/python");

const ROOT = path.resolve(__dirname, "..");
const VENVS = path.join(ROOT, ".python");

/**
 * What each venv installs beside the wheel: the peers at the versions the TypeScript side compiles
 * against (the root install, toolchains/cdktn), so the example's output can be compared byte for byte.
 * The wheels accept newer ones (their METADATA); `cdktn-provider-datadog` 16.1.1 on PyPI wraps Datadog
 * 4.25.0 where npm's 16.1.0 wraps 4.19.0, which changes only the provider pin in the output.
 */
const PEERS = {
  cdktf: ["cdktf==0.21.0", "cdktf-cdktf-provider-datadog==12.15.2"],
  cdktn: ["cdktn==0.24.0", "cdktn-provider-datadog==16.1.0"],
};
const PYTEST = "pytest==9.2.0";

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    process.stderr.write(`${path.basename(cmd)} ${args.join(" ")} failed (exit ${status})\n`);
    process.exit(status);
  }
}

const sha256 = (file) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The framework's venv, created or updated for `wheel`; returns its python. */
function venv(framework, wheel, pythonVersion) {
  const dir = path.join(VENVS, framework);
  const python = path.join(dir, "bin", "python");
  const stampFile = path.join(dir, "installed.json");
  const want = { python: pythonVersion, requirements: [...PEERS[framework], PYTEST], wheel: sha256(wheel) };
  const have = fs.existsSync(stampFile) && fs.existsSync(python) ? JSON.parse(fs.readFileSync(stampFile, "utf8")) : undefined;
  const pip = (args) => must(python, ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "-q", ...args]);
  if (have && have.python === want.python && JSON.stringify(have.requirements) === JSON.stringify(want.requirements)) {
    if (have.wheel === want.wheel) {
      process.stdout.write(`${framework}: reusing ${path.relative(ROOT, dir)}\n`);
      return python;
    }
    process.stdout.write(`${framework}: reinstalling ${path.basename(wheel)} in ${path.relative(ROOT, dir)}\n`);
    pip(["--force-reinstall", "--no-deps", wheel]);
  } else {
    process.stdout.write(`${framework}: creating ${path.relative(ROOT, dir)} (${path.basename(wheel)}, ${want.requirements.join(" ")})\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    must("python3", ["-m", "venv", dir]);
    pip([wheel, ...want.requirements]);
  }
  fs.writeFileSync(stampFile, `${JSON.stringify(want, null, 2)}\n`);
  return python;
}

/** CI=true (or any value but "", "0" and "false"), as GitHub Actions, GitLab CI and .ci/run set it. */
function underCi(env) {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false";
}

/**
 * This script's option, `--only` (its last value; null when given without one), and the rest: pytest's
 * arguments (`-k name`, `-x`, ...), passed on as given.
 */
function splitArgs(argv) {
  const options = { only: { type: "string" } };
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const onlyTokens = tokens.filter((t) => t.kind === "option" && t.name === "only");
  const own = new Set(onlyTokens.flatMap((t) => (t.inlineValue || t.value === undefined ? [t.index] : [t.index, t.index + 1])));
  const only = onlyTokens.length === 0 ? undefined : (onlyTokens[onlyTokens.length - 1].value ?? null);
  return { only, pytest: argv.filter((_, i) => !own.has(i)) };
}

function main() {
  const { only, pytest } = splitArgs(process.argv.slice(2));
  if (only === null || (only !== undefined && !(only in PACKAGES))) {
    process.stderr.write(`--only takes one of ${Object.keys(PACKAGES).join(", ")}\n`);
    return 2;
  }
  const version = spawnSync("python3", ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"], { encoding: "utf8" });
  if (version.error || version.status !== 0) {
    if (underCi(process.env)) {
      process.stderr.write(
        "test:python: no python3 on the PATH, and CI is set: install python3 (the wheels' tests cannot be skipped in CI)\n",
      );
      return 1;
    }
    process.stdout.write("test:python skipped: no python3\n");
    return 0;
  }
  const frameworks = only ? [only] : Object.keys(PACKAGES);
  if (frameworks.includes("cdktn")) {
    const { error } = nodeModulesOf("cdktn");
    if (error) throw new Error(error);
  }
  // The jsii runtime runs the library on the `node` of the PATH. On Node 20, past the end of life
  // that jsii's support matrix records, it prints a banner into every run: silenced there, Node 20 only.
  const env = { ...process.env, PYTHONPYCACHEPREFIX: path.join(VENVS, "pycache") };
  const nodeMajor = process.versions.node.split(".")[0];
  if (nodeMajor === "20") env.JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION = nodeMajor;
  let failed = 0;
  for (const framework of frameworks) {
    const module = PACKAGES[framework].python.module;
    const wheel = fs.existsSync(PYTHON_DIR) && fs.readdirSync(PYTHON_DIR).find((f) => f.startsWith(`${module}-`) && f.endsWith(".whl"));
    if (!wheel) {
      process.stderr.write(`no ${module} wheel in ${path.relative(ROOT, PYTHON_DIR)}: run npm run package:python\n`);
      return 1;
    }
    const python = venv(framework, path.join(PYTHON_DIR, wheel), version.stdout.trim());
    process.stdout.write(`\n=== pytest (${framework})\n`);
    const status = run(python, ["-m", "pytest", "-p", "no:cacheprovider", "-q", "__tests__/python", ...pytest], {
      cwd: ROOT,
      env: { ...env, ILERT_DATADOG_FRAMEWORK: framework },
    });
    if (status !== 0) failed = status;
  }
  return failed;
}

module.exports = { splitArgs };
if (require.main === module) process.exitCode = main();
