import * as fs from "fs";
import * as path from "path";

// scripts/audit.js, the dependency audit of CI: scopes read from the lock file, the snapshot's
// ranges, and the rule (an advisory in this package's own dependencies fails; the rest is reported).

const { inventory, affected, runAudit } = require("../../scripts/audit") as {
  inventory: (manifest: object, lock: object) => { path: string; name: string; version: string; scope: string }[];
  affected: (version: string, ranges: object[]) => boolean;
  runAudit: (input: object) => [string[], number];
};
const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));

/** A lock file: the package's own zod, the peer cdktf bundling lodash, a dev tool needing its own lodash. */
const manifest = { dependencies: { zod: "^3.24.4" }, peerDependencies: { cdktf: "^0.21.0" }, devDependencies: { jest: "29.7.0" } };
const lock = {
  packages: {
    "": {},
    "node_modules/zod": { version: "3.24.4" },
    "node_modules/cdktf": { version: "0.21.0", dependencies: { lodash: "^4" } },
    "node_modules/cdktf/node_modules/lodash": { version: "4.17.21", inBundle: true },
    "node_modules/jest": { version: "29.7.0", dependencies: { lodash: "^4" } },
    "node_modules/lodash": { version: "4.17.23", dev: true },
  },
};
const snapshot = {
  checked: "2026-12-04",
  advisories: [
    { id: "GHSA-aaaa", package: "lodash", severity: "high", ranges: [{ introduced: "4.0.0", fixed: "4.17.23" }] },
    { id: "GHSA-zzzz", package: "zod", severity: "moderate", ranges: [{ introduced: "0.0.0", fixed: "3.22.3" }] },
  ],
};
const unanswered = () => ({ error: "405 Method Not Allowed" });

test("the scopes follow the dependencies: own (zod), inherited (the peer and what it bundles), dev (the rest)", () => {
  expect(inventory(manifest, lock).map((p) => `${p.scope} ${p.name}@${p.version}`)).toEqual([
    "own zod@3.24.4",
    "inherited cdktf@0.21.0",
    "inherited lodash@4.17.21",
    "dev jest@29.7.0",
    "dev lodash@4.17.23",
  ]);
});

test("ranges: introduced inclusive, fixed exclusive, lastAffected inclusive", () => {
  const ranges = [
    { introduced: "2.0.0", fixed: "2.0.2" },
    { introduced: "4.0.0", lastAffected: "4.17.23" },
  ];
  expect(["1.9.9", "2.0.0", "2.0.1", "2.0.2", "4.17.23", "4.18.0"].map((v) => affected(v, ranges))).toEqual([
    false,
    true,
    true,
    false,
    true,
    false,
  ]);
});

test("without the audit endpoint: the snapshot, for the runtime tree; inherited advisories are reported and pass", () => {
  const [lines, status] = runAudit({ manifest, lock, snapshot, audit: unanswered });
  expect(status).toBe(0);
  expect(lines).toEqual([
    "audit: runtime tree 3 packages (1 this package's own, 2 inherited from the peers), dev tree 2",
    "audit: npm audit: the registry's audit endpoint did not answer (405 Method Not Allowed)",
    "audit: advisories from the snapshot scripts/audit/advisories.json (checked 2026-12-04; advisories published since are not seen), for the runtime tree; the dev tree is not checked",
    "  inherited lodash@4.17.21 (node_modules/cdktf/node_modules/lodash): GHSA-aaaa high https://github.com/advisories/GHSA-aaaa",
    "audit: 0 in this package's own dependencies (each fails CI), 1 inherited from the peers (reported; README, Dependencies), 0 in the dev tree (reported)",
  ]);
});

test("an advisory in this package's own dependencies fails", () => {
  const vulnerable = { packages: { ...lock.packages, "node_modules/zod": { version: "3.22.2" } } };
  const [lines, status] = runAudit({ manifest, lock: vulnerable, snapshot, audit: unanswered });
  expect(status).toBe(1);
  expect(lines).toContain("  own       zod@3.22.2 (node_modules/zod): GHSA-zzzz moderate https://github.com/advisories/GHSA-zzzz");
});

test("where the audit endpoint answers, its findings are used, by the path each is at", () => {
  const audit = () => ({
    vulnerabilities: [
      { name: "lodash", nodes: ["node_modules/lodash"], id: "GHSA-live", severity: "low", url: "https://github.com/advisories/GHSA-live" },
    ],
  });
  const [lines, status] = runAudit({ manifest, lock, snapshot, audit });
  expect(status).toBe(0);
  expect(lines.slice(1)).toEqual([
    "audit: advisories from the registry's audit endpoint (npm audit), for the whole lock file",
    "  dev       lodash@4.17.23 (node_modules/lodash): GHSA-live low https://github.com/advisories/GHSA-live",
    "audit: 0 in this package's own dependencies (each fails CI), 0 inherited from the peers (reported; README, Dependencies), 1 in the dev tree (reported)",
  ]);
});

test("this repository: the runtime tree is zod (own) and the peers with cdktf's bundled dependencies; the snapshot covers the runtime tree's advisories known on its date", () => {
  const packages = inventory(read("package.json"), read("package-lock.json"));
  expect(packages.filter((p) => p.scope === "own").map((p) => p.name)).toEqual(["zod"]);
  const inherited = packages.filter((p) => p.scope === "inherited");
  expect(inherited.map((p) => p.path).filter((p) => !p.startsWith("node_modules/cdktf/"))).toEqual([
    "node_modules/@cdktf/provider-datadog",
    "node_modules/cdktf",
    "node_modules/constructs",
  ]);
  const [lines, status] = runAudit({
    manifest: read("package.json"),
    lock: read("package-lock.json"),
    snapshot: read("scripts/audit/advisories.json"),
    audit: unanswered,
  });
  expect(status).toBe(0);
  expect(lines.filter((l) => l.startsWith("  ")).map((l) => l.split(" (")[0].trim())).toEqual([
    "inherited brace-expansion@2.0.1",
    "inherited brace-expansion@2.0.1",
    "inherited glob@10.4.5",
    "inherited minimatch@9.0.5",
    "inherited lodash@4.17.21",
    "inherited lodash@4.17.21",
    "inherited lodash@4.17.21",
    "inherited minimatch@5.1.6",
  ]);
});
