#!/usr/bin/env node
// The `cdktf.json` app command. `node scripts/app.js [entry.ts]` synthesizes the app built by the
// `createApp()` that the compiled `entry` (default main.ts) exports. It runs JavaScript compiled by
// tsconfig.build.json, so a synth pays neither for type checking nor for compiling, and it rebuilds
// first whenever the sources differ from those of the last successful build, so it never runs stale
// code. The check costs a few milliseconds; see BENCHMARKS.md.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CONFIG_FILE = "tsconfig.build.json";
const CONFIG = readConfig();
const OUT_DIR = path.resolve(ROOT, CONFIG.compilerOptions.outDir);
const ROOT_DIR = path.resolve(ROOT, CONFIG.compilerOptions.rootDir);
// What dist/ was last built from (see ensureBuilt), written only after a build that succeeded. It
// records content, not just times: a dist/ built from another checkout, or a source restored with
// an old mtime, still triggers a build, and a file merely touched does not.
const STAMP = path.join(OUT_DIR, ".build-stamp.json");

function readConfig() {
  const text = fs.readFileSync(path.join(ROOT, CONFIG_FILE), "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`reads ${CONFIG_FILE} as plain JSON (no comments): ${e.message}`);
  }
}

/** The files `include` names: plain paths, or `dir/**\/*.ext` (the only pattern this needs). */
function listSources() {
  const files = [];
  for (const pattern of CONFIG.include) {
    const glob = /^(.+)\/\*\*\/\*(\.[\w.]+)$/.exec(pattern);
    if (glob) walk(path.join(ROOT, glob[1]), glob[2], files);
    else if (!pattern.includes("*")) files.push(path.join(ROOT, pattern));
    else fail(`understands only "dir/**/*.ext" patterns in ${CONFIG_FILE} include, not "${pattern}"`);
  }
  return files.sort();
}

function walk(dir, ext, files) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an include folder that does not exist (yet) has no sources
  }
  for (const entry of entries) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, ext, files);
    else if (entry.name.endsWith(ext)) files.push(p);
  }
}

/**
 * Everything the emitted JavaScript depends on, relative to the root: the compiler, the configs, the
 * `include`d sources, and any other project file the last build read (say, a module a source imports
 * from outside `include`).
 */
function listInputs(sources, compiled = []) {
  const configs = [require.resolve("typescript/package.json"), path.join(ROOT, "tsconfig.json"), path.join(ROOT, CONFIG_FILE)];
  const files = new Set([...sources.map((f) => path.relative(ROOT, f)), ...compiled]);
  return [...configs.map((f) => path.relative(ROOT, f)), ...[...files].sort()];
}

/** The project files (outside node_modules) that tsc read in its last build, from its build info. */
function compiledFiles() {
  const buildInfo = path.resolve(ROOT, CONFIG.compilerOptions.tsBuildInfoFile);
  const { fileNames = [] } = JSON.parse(fs.readFileSync(buildInfo, "utf8"));
  return fileNames
    .map((f) => path.relative(ROOT, path.resolve(path.dirname(buildInfo), f)))
    .filter((f) => !f.split(path.sep).includes("node_modules"));
}

function statOf(file) {
  const stat = fs.statSync(path.resolve(ROOT, file), { throwIfNoEntry: false });
  return stat ? `${stat.size} ${stat.mtimeMs}` : "missing";
}

function digestOf(file) {
  const abs = path.resolve(ROOT, file);
  return fs.existsSync(abs) ? require("crypto").createHash("sha1").update(fs.readFileSync(abs)).digest("hex") : "missing";
}

function compiledSources(sources) {
  return sources.filter((s) => !s.endsWith(".d.ts"));
}

function outputOf(source) {
  return path.join(OUT_DIR, path.relative(ROOT_DIR, source)).replace(/\.ts$/, ".js");
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, "utf8"));
  } catch {
    return {};
  }
}

function writeStamp(stamp) {
  // Write then rename, so a concurrent synth never reads half a stamp.
  const tmp = `${STAMP}.${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(stamp));
  fs.renameSync(tmp, STAMP);
}

function build(sources) {
  process.stderr.write(`scripts/app.js: dist/ was not built from the current sources; compiling with ${CONFIG_FILE}\n`);
  const compiled = compiledSources(sources);
  // tsc's incremental mode does not re-emit an output deleted since its last run: start it afresh then.
  if (compiled.some((s) => !fs.existsSync(outputOf(s)))) fs.rmSync(path.resolve(ROOT, CONFIG.compilerOptions.tsBuildInfoFile), { force: true });
  // tsc emits even when it reports errors: until a build succeeds, dist/ matches no sources.
  fs.rmSync(STAMP, { force: true });
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, CONFIG_FILE)], { stdio: "inherit", cwd: ROOT });
  if (tsc.status !== 0) fail(`${CONFIG_FILE} build failed; fix the errors above and synthesize again`, tsc.status ?? 1);
  removeOrphans(new Set(compiled.map(outputOf)));
}

/** Deletes outputs whose source was deleted, so dist/ holds exactly what the sources build. */
function removeOrphans(outputs) {
  for (const pattern of CONFIG.include) {
    const glob = /^(.+)\/\*\*\/\*/.exec(pattern);
    if (!glob) continue;
    const found = [];
    walk(outputOf(path.join(ROOT, glob[1])), ".js", found);
    for (const js of found) {
      if (!outputs.has(js)) for (const stale of [js, js.replace(/\.js$/, ".d.ts")]) fs.rmSync(stale, { force: true });
    }
  }
}

function fail(message, status = 1) {
  process.stderr.write(`scripts/app.js: ${message}\n`);
  process.exit(status);
}

/**
 * Builds dist/ unless it was built from exactly the current inputs. The stamp records, per input, its
 * size and mtime (compared on every synth) and a digest of its content (read only when those differ).
 */
function ensureBuilt(sources) {
  const stamp = readStamp();
  const recorded = stamp.inputs ?? {};
  const inputs = listInputs(sources, stamp.files);
  let fresh = compiledSources(sources).every((s) => fs.existsSync(outputOf(s)));
  let touched = false;
  for (const file of inputs) {
    if (!fresh) break;
    const stat = statOf(file);
    if (recorded[file]?.[0] === stat) continue;
    fresh = recorded[file]?.[1] === digestOf(file);
    if (fresh) recorded[file] = [stat, recorded[file][1]];
    touched = true;
  }
  if (fresh) {
    if (touched) writeStamp(stamp); // touched or checked out again, not changed: no rebuild next time either
    return;
  }
  // Recorded before tsc runs, so that a file saved during the build differs on the next synth.
  const before = Object.fromEntries(inputs.map((f) => [f, [statOf(f), digestOf(f)]]));
  build(sources);
  const files = compiledFiles();
  const after = listInputs(sources, files);
  writeStamp({ files, inputs: Object.fromEntries(after.map((f) => [f, before[f] ?? [statOf(f), digestOf(f)]])) });
}

const sources = listSources();
const entry = path.resolve(ROOT, process.argv[2] ?? "main.ts");
if (!sources.includes(entry)) fail(`${path.relative(ROOT, entry)} is not a source of ${CONFIG_FILE}; add it to "include"`);
ensureBuilt(sources);
// Run the app from the event loop, not from inside the module loader's frames: cdktf records the
// full stack for every token it creates (dozens per resource in the generated bindings), so each
// frame on the stack costs time and memory per token (about 13% of the CPU and 8% of the memory
// of synthesizing 1,000 integrations).
setImmediate(() => require(outputOf(entry)).createApp().synth());
