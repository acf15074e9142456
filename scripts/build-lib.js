#!/usr/bin/env node
// `npm run build:lib` (and `prepack`): compiles the library alone (constructs/ and the iLert bindings
// it imports) with tsconfig.lib.json into dist/lib, the folder the package publishes. It starts from
// an empty folder so a deleted construct never ships from an earlier build.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CONFIG = path.join(ROOT, "tsconfig.lib.json");
const OUT_DIR = path.resolve(ROOT, JSON.parse(fs.readFileSync(CONFIG, "utf8")).compilerOptions.outDir);

fs.rmSync(OUT_DIR, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", CONFIG], { stdio: "inherit", cwd: ROOT });
process.exit(tsc.status ?? 1);
