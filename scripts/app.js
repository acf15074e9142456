#!/usr/bin/env node
// The `cdktf.json` app command. Runs the compiled example app, compiling first only when a source
// is newer than the last build, so synth never pays for type checking it does not need and never
// runs stale code. See BENCHMARKS.md for what this saves.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const STAMP = path.join(ROOT, "dist", ".tsbuildinfo");
const SOURCES = ["main.ts", "constructs", ".gen", "tsconfig.json", "tsconfig.build.json"];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIfStale() {
  const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (newest <= built) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], { stdio: "inherit", cwd: ROOT });
  // tsc leaves the build info untouched when nothing changed; touch it so the check stays cheap.
  const now = new Date();
  fs.utimesSync(STAMP, now, now);
}

buildIfStale();
require(path.join(ROOT, "dist", "main.js")).createApp().synth();
