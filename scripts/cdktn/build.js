#!/usr/bin/env node
// The cdktn build (`npm run build:cdktn`; `npm run pack:cdktn` runs it, scripts/package.js): the
// package's source, written against cdktf, compiled with tsconfig.package.json (the library, the config
// app in app/ and the `ilert-datadog` command in cli/, as the cdktf package) against cdktn's
// declarations and emitted with every framework module specifier rewritten (rewrite.js). The type
// check resolves `cdktf` and `@cdktf/provider-datadog/*` to the cdktn packages (compiler `paths`), so
// code that only one Datadog provider version has fails this build. Usage: build.js [outDir [project]],
// by default packages/cdktn/dist/lib and tsconfig.package.json (tsconfig.build.json also checks the
// example app).
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { PACKAGES, CDKTN_TRANSFORMERS } = require("./rewrite");
const { nodeModulesOf } = require("../toolchain");
const { scriptArgs } = require("../args");

const ROOT = path.resolve(__dirname, "../..");
const DEFAULT_OUT_DIR = path.join(ROOT, "packages/cdktn/dist/lib");

/**
 * Compiler `paths` that make the type checker see each cdktf module as its cdktn counterpart, from
 * the cdktn toolchain's install (`npm run setup:cdktn`).
 */
function cdktnPaths() {
  const { nodeModules, error } = nodeModulesOf("cdktn");
  if (error) throw new Error(error);
  const paths = {};
  for (const [from, to] of Object.entries(PACKAGES)) {
    const target = path.join(nodeModules, to);
    paths[from] = [target];
    paths[`${from}/*`] = [`${target}/*`];
  }
  return paths;
}

/**
 * Builds `project` (default tsconfig.package.json, the package's files; tsconfig.build.json adds the
 * example app) into `outDir` (emptied first); returns the diagnostics, empty on success.
 * `typeCheck: false` emits JavaScript only, without checking types (for tests that run the build,
 * beside the package test that checks it).
 */
function buildCdktn(outDir = DEFAULT_OUT_DIR, { typeCheck = true, project = "tsconfig.package.json" } = {}) {
  const unchecked = typeCheck ? {} : { noCheck: true, noResolve: true, types: [], declaration: false };
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, project),
    { outDir, paths: cdktnPaths(), incremental: false, tsBuildInfoFile: undefined, ...unchecked },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) },
  );
  if (parsed.errors.length) return parsed.errors;
  fs.rmSync(outDir, { recursive: true, force: true });
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
  const diagnostics = typeCheck ? ts.getPreEmitDiagnostics(program) : [];
  if (diagnostics.length) return diagnostics;
  return program.emit(undefined, undefined, undefined, false, CDKTN_TRANSFORMERS).diagnostics;
}

function fail(diagnostics) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.exit(1);
}

if (require.main === module) {
  const usage = "usage: node scripts/cdktn/build.js [outDir [project]]   (npm run build:cdktn)";
  const [outDir, project] = scriptArgs("scripts/cdktn/build.js", usage, { max: 2 }).positionals;
  const diagnostics = buildCdktn(outDir ? path.resolve(outDir) : undefined, project ? { project } : undefined);
  if (diagnostics.length) fail(diagnostics);
}

module.exports = { buildCdktn, fail };
