#!/usr/bin/env node
// `node scripts/bench/profile-summary.js <file.cpuprofile> [top]`: where a synth's CPU time goes, from
// a profile written by `node --cpu-prof`: self time by owner (ours: dist/; the generated bindings;
// cdktf; constructs; zod; Node and V8, garbage collection included), then the `top` functions
// (default 15) by self time. See BENCHMARKS.md ("Where the time goes").
"use strict";
const fs = require("fs");

const USAGE = "usage: node scripts/bench/profile-summary.js <file.cpuprofile> [top]";
const [file, top = "15"] = require("../args").scriptArgs("scripts/bench/profile-summary.js", USAGE, { min: 1, max: 2 }).positionals;
const profile = JSON.parse(fs.readFileSync(file, "utf8"));

/** Who owns the code at `url`. */
function owner(url) {
  if (/[\\/](\.gen[\\/]|@cdktf[\\/]provider-datadog[\\/])/.test(url)) return "bindings";
  if (/node_modules[\\/]cdktf[\\/]/.test(url)) return "cdktf";
  if (/node_modules[\\/]constructs[\\/]/.test(url)) return "constructs";
  if (/node_modules[\\/]zod[\\/]/.test(url)) return "zod";
  if (/node_modules[\\/]/.test(url)) return "other packages";
  if (/[\\/]dist[\\/]|[\\/]scripts[\\/]/.test(url)) return "ours";
  return "node and V8";
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byOwner = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, micros] of self) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const who = owner(url);
  const where = url.replace(/^.*node_modules[\\/]/, "").replace(/^.*[\\/]dist[\\/]/, "dist/");
  const name = `${functionName || "(anonymous)"} ${where ? `${where}:${lineNumber + 1}` : ""}`.trim();
  byOwner.set(who, (byOwner.get(who) ?? 0) + micros);
  const entry = byFunction.get(name) ?? { who, micros: 0 };
  entry.micros += micros;
  byFunction.set(name, entry);
  total += micros;
}
const ms = (micros) => `${Math.round(micros / 1000)} ms`;
const share = (micros) => `${((100 * micros) / total).toFixed(1)}%`;
const lines = [
  `${ms(total)} sampled`,
  "",
  "| owner | self time | share |",
  "| --- | ---: | ---: |",
  ...[...byOwner].sort((a, b) => b[1] - a[1]).map(([who, micros]) => `| ${who} | ${ms(micros)} | ${share(micros)} |`),
  "",
  "| function | owner | self time | share |",
  "| --- | --- | ---: | ---: |",
  ...[...byFunction]
    .sort((a, b) => b[1].micros - a[1].micros)
    .slice(0, Number(top))
    .map(([name, { who, micros }]) => `| \`${name}\` | ${who} | ${ms(micros)} | ${share(micros)} |`),
];
process.stdout.write(`${lines.join("\n")}\n`);
