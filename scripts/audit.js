#!/usr/bin/env node
// The dependency audit of CI (.ci/run): which known advisories affect what a user installs with the
// package (its runtime tree), and the rest of the lock file. `node scripts/audit.js`.
//
// The runtime tree, read from package-lock.json: this package's own dependencies (zod, bundled into
// the tarball at the locked version, what __tests__/package/package.test.ts checks) with what they
// need, and the peers a user installs beside it (cdktf with the dependencies cdktf bundles in its own
// tarball, constructs, @cdktf/provider-datadog) with theirs, at the locked versions. The rest of the
// lock file is the dev tree.
//
// Advisories come from the registry's audit endpoint (`npm audit`) where it answers. Where it does
// not (it answers 405 on the machines this project is built on, and no other advisory database is
// reachable there), from scripts/audit/advisories.json, a snapshot checked by hand for the runtime
// tree, whose date is printed: advisories published since are not seen, and the dev tree is not
// checked. An advisory in this package's own dependencies fails (exit 1); those inherited from the
// peers and the dev tree's are reported (this package cannot change what cdktf bundles).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SNAPSHOT = path.join(__dirname, "audit", "advisories.json");

/** Every package of the lock file: { path, name, version, scope: "own" | "inherited" | "dev" }. */
function inventory(manifest, lock) {
  const packages = lock.packages ?? {};
  const scopes = new Map();
  /** Where Node finds `name` from the package at `from` (a lock path; "" for the root). */
  const resolve = (from, name) => {
    for (let dir = from; ; dir = dir.includes("node_modules/") ? dir.slice(0, dir.lastIndexOf("/node_modules/")) : "") {
      const candidate = `${dir === "" ? "" : `${dir}/`}node_modules/${name}`;
      if (packages[candidate] !== undefined) return candidate;
      if (dir === "") return undefined;
    }
  };
  const visit = (at, scope) => {
    if (at === undefined || scopes.has(at)) return;
    scopes.set(at, scope);
    const entry = packages[at];
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(resolve(at, name), scope);
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) visit(resolve("", name), "own");
  for (const name of Object.keys(manifest.peerDependencies ?? {})) visit(resolve("", name), "inherited");
  return Object.entries(packages)
    .filter(([at]) => at !== "")
    .map(([at, entry]) => ({
      path: at,
      name: entry.name ?? at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length),
      version: entry.version,
      scope: scopes.get(at) ?? "dev",
    }));
}

/** A version's numbers, [major, minor, patch] (a pre-release counts as its release, conservatively). */
function parts(version) {
  return version.split(/[-+]/)[0].split(".").map(Number);
}

function compare(a, b) {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** Whether `version` lies in one of an advisory's OSV-style ranges. */
function affected(version, ranges) {
  return ranges.some(
    (r) =>
      compare(version, r.introduced) >= 0 &&
      (r.fixed !== undefined ? compare(version, r.fixed) < 0 : r.lastAffected !== undefined ? compare(version, r.lastAffected) <= 0 : true),
  );
}

/** The snapshot's advisories that affect the packages of the runtime tree: { pkg, id, severity, url }. */
function snapshotFindings(packages, snapshot) {
  return packages
    .filter((p) => p.scope !== "dev")
    .flatMap((pkg) =>
      snapshot.advisories
        .filter((a) => a.package === pkg.name && affected(pkg.version, a.ranges))
        .map((a) => ({ pkg, id: a.id, severity: a.severity, url: `https://github.com/advisories/${a.id}` })),
    );
}

/** `npm audit --json` of the lock file: its findings, or why the endpoint did not answer. */
function npmAudit(cwd = ROOT) {
  const run = spawnSync("npm", ["audit", "--json", "--package-lock-only", "--include", "prod", "--include", "dev", "--include", "peer"], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { error: (run.stderr || run.error?.message || "no answer").trim().split("\n")[0] };
  }
  if (report.error !== undefined || report.vulnerabilities === undefined)
    return { error: report.message || report.error?.summary || "no report" };
  return {
    vulnerabilities: Object.values(report.vulnerabilities).flatMap((v) =>
      v.via
        .filter((via) => typeof via === "object")
        .map((via) => ({
          name: v.name,
          nodes: v.nodes,
          id: via.url?.split("/").pop() ?? String(via.source),
          severity: via.severity,
          url: via.url,
        })),
    ),
  };
}

/** The findings of `npm audit` on the packages of the inventory (a finding names the paths it is at). */
function npmFindings(packages, vulnerabilities) {
  const byPath = new Map(packages.map((p) => [p.path, p]));
  return vulnerabilities.flatMap((v) =>
    v.nodes.filter((n) => byPath.has(n)).map((n) => ({ pkg: byPath.get(n), id: v.id, severity: v.severity, url: v.url })),
  );
}

const SCOPE_WORDS = { own: "this package's own", inherited: "inherited from the peers", dev: "dev tree" };

/** Runs the audit; returns [lines, exit status]. `audit` is `npmAudit` (a stand-in in tests). */
function runAudit({ manifest, lock, snapshot, audit = npmAudit }) {
  const packages = inventory(manifest, lock);
  const count = (scope) => packages.filter((p) => p.scope === scope).length;
  const lines = [
    `audit: runtime tree ${count("own") + count("inherited")} packages (${count("own")} this package's own, ${count("inherited")} inherited from the peers), dev tree ${count("dev")}`,
  ];
  const live = audit();
  let findings;
  if (live.vulnerabilities !== undefined) {
    lines.push("audit: advisories from the registry's audit endpoint (npm audit), for the whole lock file");
    findings = npmFindings(packages, live.vulnerabilities);
  } else {
    lines.push(
      `audit: npm audit: the registry's audit endpoint did not answer (${live.error})`,
      `audit: advisories from the snapshot ${path.relative(ROOT, SNAPSHOT)} (checked ${snapshot.checked}; advisories published since are not seen), for the runtime tree; the dev tree is not checked`,
    );
    findings = snapshotFindings(packages, snapshot);
  }
  for (const f of findings.sort((a, b) => a.pkg.path.localeCompare(b.pkg.path) || a.id.localeCompare(b.id)))
    lines.push(`  ${f.pkg.scope.padEnd(9)} ${f.pkg.name}@${f.pkg.version} (${f.pkg.path}): ${f.id} ${f.severity} ${f.url}`);
  const by = (scope) => findings.filter((f) => f.pkg.scope === scope).length;
  lines.push(
    `audit: ${by("own")} in ${SCOPE_WORDS.own} dependencies (each fails CI), ${by("inherited")} ${SCOPE_WORDS.inherited} (reported; README, Dependencies), ${by("dev")} in the ${SCOPE_WORDS.dev} (reported)`,
  );
  return [lines, by("own") > 0 ? 1 : 0];
}

module.exports = { inventory, affected, snapshotFindings, npmFindings, runAudit };

if (require.main === module) {
  const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
  const [lines, status] = runAudit({
    manifest: read(path.join(ROOT, "package.json")),
    lock: read(path.join(ROOT, "package-lock.json")),
    snapshot: read(SNAPSHOT),
  });
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exitCode = status;
}
