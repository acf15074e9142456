// Preloaded (NODE_OPTIONS=--require) into every Node process a benchmark run starts: at exit, appends
// the process's peak resident set size (KiB) and CPU time (user + system, µs) to BENCH_USAGE_FILE.
"use strict";
const fs = require("fs");

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    fs.appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
