#!/usr/bin/env node
// `npm run pack` / `npm run pack:cdktn` (`node scripts/package.js <cdktf|cdktn> [--out dir] [--json]`):
// builds a package in a folder of its own, dist/package/<name>, and packs it from there. That folder
// is a jsii project: the package's sources (tsconfig.package.json's files, for cdktn with the module
// specifiers rewritten, scripts/cdktn/rewrite.js) compiled by jsii into dist/lib, with the `.jsii`
// assembly beside them. So the npm tarball and the Python wheels (jsii-pacmak packs this same folder,
// scripts/jsii/python.js) hold the same JavaScript, whose classes carry jsii's type information, and
// the assembly describes exactly the package's entry point. The tarball holds what a consumer needs
// and nothing of the repository: a package.json of the consumer's fields (no scripts, no dev
// dependencies) and the jsii block, the compiled library, `.jsii`, LICENSE, the README and the
// documents it links, with links to files that are not shipped turned into plain text. The
// repository's own package.json is private: it is the template of the cdktf package,
// packages/cdktn/package.json that of the cdktn package.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const ts = require("typescript");
const { rewriteSourceText } = require("./cdktn/rewrite");
const { nodeModulesOf } = require("./toolchain");
const { scriptArgs } = require("./args");

const ROOT = path.resolve(__dirname, "..");

/** The fields of a published manifest: what npm, jsii and a consumer read. */
const CONSUMER_FIELDS = [
  "name",
  "version",
  "description",
  "keywords",
  "license",
  "repository",
  "engines",
  "main",
  "types",
  "exports",
  "typesVersions",
  "bin",
  "files",
  "dependencies",
  "bundleDependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "jsii",
];

/** Documents shipped beside the README, relative to the repository (the Markdown of DOCUMENT_FOLDERS is added). */
const DOCUMENTS = ["LICENSE", "CHANGELOG.md", "examples/config.example.json"];
/** The folders whose Markdown ships: the guides, and the generated API reference. */
const DOCUMENT_FOLDERS = ["docs", "docs/api"];

/** The compiler's output folder in the package, as the templates' main, types and exports name it. */
const OUT_DIR = "dist/lib";

// There is no public repository yet. jsii requires `author` and `repository.url` (they go into the
// assembly and the wheels' metadata); the reserved `.invalid` domain (RFC 2606) marks this URL as a
// placeholder: replace it when the repository is published. The npm manifests do not carry it (the
// `.jsii` they ship does).
const REPOSITORY = { type: "git", url: "https://cdktf-ilert-datadog.invalid/cdktf-ilert-datadog.git" };
const AUTHOR = { name: "cdktf-ilert-datadog contributors", organization: true };

/**
 * The two packages. `python`: the wheel's distribution and module name (the assembly's Python
 * target). `peers`: the install the peers come from, each at its minimum version (jsii warns JSII0006
 * otherwise); everything else the sources import (zod, @types/node) comes from the root install.
 */
const PACKAGES = {
  cdktf: {
    manifest: "package.json",
    // The package's README is written for its users; the repository's README.md is for contributors.
    readme: "packages/cdktf/README.md",
    python: { distName: "cdktf-ilert-datadog", module: "cdktf_ilert_datadog" },
    rewrite: false,
    peers: () => path.join(ROOT, "node_modules"),
  },
  cdktn: {
    manifest: "packages/cdktn/package.json",
    readme: "packages/cdktn/README.md",
    python: { distName: "cdktn-ilert-datadog", module: "cdktn_ilert_datadog" },
    rewrite: true,
    peers: () => {
      const { nodeModules, error } = nodeModulesOf("cdktn", ROOT);
      if (error) throw new Error(error);
      return nodeModules;
    },
  },
};

/**
 * jsii's compiler options (`jsii.tsconfig`, checked against its "strict" rule set) with the root
 * tsconfig's checks, and the layout of the templates' entry points: rootDir "." into dist/lib.
 */
const COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022"],
  module: "node16",
  moduleResolution: "node16",
  strict: true,
  noImplicitAny: true,
  noImplicitReturns: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmitOnError: true,
  declaration: true,
  types: ["node"],
  rootDir: ".",
  outDir: OUT_DIR,
};

/** The package's sources, relative to the repository: the files tsconfig.package.json compiles. */
function sourceFiles() {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.package.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (parsed === undefined || parsed.errors.length) throw new Error("tsconfig.package.json cannot be read");
  return parsed.fileNames.map((f) => path.relative(ROOT, f));
}

/** `dir`/node_modules: links to `peers` from the install `from`, and to every other package of the root install. */
function linkModules(dir, from, peers) {
  const link = (install, name) => {
    const target = path.join(dir, "node_modules", name);
    if (fs.existsSync(target)) return;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(install, name), target, "dir");
  };
  for (const peer of peers) link(from, peer);
  const root = path.join(ROOT, "node_modules");
  for (const entry of fs.readdirSync(root).filter((e) => !e.startsWith("."))) {
    const names = entry.startsWith("@") ? fs.readdirSync(path.join(root, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const name of names) link(root, name);
  }
}

/** Runs `command`; returns its stdout, or throws with its output when it fails. */
function run(command, args, cwd = ROOT, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}) in ${cwd}\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

/**
 * The environment of the jsii tools. On Node 20 (end of life; jsii 5.9 runs on >= 20.16, its
 * `engines`) every jsii tool prints a banner that its support matrix has ended Node 20, which says
 * nothing about the build: silenced there, for Node 20 only.
 */
function toolEnv() {
  const major = process.versions.node.split(".")[0];
  return major === "20" ? { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: major } : process.env;
}

