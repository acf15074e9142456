#!/usr/bin/env node
// `npm run build:lib` (and `prepack`): compiles the library (constructs/, the tools, the config app
// in app/, the `ilert-datadog` command in cli/ and the iLert bindings they import) with
// tsconfig.lib.json into dist/lib, the folder the package publishes. It starts from an empty folder
// so a deleted construct never ships from an earlier build.
//
// The package has no runtime dependencies (its users install the peers): the config app's one
// dependency, zod (MIT), is vendored as its compiled CommonJS files into dist/lib/vendor/zod, with
// its licence, and the compiled app/ requires it there.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
// tsconfig.lib.json (the library, also built for cdktn) plus app/ and cli/ (this package only).
const CONFIG = path.join(ROOT, "tsconfig.package.json");
const OUT_DIR = path.resolve(ROOT, JSON.parse(fs.readFileSync(CONFIG, "utf8")).compilerOptions.outDir);
const VENDORED = ["zod"];

fs.rmSync(OUT_DIR, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", CONFIG], { stdio: "inherit", cwd: ROOT });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

for (const name of VENDORED) {
  const source = path.dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
  const target = path.join(OUT_DIR, "vendor", name);
  const { main = "index.js" } = JSON.parse(fs.readFileSync(path.join(source, "package.json"), "utf8"));
  const mainDir = path.dirname(path.join(source, main));
  // The CommonJS files of the package's main folder: no declarations, tests, benchmarks or bundles.
  fs.cpSync(mainDir, path.join(target, path.relative(source, mainDir)), {
    recursive: true,
    filter: (src) =>
      fs.statSync(src).isDirectory()
        ? !/^(__tests__|benchmarks)$/.test(path.basename(src))
        : src.endsWith(".js") && !src.endsWith(".umd.js"),
  });
  fs.copyFileSync(path.join(source, "LICENSE"), path.join(target, "LICENSE"));
  const entry = path.join(target, path.relative(source, path.join(source, main)));
  rewriteRequires(OUT_DIR, name, entry);
}

/** Points every `require("<name>")` of the compiled files at the vendored copy's entry. */
function rewriteRequires(dir, name, entry) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (file !== path.join(OUT_DIR, "vendor")) rewriteRequires(file, name, entry);
    } else if (e.name.endsWith(".js")) {
      const text = fs.readFileSync(file, "utf8");
      const relative = `./${path.relative(path.dirname(file), entry).split(path.sep).join("/")}`
        .replace(/^\.\/\.\.\//, "../")
        .replace(/(\/index)?\.js$/, "");
      const rewritten = text.replaceAll(`require("${name}")`, `require("${relative}")`);
      if (rewritten !== text) fs.writeFileSync(file, rewritten);
    }
  }
}
