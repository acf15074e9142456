// Mutation testing (StrykerJS): `npm run mutation`, or one file at a time with
// `npm run mutation -- --mutate constructs/core/validate.ts`. Not part of `npm test`; see docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  // The unit and safety tests of the constructs; the CLI, package, docs and tools tests spawn processes
  // or read the repository and do not exercise these files more closely.
  jest: { configFile: "jest.stryker.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  // Mutants that do not compile are counted apart, not run.
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  mutate: [
    "constructs/core/validate.ts",
    "constructs/datadog/webhook-name.ts",
    "constructs/datadog/datadog-payload.ts",
    "constructs/integration/ilert-datadog-integration.ts",
    "constructs/ilert/escalation/escalation-policy.ts",
    "constructs/ilert/schedule/on-call-schedule.ts",
    "constructs/ilert/reminder/on-call-reminder.ts",
    "constructs/ilert/reminder/remind-responders.ts",
    "constructs/ilert/reminder/resolved-reminder.ts",
  ],
  // The machine running it is small and shared.
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incrementalFile: "reports/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "cdktf.out", "coverage", "reports", ".stryker-tmp", "*.tsbuildinfo", "toolchains", ".e2e"],
  cleanTempDir: "always",
};
