// The end-to-end test's own unit tests (its API fakes and plan reading), run by `npm run test:e2e`
// before it deploys: they need the e2e install (`npm run setup:e2e`), which the root `npm ci` leaves out.
"use strict";
const path = require("path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
