// Jest configuration for mutation testing (stryker.config.mjs): the suite's configuration (the root
// jest.config.js), with the tests that exercise the mutated files (constructs/, tools/, app/) and
// without those that run the compiled command or read the repository rather than call the sources.
// STRYKER_TESTS="core/validate,safety/props-junk" runs only those test files (paths under __tests__,
// without ".test.ts"), to iterate quickly on one file: the score it gives is a lower bound.
"use strict";
const path = require("path");
const base = require("../../jest.config.js");

const only = process.env.STRYKER_TESTS;

module.exports = {
  ...base,
  // This file lives in toolchains/mutation; `<rootDir>` stays the repository root.
  rootDir: path.resolve(__dirname, "../.."),
  // globalSetup builds dist/ for the tests that spawn it, all left out below; a mutant would have it
  // rebuilt for nothing.
  globalSetup: undefined,
  // A mutant's run stops at its first failing test file (jest-circus-bail-runner.js), tried in the
  // order most likely to fail early (fastest-first-sequencer.js); a surviving mutant runs them all.
  testRunner: path.join(__dirname, "jest-circus-bail-runner.js"),
  testSequencer: path.join(__dirname, "fastest-first-sequencer.js"),
  // Stryker runs each mutant with jest's findRelatedTests (stryker.config.mjs), which follows imports
  // only through files under `roots`: with the suite's `__tests__` alone, a test reaching
  // tools/on-call/on-call-diff.ts through tools/index.ts would not count as related. The whole
  // repository is crawled; tests are still only those under __tests__.
  roots: ["<rootDir>"],
  testMatch: ["<rootDir>/__tests__/**/*.test.ts"],
  // Builds, installs and outputs: not source, and copies of the package.json names jest would see twice.
  modulePathIgnorePatterns: ["<rootDir>/(dist|cdktf\\.out|coverage|reports|toolchains|\\.stryker-tmp|\\.e2e)/"],
  ...(only ? { testMatch: only.split(",").map((name) => `<rootDir>/__tests__/${name.trim()}.test.ts`) } : {}),
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    // cli/ (not mutated) and package/: they spawn the compiled command or the packed library (dist/),
    // which a mutant in the sandbox does not change.
    "<rootDir>/__tests__/(cli|package)/",
    // docs/ and gen/: they read the repository (README, docs, TSDoc, the layout) or regenerate the
    // bindings, and check the text, not the behaviour of the mutated files.
    "<rootDir>/__tests__/(docs|gen)/",
    // scripts/ and python/: the scripts and the Python packages, outside the mutated set.
    "<rootDir>/__tests__/(scripts|python)/",
  ],
};
