// The cdktn build's tests (`npm run test:cdktn`): the both-builds suite, the rewrite (scripts/cdktn/),
// and the cdktn package test. They need this toolchain (`npm run setup:cdktn`), which the root `npm ci` leaves out;
// its modules are found through modulePaths, as if installed at the root.
"use strict";
const path = require("path");
const base = require("../../jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, "../.."),
  globalSetup: undefined, // none of these runs dist/
  testMatch: [
    "<rootDir>/__tests__/cdktn/**/*.test.ts",
    "<rootDir>/__tests__/scripts/cdktn/**/*.test.ts",
    "<rootDir>/__tests__/package/package-cdktn.test.ts",
  ],
  testPathIgnorePatterns: ["/node_modules/"],
  modulePaths: ["<rootDir>/toolchains/cdktn/node_modules"],
};
