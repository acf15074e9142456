#!/usr/bin/env node
// `npm run bench [-- --runs=N] [-- --only base|scale|oncall|diff] [-- --write]`: wall time and peak memory of
// synthesizing, each run in a new process the way `cdktf synth` starts the app command, median of N
// runs (default 5) after one warm-up, scenarios taken in turn so that machine noise hits all of them
// alike. Prints the tables with the machine it ran on; with --write, also writes them between the
// markers in BENCHMARKS.md (each group its own). The scale group synthesizes config files generated
// from the example config (scripts/bench/scale-config.js) into a temporary folder. The oncall group
// synthesizes an hourly rotation (scripts/bench/oncall-config.js) there once, then times
// `ilert-datadog oncall` on it over windows of 365 to 3,660 days. The diff group synthesizes the
// 500-team config and a change of it (scripts/bench/change-config.js) once, whole and one stack, then
// times `ilert-datadog oncall --diff` and `ilert-datadog stacks --json --changed` between them.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { scaleConfig } = require("./scale-config");
const { oncallConfig } = require("./oncall-config");
const { changeConfig } = require("./change-config");
const { scriptArgs, exitWithUsage } = require("../args");

const ROOT = path.resolve(__dirname, "../..");
const PROBE = path.join(__dirname, "usage-probe.js");
const REPORT = path.join(ROOT, "BENCHMARKS.md");
const MARKERS = {
  base: ["<!-- bench:start (written by npm run bench -- --write) -->", "<!-- bench:end -->"],
  scale: ["<!-- bench-scale:start (written by npm run bench -- --write) -->", "<!-- bench-scale:end -->"],
  oncall: ["<!-- bench-oncall:start (written by npm run bench -- --write) -->", "<!-- bench-oncall:end -->"],
  diff: ["<!-- bench-diff:start (written by npm run bench -- --write) -->", "<!-- bench-diff:end -->"],
};
/** What scripts/app.js prints when it compiles dist/ (to stdout under the CLI's environment). */
const REBUILT = "compiling the app into dist/";
const USAGE =
  "usage: npm run bench [-- --runs=N] [-- --only base|scale|oncall|diff] [-- --write]   (--only: one group of scenarios; --write: also update BENCHMARKS.md)";

const GROUPS = Object.keys(MARKERS);
const { values } = scriptArgs("scripts/bench", USAGE, {
  options: { runs: { type: "string" }, only: { type: "string" }, write: { type: "boolean" }, help: { type: "boolean", short: "h" } },
});
if (values.runs !== undefined && !/^\d+$/.test(values.runs)) {
  exitWithUsage(
    "scripts/bench",
    USAGE,
    `--runs: ${JSON.stringify(values.runs)} is not a number of runs; give a whole number, e.g. --runs=9`,
  );
}
if (values.only !== undefined && !GROUPS.includes(values.only)) {
  exitWithUsage("scripts/bench", USAGE, `--only: unknown group ${JSON.stringify(values.only)}; expected one of ${GROUPS.join(", ")}`);
}
const RUNS = values.runs === undefined ? 5 : Math.max(1, Number(values.runs));
const WRITE = values.write === true;
const ONLY = values.only;

const APP = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).app;
const MANY = `${APP} scripts/bench/many-integrations.ts`;
const TS_NODE = `node ${path.relative(ROOT, require.resolve("ts-node/dist/bin.js"))}`;

/** The scale group's config files, generated for this run. */
const SCALE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
process.on("exit", () => fs.rmSync(SCALE_DIR, { recursive: true, force: true }));

/**
 * A scale scenario: `teams` copies of the example config's first team in three environments, with a
 * stack per environment or per team; `selected` synthesizes only that stack (ILERT_DATADOG_STACKS).
 */
function scale(teams, stackPer, selected) {
  const file = path.join(SCALE_DIR, `${teams}-${stackPer}.json`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(scaleConfig(teams, stackPer)));
  const layout = `stack per ${stackPer}`;
  return {
    key: `${teams}-${stackPer}${selected ? "-one" : ""}`,
    group: "scale",
    label: selected
      ? `one stack (\`${selected}\`) of ${teams.toLocaleString("en")} teams, ${layout}`
      : `${teams.toLocaleString("en")} teams x 3 environments, ${layout}`,
    command: `${APP} --config ${JSON.stringify(file)}`,
    env: selected ? { ILERT_DATADOG_STACKS: selected } : {},
    // With a stack per team, the account's reminders have a stack of their own.
    stacks: selected ? [selected] : stackPer === "team" ? teams * 3 + 1 : ["dev", "staging", "prod"],
    webhooks: selected ? 1 : teams * 3,
  };
}

