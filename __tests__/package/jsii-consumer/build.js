#!/usr/bin/env node
// The fixture acme-paging, a user's own jsii library, built against the cdktf package as npm ships
// it: the package's tarball installed into the fixture's node_modules, the fixture compiled by jsii
// (which reads the package's `.jsii` and maps each imported type to its name there). The package
// test (package.test.ts) compiles it from the tarball it packed; the Python test
// (test_jsii_consumer.py) runs `node build.js <dir>`, which packs the staged package of `npm run
// package:python` (dist/package/cdktf-ilert-datadog), compiles, runs jsii-pacmak's Python target and
// prints the wheel's path last. The other peers link to the installs the package compiles against.
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../../..");
const { PACKAGES, run: runTool, toolEnv } = require(path.join(ROOT, "scripts/package"));
const { nodeModulesOf } = require(path.join(ROOT, "scripts/toolchain"));

const run = (file, args, cwd) => runTool(file, args, cwd, toolEnv());

/** Copies the fixture to `dir`/acme-paging, installs `tarball` and the peers, compiles it with jsii; returns the folder. */
function compileConsumer(dir, tarball) {
  const project = path.join(dir, "acme-paging");
  fs.cpSync(__dirname, project, { recursive: true, filter: (f) => path.basename(f) !== "build.js" });
  const modules = path.join(project, "node_modules");
  fs.mkdirSync(path.join(modules, "cdktf-ilert-datadog"), { recursive: true });
  run("tar", ["xzf", tarball, "-C", path.join(modules, "cdktf-ilert-datadog"), "--strip-components=1"], dir);
  const install = PACKAGES.cdktf.peers();
  for (const peer of ["cdktf", "constructs", "@cdktf/provider-datadog"]) {
    fs.mkdirSync(path.dirname(path.join(modules, peer)), { recursive: true });
    fs.symlinkSync(path.join(install, peer), path.join(modules, peer), "dir");
  }
  run(process.execPath, [path.join(ROOT, "node_modules/jsii/bin/jsii")], project);
  return project;
}

module.exports = { compileConsumer };

if (require.main === module) {
  const dir = path.resolve(process.argv[2]);
  const staged = path.join(ROOT, "dist/package/cdktf-ilert-datadog");
  if (!fs.existsSync(path.join(staged, ".jsii"))) {
    process.stderr.write(`no staged cdktf package in ${path.relative(ROOT, staged)}: run npm run package:python\n`);
    process.exit(1);
  }
  const [tarball] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir, staged], dir));
  const project = compileConsumer(dir, path.join(dir, tarball.filename));
  const out = path.join(dir, "pacmak");
  run(
    process.execPath,
    [path.join(nodeModulesOf("jsii").nodeModules, "jsii-pacmak/bin/jsii-pacmak"), "--target", "python", "--outdir", out],
    project,
  );
  const wheel = fs.readdirSync(path.join(out, "python")).find((f) => f.endsWith(".whl"));
  process.stdout.write(`${path.join(out, "python", wheel)}\n`);
}