/** The package's manifest: the template's consumer fields, in their order, without empty ones. */
function manifestOf(template) {
  return Object.fromEntries(CONSUMER_FIELDS.filter((f) => template[f] !== undefined).map((f) => [f, template[f]]));
}

/**
 * `markdown` with every relative link whose file is not in `shipped` (repository paths) turned into
 * its text, so no link in the package points at a file it does not have. `from`: the file's path in
 * the package. A link to `readme` (the package README's path in the repository, e.g.
 * packages/cdktf/README.md, linked from docs/) is pointed at README.md, where the package has it.
 */
function withShippedLinks(markdown, from, shipped, readme) {
  return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (link, bang, text, target) => {
    if (bang || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) return link;
    const [targetFile, anchor] = target.split("#");
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), targetFile));
    if (file === readme) {
      const relative = path.posix.relative(path.posix.dirname(from), "README.md");
      return `[${text}](${relative}${anchor === undefined ? "" : `#${anchor}`})`;
    }
    return shipped.has(file) ? link : text;
  });
}

/**
 * Compiles the staged sources in `dir` with jsii. The generated bindings have members whose names
 * are reserved words in other languages (Go's `delete` and `type`, Python's `from` in the schedule
 * restriction block); jsii renames them there (`from_`), so those warnings are silenced (as projen
 * and the prebuilt providers do). Every other warning is printed; an error fails the build.
 */
function compile(dir, manifest) {
  // jsii checks that each peer is compiled against at its minimum version: the installed versions.
  const installed = (dep) => JSON.parse(fs.readFileSync(path.join(dir, "node_modules", dep, "package.json"), "utf8")).version;
  const devDependencies = Object.fromEntries(Object.keys(manifest.peerDependencies).map((dep) => [dep, installed(dep)]));
  // The command (bin) stays out of the assembly: jsii-pacmak would make it a Python console script,
  // whose `init` writes a TypeScript project and which no test runs from Python.
  const project = { ...manifest, bin: undefined, author: AUTHOR, repository: REPOSITORY, devDependencies };
  project.jsii = { ...manifest.jsii, tsconfig: "tsconfig.json", validateTsconfig: "strict" };
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(project, null, 2)}\n`);
  const include = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.package.json"), "utf8")).include;
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include, exclude: ["node_modules", "dist"] }, null, 2)}\n`,
  );
  const jsii = path.join(ROOT, "node_modules/jsii/bin/jsii");
  // Its report (the counts, and any warning) goes to stderr: stdout is the pack's (--json).
  process.stderr.write(run(process.execPath, [jsii, "--silence-warnings=reserved-word"], dir, toolEnv()));
}

/** Builds and stages package `name` in dist/package/<package name>; returns the folder. */
function stage(name) {
  const spec = PACKAGES[name];
  if (spec === undefined) throw new Error(`unknown package "${name}"; one of ${Object.keys(PACKAGES).join(", ")}`);
  const template = JSON.parse(fs.readFileSync(path.join(ROOT, spec.manifest), "utf8"));
  const dir = path.join(ROOT, "dist/package", template.name);
  fs.rmSync(dir, { recursive: true, force: true });

  for (const file of sourceFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), spec.rewrite ? rewriteSourceText(text, file) : text);
  }
  linkModules(dir, spec.peers(), Object.keys(template.peerDependencies));

  const docs = DOCUMENT_FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, folder))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `${folder}/${f}`),
  );
  const documents = [...DOCUMENTS, ...docs];
  // The README sits at the package's root whatever its place in the repository.
  const shipped = new Set(["README.md", ...documents]);
  const copy = (from, to) => {
    const text = fs.readFileSync(path.join(ROOT, from), "utf8");
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.writeFileSync(path.join(dir, to), to.endsWith(".md") ? withShippedLinks(text, to, shipped, spec.readme) : text);
  };
  copy(spec.readme, "README.md");
  for (const document of documents) copy(document, document);

  const manifest = manifestOf(template);
  manifest.files = [...manifest.files, ...documents.filter((d) => d !== "LICENSE")];
  // For a jsii library that uses these types: the Python target, and where the sources were
  // (symbol ids are source paths: the compiled files map back through rootDir and outDir).
  // `outdir` (which jsii-pacmak requires) is its default output folder (scripts/jsii/python.js gives
  // it one outside the package). Not under dist/: jsii strips the part a declaration file's path shares
  // with `outdir` before it maps the path through `tsc`, so "dist/..." would turn dist/lib/constructs/
  // into lib/constructs/, and no library built on this one would find a type by its symbol id.
  manifest.jsii = { outdir: "pacmak", targets: { python: spec.python }, tsc: { rootDir: ".", outDir: OUT_DIR } };
  compile(dir, manifest);
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

function main() {
  const usage = `usage: node scripts/package.js <${Object.keys(PACKAGES).join("|")}> [--out dir] [--json]`;
  const { values, positionals } = scriptArgs("scripts/package.js", usage, {
    options: { out: { type: "string" }, json: { type: "boolean" } },
    min: 1,
    max: 1,
  });
  const out = values.out === undefined ? ROOT : path.resolve(values.out);
  const dir = stage(positionals[0]);
  fs.mkdirSync(out, { recursive: true });
  const packed = run("npm", ["pack", "--json", "--pack-destination", out], dir);
  if (values.json) process.stdout.write(packed);
  else process.stdout.write(`${path.relative(process.cwd(), path.join(out, JSON.parse(packed)[0].filename))}\n`);
}

module.exports = { CONSUMER_FIELDS, PACKAGES, manifestOf, run, stage, toolEnv, withShippedLinks };
if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`scripts/package.js: ${e.message}\n`);
    process.exit(1);
  }
}
