// Jest configuration for mutation testing (stryker.config.mjs): the suite's configuration, without the
// tests that spawn processes or read the repository (CLI, package, docs, generated bindings, tools, app).
// STRYKER_TESTS="core/validate,safety/props-junk" runs only those test files (paths under __tests__,
// without ".test.ts"), to iterate quickly on one file: the score it gives is a lower bound.
"use strict";
const base = require("./jest.config.js");

const only = process.env.STRYKER_TESTS;

module.exports = {
  ...base,
  // The excluded tests are the ones that run dist/; a mutant would have it rebuilt for nothing.
  globalSetup: undefined,
  ...(only ? { testMatch: only.split(",").map((name) => `<rootDir>/__tests__/${name.trim()}.test.ts`) } : {}),
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/__tests__/(cli|package|docs|gen|tools|app)/",
    "<rootDir>/__tests__/main\\.test\\.ts$",
  ],
};
