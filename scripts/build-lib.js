#!/usr/bin/env node
// `npm run build:lib` (and `npm run pack`, scripts/package.js): compiles the library (constructs/, the
// tools, the config app in app/, the `ilert-datadog` command in cli/ and the iLert bindings they
// import) with tsconfig.package.json into dist/lib, what the package ships. It starts from an empty
// folder so a deleted construct never ships from an earlier build. The config app's one dependency,
// zod, is a dependency of the package; the library itself needs only the peers.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
// tsconfig.lib.json (the library, also built for cdktn) plus app/ and cli/ (this package only).
const CONFIG = path.join(ROOT, "tsconfig.package.json");
const OUT_DIR = path.resolve(ROOT, JSON.parse(fs.readFileSync(CONFIG, "utf8")).compilerOptions.outDir);

fs.rmSync(OUT_DIR, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", CONFIG], { stdio: "inherit", cwd: ROOT });
process.exit(tsc.status ?? 1);