/** The oncall group's app: the hourly rotation of scripts/bench/oncall-config.js, synthesized once (untimed). */
let oncallOutdir;
function oncallApp() {
  if (oncallOutdir === undefined) {
    const file = path.join(SCALE_DIR, "oncall.json");
    fs.writeFileSync(file, JSON.stringify(oncallConfig()));
    const outdir = path.join(SCALE_DIR, "oncall-app");
    const synth = spawnSync(`${APP} --config ${JSON.stringify(file)}`, {
      shell: true,
      cwd: ROOT,
      env: { ...process.env, CDKTF_OUTDIR: outdir },
      encoding: "utf8",
    });
    if (synth.status !== 0) throw new Error(`synthesizing the oncall app failed:\n${synth.stderr}${synth.stdout}`);
    oncallOutdir = outdir;
  }
  return oncallOutdir;
}

/**
 * An oncall scenario: `ilert-datadog oncall` over `days` days of the hourly rotation, writing `format`
 * (md: oncall.md; ics: one .ics file) into the run's folder. Checked once: a row per day (md), 23 to 25
 * shifts per day (ics; the count is kept for the table).
 */
function oncall(days, format) {
  return {
    key: `oncall-${format}-${days}`,
    group: "oncall",
    label: `\`oncall --days ${days.toLocaleString("en")} --format ${format}\``,
    days,
    format,
    command: (outdir) =>
      `node scripts/ilert-datadog.js oncall --from 2026-03-02 --days ${days} --format ${format} --out ${JSON.stringify(outdir)} ${JSON.stringify(oncallApp())}`,
    check(outdir, stdout) {
      const files = fs.readdirSync(outdir);
      this.bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(outdir, f)).size, 0);
      if (format === "md") {
        const rows = fs.readFileSync(path.join(outdir, "oncall.md"), "utf8").match(/^\| \w{3} \d{4}-\d{2}-\d{2} \|/gm) ?? [];
        if (rows.length !== days) throw new Error(`${this.label}: ${rows.length} day rows, expected ${days}`);
      } else {
        const shifts = Number(/: (\d+) shifts of /.exec(stdout)?.[1]);
        if (!(shifts >= 23 * days && shifts <= 25 * days))
          throw new Error(`${this.label}: ${shifts} shifts for ${days} days of an hourly rotation`);
        this.shifts = shifts;
      }
    },
  };
}

/** The diff group's apps, synthesized once each (untimed): `which` is base or change, `stackPer` the layout, `selected` one stack. */
const diffApps = new Map();
function diffApp(which, stackPer, selected) {
  const key = `${which}-${stackPer}${selected ? "-one" : ""}`;
  if (!diffApps.has(key)) {
    const file = path.join(SCALE_DIR, `diff-${which}-${stackPer}.json`);
    if (!fs.existsSync(file)) {
      const base = scaleConfig(500, stackPer);
      fs.writeFileSync(file, JSON.stringify(which === "base" ? base : changeConfig(base)));
    }
    const outdir = path.join(SCALE_DIR, `diff-${key}`);
    const synth = spawnSync(`${APP} --config ${JSON.stringify(file)}`, {
      shell: true,
      cwd: ROOT,
      env: { ...process.env, CDKTF_OUTDIR: outdir, ...(selected ? { ILERT_DATADOG_STACKS: selected } : {}) },
      encoding: "utf8",
    });
    if (synth.status !== 0) throw new Error(`synthesizing the diff group's ${key} app failed:\n${synth.stderr}${synth.stdout}`);
    diffApps.set(key, outdir);
  }
  return diffApps.get(key);
}

/**
 * A diff scenario: `oncall --diff` (or `stacks --json --changed`) from the 500-team config to its
 * change, over 28 days, with a stack per `stackPer`, whole or the one stack `selected`. Checked once:
 * every schedule of the change moves (a section each), or every changed stack is listed.
 */
