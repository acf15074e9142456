#!/usr/bin/env node
// `npm run mutation:summary -- <report.json>... [--out <file>] [--about <text>]`: a Markdown summary of StrykerJS JSON
// reports (the mutation-testing-elements schema: `npm run mutation`'s reports/mutation/mutation.json or
// its incremental file, reports/stryker-incremental.json), so a run's result can be read in a review
// and committed beside the code. It gives the totals, one row per file, and every mutant the tests did
// not detect (survived, or no test covered it) with its place, mutator, original text and replacement.
// Reports of runs over parts of the source (`--mutate`) are merged file by file; a file in two of them
// is taken from the later one, with a warning, as a rerun replaces what an earlier run found. The
// reports do not say when, on what commit or how their runs were made: `--about` puts that in words
// under the title, so a committed record says which run it is.
"use strict";
const fs = require("fs");
const { scriptArgs } = require("./args");

const SCRIPT = "scripts/mutation-summary.js";
const USAGE =
  "usage: npm run mutation:summary -- <report.json>... [--out <file>] [--about <text>]   (StrykerJS JSON reports, merged file by file, later ones win; Markdown to stdout or <file>; <text>, a paragraph under the title, says which run)";

/** The statuses of the mutation-testing-elements schema, each with the counter it adds to. */
const STATUSES = {
  Killed: "killed",
  Timeout: "timeout",
  Survived: "survived",
  NoCoverage: "noCoverage",
  CompileError: "compileErrors",
  RuntimeError: "runtimeErrors",
  Ignored: "ignored",
  // Not run yet (a run cut short): counted among the mutants only, as Stryker counts it.
  Pending: "pending",
};
/** The tables' columns after the file: header and counter. */
const COLUMNS = [
  ["mutants", "mutants"],
  ["killed", "killed"],
  ["timeout", "timeout"],
  ["survived", "survived"],
  ["no coverage", "noCoverage"],
  ["compile errors", "compileErrors"],
  ["runtime errors", "runtimeErrors"],
  ["ignored", "ignored"],
];
/** How many characters of a mutant's original text and replacement are shown. */
const MAX_SHOWN = 60;
// Babel's line terminators, by which Stryker numbers the lines of its locations.
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** A report that cannot be summarized: the message names the file and what is wrong with it. */
class ReportError extends Error {
  constructor(message) {
    super(message);
    this.name = "ReportError";
  }
}

const kindOf = (value) => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value);
const isPosition = (p) =>
  typeof p === "object" && p !== null && Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1;

