// jest-circus, stopping a mutant's run at its first failing test file (jest.stryker.config.js).
//
// Stryker stops a mutant's tests at the first failure (its "bail"), but its jest runner cannot ask
// jest to: jest's own `bail` ends the process (jestjs/jest#11766), so Stryker turns it off and every
// related test file runs to the end, a killed mutant's too. For a static mutant, which runs every
// related test file (up to a hundred), that was most of a run's time. This runner runs each test file
// with jest-circus, as jest would, until one fails while a mutant is active; the mutant's remaining
// files are then reported skipped without being loaded. The outcome is the same (one failure kills a
// mutant); a surviving mutant still runs every file; without an active mutant (Stryker's first run,
// which measures coverage, or plain jest) every file runs. Its name holds "jest-circus" because
// Stryker's per-test coverage accepts only a runner whose name does.
"use strict";
const path = require("path");

// The repository's jest, not the one StrykerJS installs beside this file in toolchains/mutation.
const fromRoot = (name) => require(require.resolve(name, { paths: [path.resolve(__dirname, "../..")] }));
const circus = fromRoot("jest-circus/runner");
const { createEmptyTestResult } = fromRoot("@jest/test-result");

// Stryker names the active mutant in this variable around each mutant's jest run, in this process.
const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";
/** The mutant a test file has failed for; its other test files need not run. */
let killed;

/**
 * A test file's result when it did not run: `skipped`, so jest keeps no timing for it, with one
 * pending test, since jest fails a file that reports none ("must contain at least one test").
 */
function notRun(testPath) {
  const test = {
    ancestorTitles: [],
    duration: 0,
    failureDetails: [],
    failureMessages: [],
    fullName: "not run: an earlier test file killed the mutant",
    numPassingAsserts: 0,
    status: "pending",
    title: "not run: an earlier test file killed the mutant",
  };
  return { ...createEmptyTestResult(), testFilePath: testPath, skipped: true, numPendingTests: 1, testResults: [test] };
}

async function jestCircusBail(globalConfig, config, environment, runtime, testPath, sendMessageToJest) {
  const mutant = process.env[ACTIVE_MUTANT];
  if (mutant === undefined) return circus(globalConfig, config, environment, runtime, testPath, sendMessageToJest);
  if (mutant === killed) return notRun(testPath);
  try {
    const result = await circus(globalConfig, config, environment, runtime, testPath, sendMessageToJest);
    if (result.numFailingTests > 0 || result.testExecError !== undefined) killed = mutant;
    return result;
  } catch (error) {
    killed = mutant;
    throw error;
  }
}

module.exports = jestCircusBail;