function whoMoves(tool, stackPer, selected) {
  const stacks = selected ? 1 : stackPer === "team" ? 1501 : 3;
  const schedules = selected ? 1 : 1500;
  return {
    key: `${tool}-${stackPer}${selected ? "-one" : ""}`,
    group: "diff",
    label: `\`${tool === "diff" ? "oncall --diff" : "stacks --json --changed"}\`, ${selected ? `one stack (\`${selected}\`) of ` : ""}500 teams x 3 environments, stack per ${stackPer}`,
    stacks,
    command: (outdir) => {
      const [base, change] = ["base", "change"].map((which) => JSON.stringify(diffApp(which, stackPer, selected)));
      return tool === "diff"
        ? `node scripts/ilert-datadog.js oncall --diff ${base} --from 2026-03-02 --days 28 --out ${JSON.stringify(outdir)} ${change}`
        : `node scripts/ilert-datadog.js stacks --json --changed ${base} ${change}`;
    },
    check(outdir, stdout) {
      if (tool === "diff") {
        const markdown = fs.readFileSync(path.join(outdir, "oncall-diff.md"), "utf8");
        this.bytes = Buffer.byteLength(markdown);
        const moved = (markdown.match(/^### Schedule /gm) ?? []).length;
        if (moved !== schedules) throw new Error(`${this.label}: ${moved} schedules moved, expected ${schedules}`);
        this.moved = moved;
      } else {
        const listed = JSON.parse(stdout).length;
        // Every stack changed: each team's, and the account's reminders (prod-user-settings), which remind the newcomers too.
        const expected = stacks;
        if (listed !== expected) throw new Error(`${this.label}: ${listed} stacks listed, expected ${expected}`);
        this.bytes = Buffer.byteLength(stdout);
        this.moved = listed;
      }
    },
  };
}

/** What each scenario runs, and what it must synthesize (checked once, untimed): its stacks (names or count), its webhooks. */
const SCENARIOS = [
  {
    key: "a",
    group: "base",
    label: "(a) floor: cdktf, empty stack",
    command: "node scripts/bench/floor.js",
    stacks: ["empty"],
    webhooks: 0,
  },
  { key: "b", group: "base", label: `(b) example app: \`${APP}\``, command: APP, stacks: ["payments-oncall"], webhooks: 1 },
  ...[10, 100, 1000].map((n) => ({
    key: `c${n}`,
    group: "base",
    label: `(c) ${n.toLocaleString("en")} integrations`,
    command: MANY,
    env: { BENCH_INTEGRATIONS: String(n) },
    stacks: ["many-integrations"],
    webhooks: n,
  })),
  {
    key: "d",
    group: "base",
    label: "(d) naive: root imports, ts-node",
    command: `${TS_NODE} scripts/bench/naive.ts`,
    stacks: ["payments-oncall"],
    webhooks: 1,
  },
  scale(50, "environment"),
  scale(500, "environment"),
  scale(50, "team"),
  scale(500, "team"),
  scale(500, "team", "prod-payments-250"),
  ...["md", "ics"].flatMap((format) => [365, 1460, 3660].map((days) => oncall(days, format))),
  whoMoves("diff", "environment"),
  whoMoves("diff", "team"),
  whoMoves("diff", "team", "prod-payments-250"),
  whoMoves("stacks", "team"),
].filter((s) => ONLY === undefined || s.group === ONLY || (s.key === "b" && ONLY === "scale")); // (b) is the scale group's reference too

/** The environment `cdktf synth` gives the app command (cdktf-cli 0.21 synth-stack), plus the usage probe. */
function synthEnv(scenario, outdir, usageFile) {
  const nodeOptions = process.env.NODE_OPTIONS || "--max-old-space-size=4096";
  return {
    ...process.env,
    ...scenario.env,
    NODE_OPTIONS: `${nodeOptions} --require ${JSON.stringify(PROBE)}`,
    BENCH_USAGE_FILE: usageFile,
    CDKTF_OUTDIR: outdir,
    CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
    CDKTF_CONTEXT_JSON: JSON.stringify({ cdktfRelativeModules: [] }),
    SYNTH_HCL_OUTPUT: "false",
  };
}

