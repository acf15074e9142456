#!/usr/bin/env node
// `node scripts/bench/dev-install.js [--before <ref>] [--write]`: what a developer's install costs.
// For HEAD (and the `--before` commit, if given), clones the repository into a temporary folder,
// runs `npm ci` there (timed; with npm's cache, as on a developer's machine) and measures
// node_modules (disk use as `du -s` reports it, and packages), counts npm's EBADENGINE warnings, then
// runs `npm test` (timed, wall and CPU). Prints a table; `--write` puts it in BENCHMARKS.md under
// "Developer install". The load average is printed too: on a shared machine it moves the times.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { scriptArgs } = require("../args");

const ROOT = path.resolve(__dirname, "..", "..");
const BENCHMARKS = path.join(ROOT, "BENCHMARKS.md");
const HEADING = "## Developer install";

function args() {
  const usage = "usage: node scripts/bench/dev-install.js [--before <ref>] [--write]";
  const { values } = scriptArgs("scripts/bench/dev-install.js", usage, {
    options: { before: { type: "string" }, write: { type: "boolean" } },
  });
  return { before: values.before, write: values.write === true };
}

/** Printed after the script's output and before bash's `times`, to tell the two apart. */
const TIMES_MARK = "--- dev-install.js: times ---";

/**
 * Runs `script` with bash in `cwd`; returns its output, wall seconds and its children's CPU seconds
 * (the second of the two lines of bash's `times`: user and system time of the shell's children).
 */
function timed(script, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync("bash", ["-c", `${script}\nstatus=$?\nprintf '\\n%s\\n' '${TIMES_MARK}'; times; exit $status`], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${script} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const at = result.stdout.lastIndexOf(`\n${TIMES_MARK}\n`);
  const [, children] = result.stdout
    .slice(at + TIMES_MARK.length + 2)
    .trim()
    .split("\n");
  const cpu = children
    .split(/\s+/)
    .map((t) => /^(\d+)m([\d.]+)s$/.exec(t))
    .reduce((sum, m) => sum + (m ? Number(m[1]) * 60 + Number(m[2]) : 0), 0);
  return { output: `${result.stdout.slice(0, at)}\n${result.stderr}`, wall, cpu };
}

/** Measures one commit in a fresh clone. */
function measure(ref) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-install-"));
  try {
    timed(`git clone --quiet --no-checkout ${JSON.stringify(ROOT)} . && git checkout --quiet ${ref}`, dir);
    const commit = timed("git rev-parse --short HEAD", dir).output.trim();
    const install = timed("npm ci --no-audit --no-fund", dir);
    const disk = Number(timed("du -sk node_modules", dir).output.split(/\s+/)[0]) / 1024;
    const packages = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "node_modules", ".package-lock.json"), "utf8")).packages);
    const test = timed("npm test >/dev/null 2>&1", dir);
    const testFiles = Number(timed("npx jest --listTests | wc -l", dir).output.trim());
    return {
      ref,
      commit,
      installWall: install.wall,
      diskMiB: disk,
      packages: packages.length,
      engineWarnings: (install.output.match(/EBADENGINE Unsupported engine/g) ?? []).length,
      testWall: test.wall,
      testCpu: test.cpu,
      testFiles,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows) {
  const lines = [
    "| commit | `npm ci` wall | node_modules (`du -s`) | packages | EBADENGINE warnings | `npm test` wall | `npm test` CPU | test files |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.ref === "HEAD" ? r.commit : `${r.commit} (before)`} | ${r.installWall.toFixed(0)} s | ${r.diskMiB.toFixed(0)} MiB | ${r.packages} | ${r.engineWarnings} | ${r.testWall.toFixed(0)} s | ${r.testCpu.toFixed(0)} s | ${r.testFiles} |`,
    );
  }
  return lines.join("\n");
}

function main() {
  const { before, write } = args();
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
  const loadBefore = load();
  const rows = [...(before ? [measure(before)] : []), measure("HEAD")];
  const text = [
    `Measured by \`node scripts/bench/dev-install.js${before ? ` --before ${before}` : ""}\` on ${new Date().toISOString().slice(0, 16)}Z,`,
    `Node ${process.version}, ${os.cpus().length} CPUs, npm cache warm; load average ${loadBefore} before, ${load()} after.`,
    "",
    table(rows),
  ].join("\n");
  console.log(text);
  if (write) {
    const md = fs.readFileSync(BENCHMARKS, "utf8");
    const start = md.indexOf(HEADING);
    if (start < 0) throw new Error(`BENCHMARKS.md has no "${HEADING}" section`);
    const end = md.indexOf("\n## ", start + HEADING.length);
    const intro = md.slice(start, md.indexOf("<!-- dev-install -->", start) + "<!-- dev-install -->".length);
    fs.writeFileSync(BENCHMARKS, `${md.slice(0, start)}${intro}\n${text}\n${end < 0 ? "" : md.slice(end)}`);
  }
}

main();
