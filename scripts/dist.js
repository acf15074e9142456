// The repository's dist/, shared by scripts/app.js (the cdktf.json app command) and
// scripts/ilert-datadog.js (npm run oncall|diagram|preview|import-commands): they run JavaScript
// compiled by tsconfig.build.json, so a run pays neither for type checking nor for compiling, and
// `ensureBuilt` compiles first whenever dist/ was not built from the current sources, so they never
// run stale code. When nothing changed, the check costs one stat per source; see BENCHMARKS.md.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CONFIG_FILE = "tsconfig.build.json";
const CONFIG = readConfig();
const OUT_DIR = path.resolve(ROOT, CONFIG.compilerOptions.outDir);
const ROOT_DIR = path.resolve(ROOT, CONFIG.compilerOptions.rootDir);
const BUILD_INFO = path.resolve(ROOT, CONFIG.compilerOptions.tsBuildInfoFile);
// What dist/ was built from, written only after a build that succeeded: for the compiler, the
// configs and every project file tsc read (relative to the root), their size and mtime, compared on
// each synth, and a digest of their content, read only when those differ. So a touched file costs
// no rebuild, while a file restored with an old mtime or a dist/ built from another checkout does.
const STAMP = path.join(OUT_DIR, ".build-stamp.json");

// Under `cdktf synth` the CLI logs whatever the app writes to stderr as an [ERROR]: progress goes to
// stdout there. The same test as isUnderCdktfCli (app/synth.ts), needed before dist/ is built.
const UNDER_CLI = (() => {
  try {
    return "cdktfRelativeModules" in JSON.parse(process.env.CDKTF_CONTEXT_JSON ?? "{}");
  } catch {
    return false;
  }
})();
const progress = (message) => (UNDER_CLI ? process.stdout : process.stderr).write(`${message}\n`);

function fail(message, status = 1) {
  process.stderr.write(`${path.relative(process.cwd(), process.argv[1] ?? "") || "scripts"}: ${message}\n`);
  process.exit(status);
}

function readConfig() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, CONFIG_FILE), "utf8"));
  } catch (e) {
    return fail(`cannot read ${CONFIG_FILE} as plain JSON (no comments): ${e.message}`);
  }
}

function outputOf(source) {
  return path.join(OUT_DIR, path.relative(ROOT_DIR, path.resolve(ROOT, source))).replace(/\.ts$/, ".js");
}

function statOf(file) {
  const stat = fs.statSync(path.resolve(ROOT, file), { throwIfNoEntry: false });
  return stat ? `${stat.size} ${stat.mtimeMs}` : "missing";
}

function digestOf(file) {
  const abs = path.resolve(ROOT, file);
  return fs.existsSync(abs) ? require("crypto").createHash("sha1").update(fs.readFileSync(abs)).digest("hex") : "missing";
}

function readStamp() {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8"));
    if (typeof stamp?.inputs === "object" && stamp.inputs !== null) return stamp;
  } catch {
    // no stamp (never built, or the last build failed) or an unreadable one: build
  }
  return { inputs: {} };
}

function writeStamp(stamp) {
  const tmp = `${STAMP}.${process.pid}`; // then renamed, so a concurrent synth never reads half a stamp
  fs.writeFileSync(tmp, JSON.stringify(stamp));
  fs.renameSync(tmp, STAMP);
}

/** Whether dist/ holds `entry` built from exactly the current inputs. */
function isFresh(stamp, entry) {
  if (!(entry in stamp.inputs) || !fs.existsSync(outputOf(entry))) return false;
  let touched = false;
  for (const [file, [stat, digest]] of Object.entries(stamp.inputs)) {
    const now = statOf(file);
    if (now === stat) continue;
    if (digestOf(file) !== digest) return false;
    stamp.inputs[file] = [now, digest];
    touched = true;
  }
  if (touched) writeStamp(stamp); // touched or checked out again, not changed: skip the digest next time
  return true;
}

