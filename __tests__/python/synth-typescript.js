#!/usr/bin/env node
// `node __tests__/python/synth-typescript.js <cdktf|cdktn> <outdir>`: synthesizes the TypeScript
// example app (main.ts's createApp, the built-in example) into <outdir>, for the Python example's
// comparison (test_example.py). cdktf: the repository's app command, scripts/app.js. cdktn: the cdktn
// build of main.ts and the library (scripts/cdktn/build.js, JavaScript only, as __tests__/cdktn does)
// into a temporary folder under dist/, run with cdktn from the cdktn toolchain.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const [framework, outdir] = process.argv.slice(2);
const env = { ...process.env, CDKTF_OUTDIR: path.resolve(outdir) };
delete env.ILERT_DATADOG_CONFIG; // the built-in example, not a config file
delete env.ILERT_DATADOG_STACKS;

if (framework === "cdktf") {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/app.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.exit(result.status ?? 1);
} else if (framework === "cdktn") {
  const { buildCdktn } = require(path.join(ROOT, "scripts/cdktn/build"));
  const { nodeModulesOf } = require(path.join(ROOT, "scripts/toolchain"));
  fs.mkdirSync(path.join(ROOT, "dist"), { recursive: true });
  const build = fs.mkdtempSync(path.join(ROOT, "dist", "cdktn-python-test-"));
  try {
    const diagnostics = buildCdktn(build, { typeCheck: false, project: "tsconfig.build.json" });
    if (diagnostics.length) throw new Error(`cdktn build failed: ${diagnostics.map((d) => d.messageText).join("\n")}`);
    // cdktn and its Datadog bindings resolve from the cdktn toolchain, the rest from the root install.
    const script = `require(${JSON.stringify(path.join(build, "main.js"))}).createApp().synth();`;
    const result = spawnSync(process.execPath, ["-e", script], {
      cwd: ROOT,
      env: { ...env, NODE_PATH: nodeModulesOf("cdktn").nodeModules },
      stdio: ["ignore", "ignore", "inherit"],
    });
    process.exitCode = result.status ?? 1;
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }
} else {
  process.stderr.write("usage: node __tests__/python/synth-typescript.js <cdktf|cdktn> <outdir>\n");
  process.exit(2);
}
