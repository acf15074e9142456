/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  // Suites with an install of their own: `npm run test:e2e` and `npm run test:cdktn` run them.
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/__tests__/e2e/",
    "<rootDir>/__tests__/cdktn/",
    "<rootDir>/__tests__/scripts/cdktn/",
    "<rootDir>/__tests__/package/package-cdktn\\.test\\.ts$",
  ],
  globalSetup: "<rootDir>/__tests__/global-setup.js",
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  // Type checking is done once by `tsc --noEmit` in `npm test`; ts-jest only transpiles (tsconfig.json
  // has isolatedModules, so it uses transpileModule, no type information).
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  // Jest's default is one worker per CPU but one, which on a 2-CPU machine means running every test
  // file in band, on one CPU; the test files are independent and CPU-bound.
  maxWorkers: "100%",
};
