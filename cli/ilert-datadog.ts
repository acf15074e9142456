#!/usr/bin/env node
// The `ilert-datadog` command of the package (package.json `bin`): see cli/run.ts, and `--help`.
import { main } from "./run";

// From the event loop, not from inside the module loader's frames: cdktf records the stack of every
// token it creates, so each frame costs time and memory per token (see scripts/app.js).
setImmediate(() => (process.exitCode = main(process.argv.slice(2))));