/** The offset in `source` at which each line (1-based, at index line - 1) starts. */
function lineStarts(source) {
  const starts = [0];
  for (const match of source.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * The report in `text`, read from `name`, checked as far as the summary relies on it: a `files` object
 * whose entries have a `source` and `mutants` of a known status and a location within the source.
 * Throws a {@link ReportError} of one line.
 */
function parseReport(text, name) {
  const fail = (problem) => {
    throw new ReportError(`${name}: ${problem}`);
  };
  let report;
  try {
    report = JSON.parse(text);
  } catch (e) {
    // V8 quotes the text around the error, which may span lines.
    fail(`not valid JSON (${e.message.replace(/\s+/g, " ")})`);
  }
  const expected = "expected a StrykerJS JSON report (mutation-testing-elements schema), as its json reporter or --incremental writes";
  if (typeof report !== "object" || report === null || Array.isArray(report) || !("files" in report)) {
    fail(`no "files" object; ${expected}`);
  }
  if (kindOf(report.files) !== "object") fail(`"files" is ${kindOf(report.files)}, not an object; ${expected}`);
  for (const [file, entry] of Object.entries(report.files)) {
    const where = `"files"[${JSON.stringify(file)}]`;
    if (typeof entry?.source !== "string") fail(`${where} has no "source" string`);
    if (!Array.isArray(entry.mutants)) fail(`${where} has no "mutants" array`);
    const lines = lineStarts(entry.source).length;
    for (const mutant of entry.mutants) {
      const which = `${where} mutant ${JSON.stringify(mutant?.id)}`;
      if (!Object.hasOwn(STATUSES, mutant?.status)) {
        fail(`${which} has status ${JSON.stringify(mutant?.status)}; expected one of ${Object.keys(STATUSES).join(", ")}`);
      }
      const { start, end } = mutant.location ?? {};
      if (!isPosition(start) || !isPosition(end))
        fail(`${which} has no location { start: { line, column }, end: { line, column } } (1-based)`);
      if (end.line > lines) fail(`${which} ends on line ${end.line}, past the source's ${lines} lines`);
    }
  }
  return report;
}

/**
 * The reports' files merged: `reports` is `[{ name, report }]`, in order; a path in several reports is
 * taken from the last one, and named in `warnings`.
 */
function mergeReports(reports) {
  const files = new Map();
  const from = new Map();
  const warnings = [];
  for (const { name, report } of reports) {
    for (const [file, entry] of Object.entries(report.files)) {
      if (from.has(file)) warnings.push(`${file} is in ${from.get(file)} and ${name}: ${name}'s entry is used`);
      files.set(file, entry);
      from.set(file, name);
    }
  }
  return { files, warnings };
}

/** How many of `mutants` are in each status, and in all. */
function countsOf(mutants) {
  const counts = Object.fromEntries(Object.values(STATUSES).map((counter) => [counter, 0]));
  for (const { status } of mutants) counts[STATUSES[status]] += 1;
  counts.mutants = mutants.length;
  return counts;
}

/**
 * The mutation score as mutation-testing-metrics defines it: detected (killed, timeout) over valid
 * (detected, survived, no coverage), in percent with two decimals; "n/a" when no mutant is valid.
 */
function mutationScore(counts) {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return valid === 0 ? "n/a" : `${((detected / valid) * 100).toFixed(2)}%`;
}

/** The text of `source` at a mutant's location. */
function originalText(source, { start, end }) {
  const starts = lineStarts(source);
  return source.slice(starts[start.line - 1] + start.column - 1, starts[end.line - 1] + end.column - 1);
}

/** `text` on one line, whitespace runs made one space, cut to MAX_SHOWN characters with "...". */
function shortened(text) {
  const chars = Array.from(text.replace(/\s+/g, " ").trim()); // code points: a cut never splits a surrogate pair
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 3).join("")}...` : chars.join("");
}

/**
 * `text` as a Markdown code span: fenced by one backtick more than its longest run of them, and padded
 * with a space where it starts or ends with one (CommonMark strips that space again).
 */
function inlineCode(text) {
  if (text === "") return "*(empty)*";
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
// A pipe would end the table cell, in a code span too (GitHub's tables).
const cell = (text) => text.replace(/\|/g, "\\|");

function table(rows) {
  const header = ["file", ...COLUMNS.map(([title]) => title), "score"];
  const lines = [`| ${header.join(" | ")} |`, `| --- | ${COLUMNS.map(() => "---:").join(" | ")} | ---: |`];
  for (const [label, counts] of rows) {
    lines.push(`| ${cell(label)} | ${COLUMNS.map(([, counter]) => counts[counter]).join(" | ")} | ${mutationScore(counts)} |`);
  }
  return lines;
}

/** The undetected mutant on one list line: where, mutator, original → replacement. */
function survivorLine(source, mutant) {
  const { line, column } = mutant.location.start;
  const original = inlineCode(shortened(originalText(source, mutant.location)));
  const replacement = inlineCode(shortened(mutant.replacement ?? ""));
  return `- ${line}:${column} ${mutant.mutatorName} ${original} → ${replacement}${mutant.status === "NoCoverage" ? " (no coverage)" : ""}`;
}

const byPlace = (a, b) =>
  a.location.start.line - b.location.start.line ||
  a.location.start.column - b.location.start.column ||
  // Same place: an order of their own, so reruns (whose ids differ) list them alike.
  (a.mutatorName < b.mutatorName ? -1 : a.mutatorName > b.mutatorName ? 1 : 0) ||
  (a.replacement < b.replacement ? -1 : a.replacement > b.replacement ? 1 : 0);

/** The Markdown summary of `files` (a Map of path to the report's file entry), with `about` (which run) under its title. */
function summaryMarkdown(files, about) {
  const paths = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const perFile = paths.map((file) => [file, countsOf(files.get(file).mutants)]);
  const total = countsOf(paths.flatMap((file) => files.get(file).mutants));
  const out = [
    "<!-- Generated by npm run mutation:summary (scripts/mutation-summary.js); do not edit by hand. -->",
    "",
    "# Mutation testing summary",
    "",
    ...(about === undefined ? [] : [about, ""]),
    "Score as Stryker computes it: (killed + timeout) / (killed + timeout + survived + no coverage). " +
      "Ignored mutants, compile errors and runtime errors are not in it.",
    "",
    "## Totals",
    "",
    ...table([[`all ${plural(paths.length, "file")}`, total]]),
    "",
    "## Files",
    "",
    ...table(perFile.map(([file, counts]) => [inlineCode(file), counts])),
    "",
    "## Survivors",
    "",
  ];
  const undetected = perFile.filter(([, counts]) => counts.survived + counts.noCoverage > 0);
  if (undetected.length === 0) out.push("None: every mutant that ran was detected.", "");
  for (const [file, counts] of undetected) {
    const { source, mutants } = files.get(file);
    const kinds = [counts.survived > 0 && `${counts.survived} survived`, counts.noCoverage > 0 && `${counts.noCoverage} no coverage`];
    out.push(`### ${inlineCode(file)}: ${kinds.filter(Boolean).join(", ")}`, "");
    const listed = mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage").sort(byPlace);
    out.push(...listed.map((mutant) => survivorLine(source, mutant)), "");
  }
  return out.join("\n");
}

function main() {
  const { values, positionals } = scriptArgs(SCRIPT, USAGE, {
    options: { out: { type: "string" }, about: { type: "string" } },
    min: 1,
    max: Infinity,
  });
  try {
    const reports = positionals.map((name) => {
      let text;
      try {
        text = fs.readFileSync(name, "utf8");
      } catch (e) {
        // Node's message ends by naming the file again (", open 'name'").
        throw new ReportError(`${name}: cannot be read (${e.message.replace(/, \w+ '.*'$/, "")})`);
      }
      return { name, report: parseReport(text, name) };
    });
    const { files, warnings } = mergeReports(reports);
    for (const warning of warnings) process.stderr.write(`${SCRIPT}: warning: ${warning}\n`);
    const markdown = summaryMarkdown(files, values.about);
    if (values.out === undefined) process.stdout.write(markdown);
    else fs.writeFileSync(values.out, markdown);
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    process.stderr.write(`${SCRIPT}: ${e.message}\n`);
    process.exit(1);
  }
}

module.exports = {
  ReportError,
  parseReport,
  lineStarts,
  mergeReports,
  countsOf,
  mutationScore,
  originalText,
  shortened,
  inlineCode,
  summaryMarkdown,
};
if (require.main === module) main();
