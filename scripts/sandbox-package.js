#!/usr/bin/env node
// `npm run pack:sandbox` (`node scripts/sandbox-package.js [--out dir] [--json]`): builds and packs the
// companion package ilert-datadog-sandbox, the API fakes `ilert-datadog sandbox` runs. Its source stays
// the end-to-end test's fakes (__tests__/e2e/fakes, from the entry index.ts; the tests and the test
// client are not reachable from it and not shipped), compiled with tsc into dist/package/ilert-datadog-sandbox/lib.
// Its manifest is packages/sandbox/package.json with the repository's version and engines and, as
// dependencies, exactly what the fakes' install has (__tests__/e2e/package.json): the Datadog API
// client's models and ajv. It needs that install (`npm run setup:e2e`) for their types.
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { run } = require("./package");
const { nodeModulesOf } = require("./toolchain");
const { scriptArgs } = require("./args");

const ROOT = path.resolve(__dirname, "..");
const FAKES = path.join(ROOT, "__tests__/e2e/fakes");
const ENTRY = path.join(FAKES, "index.ts");

/** The package's manifest: the template, with the repository's version and engines and the fakes' dependencies. */
function manifest() {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));
  const { version, engines } = read("package.json");
  const template = read("packages/sandbox/package.json");
  const { devDependencies } = read("__tests__/e2e/package.json");
  const { name, description, license, main, types, exports, files } = template;
  return { name, version, description, license, engines, main, types, exports, files, dependencies: devDependencies };
}

/** Compiles the fakes reachable from the entry into `out` (JavaScript and declarations); throws with tsc's errors. */
function compile(out) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ["lib.es2022.d.ts"],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    declaration: true,
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    rootDir: FAKES,
    outDir: out,
  };
  const program = ts.createProgram([ENTRY], options);
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" };
    throw new Error(`the fakes do not compile:\n${ts.formatDiagnostics(diagnostics, host)}`);
  }
  const shipped = program.getSourceFiles().filter((f) => !f.isDeclarationFile && f.fileName.startsWith(FAKES));
  const tests = shipped.filter((f) => /\.test\.ts$|test-client\.ts$/.test(f.fileName));
  if (tests.length > 0) throw new Error(`the entry reaches test files: ${tests.map((f) => f.fileName).join(", ")}`);
}

/** Builds the package in dist/package/ilert-datadog-sandbox; returns the folder. */
function stage() {
  const { error } = nodeModulesOf("e2e");
  if (error) throw new Error(error);
  const pkg = manifest();
  const dir = path.join(ROOT, "dist/package", pkg.name);
  fs.rmSync(dir, { recursive: true, force: true });
  compile(path.join(dir, "lib"));
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  fs.copyFileSync(path.join(ROOT, "packages/sandbox/README.md"), path.join(dir, "README.md"));
  fs.copyFileSync(path.join(ROOT, "LICENSE"), path.join(dir, "LICENSE"));
  return dir;
}

function main() {
  const usage = "usage: node scripts/sandbox-package.js [--out dir] [--json]";
  const { values } = scriptArgs("scripts/sandbox-package.js", usage, { options: { out: { type: "string" }, json: { type: "boolean" } } });
  const out = values.out === undefined ? ROOT : path.resolve(values.out);
  const dir = stage();
  fs.mkdirSync(out, { recursive: true });
  const packed = run("npm", ["pack", "--json", "--pack-destination", out], dir);
  if (values.json) process.stdout.write(packed);
  else process.stdout.write(`${path.relative(process.cwd(), path.join(out, JSON.parse(packed)[0].filename))}\n`);
}

module.exports = { manifest, stage };
if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`scripts/sandbox-package.js: ${e.message}\n`);
    process.exit(1);
  }
}
