#!/usr/bin/env node
// `npm run mutation:check -- <report.json> <source file> [--only L:C,...] [--status S,...] -- <test command>`:
// applies each mutant of one file that a StrykerJS run left undetected (survived, no coverage) to the
// file, one at a time, runs the test command, restores the file, and says which the command now
// detects (exits non-zero). It checks new tests against a recorded run's survivors in seconds each,
// without a Stryker run; the next `npm run mutation` is what records the score.
//
// A mutant's replacement is spliced in as text, so an expression is put in parentheses: Stryker
// replaces a node of the syntax tree, and `a || b` in place of `a && b` within `a && b && c` means
// `(a || b) && c`, not `a || b && c`. Block statements and switch cases are spliced as they are.
"use strict";
const fs = require("fs");
const { spawn } = require("child_process");
const os = require("os");
const { scriptArgs } = require("./args");
const { ReportError, parseReport, lineStarts, originalText, shortened, inlineCode } = require("./mutation-summary");

const SCRIPT = "scripts/mutation-check.js";
const USAGE =
  "usage: npm run mutation:check -- <report.json> <source file> [--only L:C,...] [--status S,...] -- <test command>...   " +
  "(each undetected mutant of the file applied in turn; exit 0 when the command detects all, 1 when not)";
const UNDETECTED = ["Survived", "NoCoverage"];
/** How long one run of the test command may take before the mutant counts as detected (a hang), as Stryker's timeout. */
const TIMEOUT_MS = Number(process.env.MUTATION_CHECK_TIMEOUT_MS ?? 300_000);

/** `mutant` applied to `source`: its replacement at its location, in parentheses where it is an expression. */
function mutated(source, mutant) {
  const starts = lineStarts(source);
  const at = ({ line, column }) => starts[line - 1] + column - 1;
  const [from, to] = [at(mutant.location.start), at(mutant.location.end)];
  const original = source.slice(from, to);
  const statement = mutant.mutatorName === "BlockStatement" || /^(case\b|default\s*:)/.test(original);
  return source.slice(0, from) + (statement ? mutant.replacement : `(${mutant.replacement})`) + source.slice(to);
}

/** The mutants of `entry` (a report's file) in `statuses`, at the places `only` names (`L:C`), if given. */
function selected(entry, statuses, only) {
  return entry.mutants.filter(
    (m) => statuses.includes(m.status) && (only === undefined || only.includes(`${m.location.start.line}:${m.location.start.column}`)),
  );
}

/**
 * Runs `command` in a process group of its own, so that a hang, a signal to this script or its end
 * stops the command's children too (npx starts jest as one). Resolves to its exit status, `"hang"`
 * past the timeout; rejects when it cannot be started.
 */
function runCommand(command, running) {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { stdio: "ignore", detached: true });
    running.stop = () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      running.stop();
      resolve("hang");
    }, TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new ReportError(`${command.join(" ")}: cannot be run (${e.message}); give the test command after --`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      running.stop();
      resolve(code);
    });
  });
}

async function main() {
  const { values, positionals } = scriptArgs(SCRIPT, USAGE, {
    options: { only: { type: "string" }, status: { type: "string" } },
    min: 3,
    max: Infinity,
  });
  const [reportName, file, ...command] = positionals;
  try {
    const statuses = values.status === undefined ? UNDETECTED : values.status.split(",");
    let text;
    try {
      text = fs.readFileSync(reportName, "utf8");
    } catch (e) {
      throw new ReportError(`${reportName}: cannot be read (${e.message.replace(/, \w+ '.*'$/, "")})`);
    }
    const entry = parseReport(text, reportName).files[file];
    if (entry === undefined)
      throw new ReportError(`${file}: not in ${reportName}; give a path as the report names it, from the folder it ran in`);
    const source = fs.readFileSync(file, "utf8");
    if (source !== entry.source) {
      throw new ReportError(
        `${file}: changed since ${reportName} was written, so its mutants' places are not known; check against the report's commit`,
      );
    }
    const mutants = selected(entry, statuses, values.only?.split(","));
    let detected = 0;
    const restore = () => fs.writeFileSync(file, source);
    const running = { stop: () => {} };
    // Stopped (Ctrl-C, kill, a closed terminal): the command stopped and the file restored first.
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      process.on(signal, () => {
        running.stop();
        restore();
        process.exit(128 + os.constants.signals[signal]);
      });
    }
    try {
      for (const mutant of mutants) {
        fs.writeFileSync(file, mutated(source, mutant));
        const status = await runCommand(command, running);
        const caught = status !== 0;
        if (caught) detected++;
        const { line, column } = mutant.location.start;
        const shown = `${inlineCode(shortened(originalText(source, mutant.location)))} → ${inlineCode(shortened(mutant.replacement))}`;
        const why = status === "hang" ? " (a hang)" : "";
        process.stdout.write(`${caught ? "detected" : "undetected"} ${line}:${column} ${mutant.mutatorName} ${shown}${why}\n`);
      }
    } finally {
      restore();
    }
    process.stdout.write(`${detected} of ${mutants.length} detected\n`);
    process.exitCode = detected === mutants.length ? 0 : 1;
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    process.stderr.write(`${SCRIPT}: ${e.message}\n`);
    process.exit(1);
  }
}

module.exports = { mutated };
if (require.main === module) void main();
