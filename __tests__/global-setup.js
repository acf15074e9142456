// Jest's globalSetup: compiles dist/ (scripts/dist.js) once, before any test file runs. Tests that spawn
// the command from dist/ (scripts/ilert-datadog.js, scripts/app.js) would otherwise race to build it in
// parallel workers on a fresh clone, and the first would see the compile's progress line in its output.
"use strict";

module.exports = () => require("../scripts/dist").ensureBuilt("cli/ilert-datadog.ts");
