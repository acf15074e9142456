#!/usr/bin/env node
// `npm run pack` / `npm run pack:cdktn` (`node scripts/package.js <cdktf|cdktn> [--out dir] [--json]`):
// builds a package and packs it from a folder of its own, dist/package/<name>, so the tarball holds
// what a consumer needs and nothing of the repository: a package.json of the consumer's fields only
// (no scripts, no dev dependencies), the compiled library, LICENSE, the README and the documents it
// links, with links to files that are not shipped turned into plain text. The repository's own
// package.json is private: it is the template of the cdktf package, packages/cdktn/package.json
// that of the cdktn package.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");

/** The fields of a published manifest: what npm and a consumer read. */
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
  "peerDependencies",
  "peerDependenciesMeta",
];

/** Documents shipped beside the README, relative to the repository (docs/*.md are added). */
const DOCUMENTS = ["LICENSE", "CHANGELOG.md", "examples/config.example.json"];

const PACKAGES = {
  cdktf: {
    manifest: "package.json",
    readme: "README.md",
    build: (lib) => {
      run(process.execPath, [path.join(ROOT, "scripts/build-lib.js")]);
      fs.cpSync(path.join(ROOT, "dist/lib"), lib, { recursive: true });
    },
  },
  cdktn: {
    manifest: "packages/cdktn/package.json",
    readme: "packages/cdktn/README.md",
    build: (lib) => {
      const { buildCdktn, fail } = require("./cdktn/build");
      const diagnostics = buildCdktn(lib);
      if (diagnostics.length) fail(diagnostics);
    },
  },
};

function run(command, args, cwd = ROOT) {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
  return result.stdout;
}

/** The package's manifest: the template's consumer fields, in their order, without empty ones. */
function manifestOf(template) {
  return Object.fromEntries(CONSUMER_FIELDS.filter((f) => template[f] !== undefined).map((f) => [f, template[f]]));
}

/**
 * `markdown` with every relative link whose file is not in `shipped` (repository paths) turned into
 * its text, so no link in the package points at a file it does not have. `from`: the file's path.
 */
function withShippedLinks(markdown, from, shipped) {
  return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (link, bang, text, target) => {
    if (bang || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) return link;
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), target.split("#")[0]));
    return shipped.has(file) ? link : text;
  });
}

/** Builds and stages package `name` in dist/package/<package name>; returns the folder. */
function stage(name) {
  const spec = PACKAGES[name];
  if (spec === undefined) throw new Error(`unknown package "${name}"; one of ${Object.keys(PACKAGES).join(", ")}`);
  const template = JSON.parse(fs.readFileSync(path.join(ROOT, spec.manifest), "utf8"));
  const dir = path.join(ROOT, "dist/package", template.name);
  fs.rmSync(dir, { recursive: true, force: true });
  spec.build(path.join(dir, "dist/lib"));

  const docs = fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`);
  const documents = [...DOCUMENTS, ...docs];
  // The README sits at the package's root whatever its place in the repository.
  const shipped = new Set(["README.md", ...documents]);
  const copy = (from, to) => {
    const text = fs.readFileSync(path.join(ROOT, from), "utf8");
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.writeFileSync(path.join(dir, to), to.endsWith(".md") ? withShippedLinks(text, to, shipped) : text);
  };
  copy(spec.readme, "README.md");
  for (const document of documents) copy(document, document);

  const manifest = manifestOf(template);
  manifest.files = [...manifest.files, ...documents.filter((d) => d !== "LICENSE")];
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

function main() {
  const argv = process.argv.slice(2);
  const name = argv[0];
  const out = argv.includes("--out") ? path.resolve(argv[argv.indexOf("--out") + 1]) : ROOT;
  const dir = stage(name);
  fs.mkdirSync(out, { recursive: true });
  const packed = run("npm", ["pack", "--json", "--pack-destination", out], dir);
  if (argv.includes("--json")) process.stdout.write(packed);
  else process.stdout.write(`${path.relative(process.cwd(), path.join(out, JSON.parse(packed)[0].filename))}\n`);
}

module.exports = { CONSUMER_FIELDS, manifestOf, stage, withShippedLinks };
if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`scripts/package.js: ${e.message}\n`);
    process.exit(1);
  }
}