/** One run: wall time (ms), CPU time of its Node processes (ms), and the largest one's peak RSS (KiB). */
function runOnce(scenario, { check = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  try {
    const outdir = path.join(dir, "cdktf.out");
    const usageFile = path.join(dir, "usage");
    if (typeof scenario.command === "function") fs.mkdirSync(outdir);
    const command = typeof scenario.command === "function" ? scenario.command(outdir) : scenario.command;
    const start = process.hrtime.bigint();
    const child = spawnSync(command, {
      shell: true,
      cwd: ROOT,
      env: synthEnv(scenario, outdir, usageFile),
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`${scenario.label} failed (exit ${child.status}):\n${child.stderr}${child.stdout}`);
    const usage = fs
      .readFileSync(usageFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(" ").map(Number));
    if (check && scenario.check) scenario.check(outdir, child.stdout);
    else if (check) checkOutput(scenario, outdir);
    const kib = Math.max(...usage.map(([rss]) => rss));
    const cpuMs = usage.reduce((sum, [, cpu]) => sum + cpu, 0) / 1000;
    return { ms, cpuMs, kib, rebuilt: `${child.stdout}${child.stderr}`.includes(REBUILT) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A benchmark that synthesizes nothing measures nothing: check the stacks and their webhook count. */
function checkOutput(scenario, outdir) {
  const stacks = fs.readdirSync(path.join(outdir, "stacks")).sort();
  const expected = scenario.stacks;
  if (Array.isArray(expected) ? stacks.join() !== [...expected].sort().join() : stacks.length !== expected)
    throw new Error(`${scenario.label}: synthesized ${stacks.length} stacks (${stacks.slice(0, 5).join(", ")}...), expected ${expected}`);
  let webhooks = 0;
  for (const stack of stacks) {
    const tf = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    webhooks += Object.keys(tf.resource?.datadog_webhook ?? {}).length;
  }
  if (webhooks !== scenario.webhooks) throw new Error(`${scenario.label}: ${webhooks} datadog_webhook, expected ${scenario.webhooks}`);
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measureAll() {
  for (const scenario of SCENARIOS) {
    process.stderr.write(`warm-up ${scenario.label}\n`);
    runOnce(scenario, { check: true }); // builds dist/ if stale, checks the output, warms the file cache
  }
  const samples = new Map(SCENARIOS.map((s) => [s.key, []]));
  for (let run = 1; run <= RUNS; run++) {
    process.stderr.write(`run ${run}/${RUNS}\n`);
    for (const scenario of SCENARIOS) {
      let sample = runOnce(scenario);
      // Someone edited a source meanwhile and app.js rebuilt: that run timed a compile, not a synth.
      for (let retry = 0; sample.rebuilt && retry < 3; retry++) sample = runOnce(scenario);
      if (sample.rebuilt) throw new Error("the sources keep changing during the benchmark; run it on a quiet tree");
      samples.get(scenario.key).push(sample);
    }
  }
  return new Map(
    SCENARIOS.map((s) => {
      const runs = samples.get(s.key);
      return [
        s.key,
        { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), mib: median(runs.map((r) => r.kib)) / 1024 },
      ];
    }),
  );
}

function version(pkg) {
  return JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`, { paths: [ROOT] }), "utf8")).version;
}

const LOAD_BEFORE = loadAverage();

function machine() {
  const cpus = os.cpus();
  return [
    `- date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- machine: ${os.availableParallelism?.() ?? cpus.length} CPUs (nproc), ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `- load average (1, 5, 15 min) before the run: ${LOAD_BEFORE}`,
    `- node ${process.version}; cdktf ${version("cdktf")}, @cdktf/provider-datadog ${version("@cdktf/provider-datadog")}, typescript ${version("typescript")}, ts-node ${version("ts-node")}`,
    `- ${RUNS} runs per scenario after a warm-up, median; time is the wall time of the whole command, CPU the user + system time of its Node processes, memory the peak RSS of the largest one`,
  ].join("\n");
}

function loadAverage() {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
}

function table(results) {
  const a = results.get("a");
  const d = results.get("d");
  const ratio = (x, base) => `${(x / base).toFixed(2)}x`;
  const rows = SCENARIOS.filter((s) => s.group === "base").map((s) => {
    const r = results.get(s.key);
    return `| ${s.label} | ${Math.round(r.ms)} | ${ratio(r.ms, a.ms)} | ${ratio(r.ms, d.ms)} | ${Math.round(r.cpuMs)} | ${r.mib.toFixed(0)} | ${ratio(r.mib, a.mib)} | ${ratio(r.mib, d.mib)} |`;
  });
  return [
    "| scenario | time (ms) | time / (a) | time / (d) | CPU (ms) | peak RSS (MiB) | RSS / (a) | RSS / (d) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** The issue's targets, judged on wall time and peak RSS; the CPU ratio shows how much noise moved them. */
function targets(results) {
  const [a, b, c, d] = ["a", "b", "c1000", "d"].map((k) => results.get(k));
  const goals = [
    ["(b) time within 1.5x of (a)", b.ms / a.ms, b.cpuMs / a.cpuMs, (x) => x <= 1.5],
    ["(b) memory within 1.5x of (a)", b.mib / a.mib, undefined, (x) => x <= 1.5],
    ["(c) 1,000 integrations: time under 10x (b)", c.ms / b.ms, c.cpuMs / b.cpuMs, (x) => x < 10],
    ["(c) 1,000 integrations: memory under 4x (b)", c.mib / b.mib, undefined, (x) => x < 4],
    ["(b) at least 10x faster than (d)", d.ms / b.ms, d.cpuMs / b.cpuMs, (x) => x >= 10],
  ];
  const x = (r) => (r === undefined ? "" : `${r.toFixed(2)}x`);
  return [
    "| target | measured | met | same ratio in CPU time |",
    "| --- | ---: | --- | ---: |",
    ...goals.map(([name, r, cpu, ok]) => `| ${name} | ${x(r)} | ${ok(r) ? "yes" : "**no**"} | ${x(cpu)} |`),
  ].join("\n");
}

/** The scale group: each scenario, then the issue's ratios, judged on wall time (CPU time beside). */
function scaleTables(results) {
  const r = (k) => results.get(k);
  const rows = SCENARIOS.filter((s) => s.group === "scale").map((s) => {
    const stacks = Array.isArray(s.stacks) ? s.stacks.length : s.stacks;
    return `| ${s.label} | ${stacks.toLocaleString("en")} | ${Math.round(r(s.key).ms)} | ${Math.round(r(s.key).cpuMs)} | ${r(s.key).mib.toFixed(0)} |`;
  });
  const [e50, e500, t50, t500, one, b] = ["50-environment", "500-environment", "50-team", "500-team", "500-team-one", "b"].map(r);
  const goals = [
    ["500 / 50 teams, stack per environment: time at most 11x", e500.ms / e50.ms, e500.cpuMs / e50.cpuMs, (x) => x <= 11],
    ["500 / 50 teams, stack per team: time at most 11x", t500.ms / t50.ms, t500.cpuMs / t50.cpuMs, (x) => x <= 11],
    ["500 teams, stack per team / per environment: time at most 1.3x", t500.ms / e500.ms, t500.cpuMs / e500.cpuMs, (x) => x <= 1.3],
    ["one stack of 500 teams / (b) example app: time at most 2x", one.ms / b.ms, one.cpuMs / b.cpuMs, (x) => x <= 2],
    ["500 teams x 3 environments, stack per environment: under 12 s", e500.ms / 1000, e500.cpuMs / 1000, (x) => x < 12, "s"],
    ["500 / 50 teams, stack per environment: peak RSS under 4x", e500.mib / e50.mib, undefined, (x) => x < 4],
    ["500 / 50 teams, stack per team: peak RSS under 4x", t500.mib / t50.mib, undefined, (x) => x < 4],
  ];
  const x = (v, unit = "x") => (v === undefined ? "" : `${v.toFixed(2)}${unit === "s" ? " s" : "x"}`);
  return [
    "| scenario | stacks | time (ms) | CPU (ms) | peak RSS (MiB) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    "| target | measured | met | same in CPU time |",
    "| --- | ---: | --- | ---: |",
    ...goals.map(([name, v, cpu, ok, unit]) => `| ${name} | ${x(v, unit)} | ${ok(v) ? "yes" : "**no**"} | ${x(cpu, unit)} |`),
  ].join("\n");
}

/** The oncall group: each window, its cost per 1,000 shifts, and how time grows with the window (linear: 10x for 10x the days). */
function oncallTables(results) {
  const r = (k) => results.get(k);
  const group = SCENARIOS.filter((s) => s.group === "oncall");
  // Both formats cover the same shifts; the ics check counted them.
  const shifts = (s) => group.find((o) => o.format === "ics" && o.days === s.days)?.shifts;
  const rows = group.map((s) => {
    const n = shifts(s);
    return `| ${s.label} | ${n?.toLocaleString("en") ?? ""} | ${(s.bytes / 2 ** 20).toFixed(1)} | ${Math.round(r(s.key).ms)} | ${Math.round(r(s.key).cpuMs)} | ${r(s.key).mib.toFixed(0)} | ${n ? ((r(s.key).cpuMs / n) * 1000).toFixed(0) : ""} |`;
  });
  const goals = ["md", "ics"].map((format) => {
    const [short, long] = [365, 3660].map((days) => r(`oncall-${format}-${days}`));
    return [`--format ${format}: 3,660 / 365 days, time at most 11x`, long.ms / short.ms, long.cpuMs / short.cpuMs, (x) => x <= 11];
  });
  const x = (v) => (v === undefined ? "" : `${v.toFixed(2)}x`);
  return [
    "| scenario | shifts | output (MiB) | time (ms) | CPU (ms) | peak RSS (MiB) | CPU ms per 1,000 shifts |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    "| target | measured | met | same in CPU time |",
    "| --- | ---: | --- | ---: |",
    ...goals.map(([name, v, cpu, ok]) => `| ${name} | ${x(v)} | ${ok(v) ? "yes" : "**no**"} | ${x(cpu)} |`),
  ].join("\n");
}

/** The diff group: each scenario, with what it found, and the issue's target (seconds on the 500-team config). */
function diffTables(results) {
  const r = (k) => results.get(k);
  const group = SCENARIOS.filter((s) => s.group === "diff");
  const rows = group.map(
    (s) =>
      `| ${s.label} | ${s.stacks.toLocaleString("en")} | ${s.moved.toLocaleString("en")} | ${(s.bytes / 1024).toFixed(0)} | ${Math.round(r(s.key).ms)} | ${Math.round(r(s.key).cpuMs)} | ${r(s.key).mib.toFixed(0)} |`,
  );
  const goals = group
    .filter((s) => s.key.startsWith("diff-"))
    .map((s) => [`${s.label}: under 10 s`, r(s.key).ms / 1000, r(s.key).cpuMs / 1000, (x) => x < 10]);
  const x = (v) => (v === undefined ? "" : `${v.toFixed(2)} s`);
  return [
    "| scenario | stacks read | schedules moved / stacks listed | output (KiB) | time (ms) | CPU (ms) | peak RSS (MiB) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    "| target | measured | met | CPU time |",
    "| --- | ---: | --- | ---: |",
    ...goals.map(([name, v, cpu, ok]) => `| ${name} | ${x(v)} | ${ok(v) ? "yes" : "**no**"} | ${x(cpu)} |`),
  ].join("\n");
}

function writeReport(group, text) {
  const [startMarker, endMarker] = MARKERS[group];
  const block = `${startMarker}\n${text}\n${endMarker}`;
  const old = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, "utf8") : "# Benchmarks\n";
  const [start, end] = [startMarker, endMarker].map((m) => old.indexOf(m));
  const updated =
    start >= 0 && end > start ? old.slice(0, start) + block + old.slice(end + endMarker.length) : `${old.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(REPORT, updated);
}

const results = measureAll();
const header = `${machine()}\n- load average (1, 5, 15 min) after the run: ${loadAverage()}`;
const texts = {
  base: ONLY !== undefined && ONLY !== "base" ? undefined : `${header}\n\n${table(results)}\n\n${targets(results)}`,
  scale: ONLY !== undefined && ONLY !== "scale" ? undefined : `${header}\n\n${scaleTables(results)}`,
  oncall: ONLY !== undefined && ONLY !== "oncall" ? undefined : `${header}\n\n${oncallTables(results)}`,
  diff: ONLY !== undefined && ONLY !== "diff" ? undefined : `${header}\n\n${diffTables(results)}`,
};
for (const [group, text] of Object.entries(texts)) {
  if (text === undefined) continue;
  process.stdout.write(`\n${text}\n`);
  if (WRITE) writeReport(group, text);
}
process.stdout.write(
  WRITE
    ? `\nwritten to ${path.relative(process.cwd(), REPORT) || REPORT}\n`
    : "\n(BENCHMARKS.md unchanged; npm run bench -- --write updates it)\n",
);
