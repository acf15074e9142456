#!/usr/bin/env node
// `node scripts/bench/install-size.js`: what adding this package to a cdktf app that already has the
// peer dependencies costs on disk. Packs the package (`npm run pack`: scripts/package.js builds it),
// installs the peers at the versions this repository develops against into a scratch app, then the
// tarball, and prints the packages and bytes (sum of file sizes) the tarball added. Uses npm's cache
// when it can (--prefer-offline); needs the npm registry otherwise.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const QUIET = ["--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline", "--loglevel=error"];

function npm(args, cwd) {
  return execFileSync(NPM, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** Every installed package folder (scoped ones too) and the bytes of the files under it. */
function installed(nodeModules) {
  const packages = new Map();
  const size = (p) => {
    const stat = fs.lstatSync(p);
    if (!stat.isDirectory()) return stat.size;
    return fs.readdirSync(p).reduce((sum, name) => sum + size(path.join(p, name)), 0);
  };
  const scan = (dir) => {
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (name.startsWith(".")) continue;
      const p = path.join(dir, name);
      if (name.startsWith("@")) scan(p);
      else packages.set(path.relative(nodeModules, p), size(p));
    }
  };
  scan(nodeModules);
  return packages;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "install-size-"));
try {
  const [packed] = JSON.parse(
    execFileSync(process.execPath, [path.join(ROOT, "scripts/package.js"), "cdktf", "--out", tmp, "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    }),
  );
  const app = path.join(tmp, "app");
  fs.mkdirSync(app);
  const peers = Object.fromEntries(Object.keys(manifest.peerDependencies).map((name) => [name, manifest.devDependencies[name]]));
  fs.writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies: peers }, null, 2),
  );
  npm(["install", ...QUIET], app);
  const before = installed(path.join(app, "node_modules"));
  npm(["install", ...QUIET, path.join(tmp, packed.filename)], app);
  const after = installed(path.join(app, "node_modules"));
  const added = [...after].filter(([name]) => !before.has(name));
  const bytes = added.reduce((sum, [, n]) => sum + n, 0);
  const mib = (n) => `${(n / 2 ** 20).toFixed(2)} MiB`;
  const peerBytes = [...before.values()].reduce((sum, n) => sum + n, 0);
  process.stdout.write(
    [
      `${manifest.name}@${manifest.version}: tarball ${mib(packed.size)}, ${packed.entryCount} files, unpacked ${mib(packed.unpackedSize)}`,
      `runtime dependencies: ${Object.keys(manifest.dependencies ?? {}).length} (peers: ${Object.entries(peers)
        .map(([n, v]) => `${n}@${v}`)
        .join(", ")})`,
      `the app with the peers only: ${before.size} packages, ${mib(peerBytes)}`,
      `adding the package: ${added.length} package(s) (${added.map(([name]) => name).join(", ")}), ${mib(bytes)}`,
    ].join("\n") + "\n",
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