/** The sources `include` names, relative to the root: plain paths, or `dir/**\/*.ext` (all this needs). */
function listSources() {
  const files = [];
  for (const pattern of CONFIG.include) {
    const glob = /^(.+)\/\*\*\/\*(\.[\w.]+)$/.exec(pattern);
    if (glob) walk(glob[1], glob[2], files);
    else if (!pattern.includes("*")) files.push(path.normalize(pattern));
    else fail(`understands only "dir/**/*.ext" patterns in ${CONFIG_FILE} include, not "${pattern}"`);
  }
  return files;
}

function walk(dir, ext, files) {
  let entries;
  try {
    entries = fs.readdirSync(path.resolve(ROOT, dir), { withFileTypes: true });
  } catch {
    return; // an include folder that does not exist (yet) has no sources
  }
  for (const entry of entries) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, ext, files);
    else if (entry.name.endsWith(ext)) files.push(p);
  }
}

/** The project files (outside node_modules) that tsc read in the build, from its build info. */
function compiledFiles() {
  const { fileNames = [] } = JSON.parse(fs.readFileSync(BUILD_INFO, "utf8"));
  return fileNames
    .map((f) => path.relative(ROOT, path.resolve(path.dirname(BUILD_INFO), f)))
    .filter((f) => !f.split(path.sep).includes("node_modules"));
}

function build(stamp, entry) {
  const why = Object.keys(stamp.inputs).length === 0 ? "first run" : "sources changed";
  progress(`compiling the app into dist/ with ${CONFIG_FILE} (${why})`);
  const compiler = path.relative(ROOT, require.resolve("typescript/package.json"));
  const configs = [compiler, "tsconfig.json", CONFIG_FILE];
  const sources = listSources().filter((f) => !f.endsWith(".d.ts"));
  // Taken before tsc runs, so that a file saved during the build differs on the next synth.
  const before = new Map([...configs, ...sources, ...Object.keys(stamp.inputs)].map((f) => [f, [statOf(f), digestOf(f)]]));
  // tsc's incremental mode does not re-emit an output deleted since its last run: start afresh then.
  if (sources.some((f) => !fs.existsSync(outputOf(f)))) fs.rmSync(BUILD_INFO, { force: true });
  fs.rmSync(STAMP, { force: true }); // tsc emits even when it reports errors
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, CONFIG_FILE)], {
    stdio: "inherit",
    cwd: ROOT,
  });
  if (tsc.status !== 0) fail(`${CONFIG_FILE} build failed; fix the errors above and synthesize again`, tsc.status ?? 1);
  removeOrphans(new Set(sources.map(outputOf)));
  const files = compiledFiles();
  if (!files.includes(entry)) fail(`${entry} is not compiled by ${CONFIG_FILE}; add it to "include"`);
  writeStamp({ inputs: Object.fromEntries([...configs, ...files].map((f) => [f, before.get(f) ?? [statOf(f), digestOf(f)]])) });
}

/** Deletes outputs whose source was deleted, so dist/ holds only what the sources build. */
function removeOrphans(outputs) {
  for (const pattern of CONFIG.include) {
    const glob = /^(.+)\/\*\*\/\*/.exec(pattern);
    if (!glob) continue;
    const found = [];
    walk(path.relative(ROOT, outputOf(glob[1])), ".js", found);
    for (const js of found.map((f) => path.resolve(ROOT, f))) {
      if (!outputs.has(js)) for (const stale of [js, js.replace(/\.js$/, ".d.ts")]) fs.rmSync(stale, { force: true });
    }
  }
}

/** The compiled entry module; an output deleted from dist/ since the build (and so not stat-ed) is rebuilt. */
function loadEntry(entry) {
  try {
    return require(outputOf(entry));
  } catch (e) {
    if (e.code !== "MODULE_NOT_FOUND" || !e.requireStack?.[0]?.startsWith(OUT_DIR + path.sep)) throw e;
    build(readStamp(), entry);
    return require(outputOf(entry));
  }
}

/** Compiles dist/ unless it holds `entry` (relative to the root) built from the current sources. */
function ensureBuilt(entry) {
  const stamp = readStamp();
  if (!isFresh(stamp, entry)) build(stamp, entry);
}

module.exports = { ROOT, UNDER_CLI, progress, fail, outputOf, ensureBuilt, loadEntry };
