#!/usr/bin/env node
// `npm run bench [-- --runs=N] [-- --write]`: wall time and peak memory of synthesizing, each run in
// a new process the way `cdktf synth` starts the app command, median of N runs (default 5) after one
// warm-up, scenarios taken in turn so that machine noise hits all of them alike. Prints the table
// with the machine it ran on; with --write, also writes it between the markers in BENCHMARKS.md.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PROBE = path.join(__dirname, "bench", "usage-probe.js");
const REPORT = path.join(ROOT, "BENCHMARKS.md");
const MARKERS = ["<!-- bench:start (written by npm run bench -- --write) -->", "<!-- bench:end -->"];
/** What scripts/app.js prints when it compiles dist/ (to stdout under the CLI's environment). */
const REBUILT = "compiling the app into dist/";
const USAGE = "usage: npm run bench [-- --runs=N] [-- --write]   (--write: also update BENCHMARKS.md)";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = args.find((a) => a !== "--write" && !/^--runs=\d+$/.test(a));
if (unknown !== undefined) {
  process.stderr.write(`scripts/bench.js: unexpected argument "${unknown}"\n${USAGE}\n`);
  process.exit(2);
}
const RUNS = Math.max(1, Number(/^--runs=(\d+)$/.exec(args.find((a) => a.startsWith("--runs=")) ?? "")?.[1] ?? 5));
const WRITE = args.includes("--write");

const APP = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).app;
const MANY = `${APP} scripts/bench/many-integrations.ts`;
const TS_NODE = `node ${path.relative(ROOT, require.resolve("ts-node/dist/bin.js"))}`;

/** What each scenario runs, and what its synthesized stack must hold (checked once, untimed). */
const SCENARIOS = [
  { key: "a", label: "(a) floor: cdktf, empty stack", command: "node scripts/bench/floor.js", stack: "empty", webhooks: 0 },
  { key: "b", label: `(b) example app: \`${APP}\``, command: APP, stack: "payments-oncall", webhooks: 1 },
  ...[10, 100, 1000].map((n) => ({
    key: `c${n}`,
    label: `(c) ${n.toLocaleString("en")} integrations`,
    command: MANY,
    env: { BENCH_INTEGRATIONS: String(n) },
    stack: "many-integrations",
    webhooks: n,
  })),
  {
    key: "d",
    label: "(d) naive: root imports, ts-node",
    command: `${TS_NODE} scripts/bench/naive.ts`,
    stack: "payments-oncall",
    webhooks: 1,
  },
];

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
    const start = process.hrtime.bigint();
    const child = spawnSync(scenario.command, {
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
    if (check) checkOutput(scenario, outdir);
    const kib = Math.max(...usage.map(([rss]) => rss));
    const cpuMs = usage.reduce((sum, [, cpu]) => sum + cpu, 0) / 1000;
    return { ms, cpuMs, kib, rebuilt: `${child.stdout}${child.stderr}`.includes(REBUILT) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A benchmark that synthesizes nothing measures nothing: check the stack and its webhook count. */
function checkOutput(scenario, outdir) {
  const file = path.join(outdir, "stacks", scenario.stack, "cdk.tf.json");
  const tf = JSON.parse(fs.readFileSync(file, "utf8"));
  const webhooks = Object.keys(tf.resource?.datadog_webhook ?? {}).length;
  if (webhooks !== scenario.webhooks)
    throw new Error(`${scenario.label}: ${file} has ${webhooks} datadog_webhook, expected ${scenario.webhooks}`);
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

function machine() {
  const cpus = os.cpus();
  return [
    `- date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- machine: ${os.availableParallelism?.() ?? cpus.length} CPUs (nproc), ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `- load average before the run: ${os.loadavg()[0].toFixed(2)}`,
    `- node ${process.version}; cdktf ${version("cdktf")}, @cdktf/provider-datadog ${version("@cdktf/provider-datadog")}, typescript ${version("typescript")}, ts-node ${version("ts-node")}`,
    `- ${RUNS} runs per scenario after a warm-up, median; time is the wall time of the whole command, CPU the user + system time of its Node processes, memory the peak RSS of the largest one`,
  ].join("\n");
}

function table(results) {
  const a = results.get("a");
  const d = results.get("d");
  const ratio = (x, base) => `${(x / base).toFixed(2)}x`;
  const rows = SCENARIOS.map((s) => {
    const r = results.get(s.key);
    return `| ${s.label} | ${Math.round(r.ms)} | ${ratio(r.ms, a.ms)} | ${ratio(r.ms, d.ms)} | ${Math.round(r.cpuMs)} | ${r.mib.toFixed(0)} | ${ratio(r.mib, a.mib)} | ${ratio(r.mib, d.mib)} |`;
  });
  return [
    "| scenario | time (ms) | time / (a) | time / (d) | CPU (ms) | peak RSS (MiB) | RSS / (a) | RSS / (d) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** The targets, judged on wall time and peak RSS; the CPU ratio shows how much noise moved them. */
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

function writeReport(text) {
  const block = `${MARKERS[0]}\n${text}\n${MARKERS[1]}`;
  const old = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, "utf8") : "# Benchmarks\n";
  const [start, end] = MARKERS.map((m) => old.indexOf(m));
  const updated =
    start >= 0 && end > start ? old.slice(0, start) + block + old.slice(end + MARKERS[1].length) : `${old.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(REPORT, updated);
}

const header = machine();
const results = measureAll();
const text = `${header}\n\n${table(results)}\n\n${targets(results)}`;
process.stdout.write(`\n${text}\n`);
if (WRITE) {
  writeReport(text);
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), REPORT) || REPORT}\n`);
} else {
  process.stdout.write(`\n(BENCHMARKS.md unchanged; npm run bench -- --write updates it)\n`);
}
