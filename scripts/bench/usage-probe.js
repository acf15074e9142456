// Preloaded (NODE_OPTIONS=--require) into every Node process a benchmark run starts: at exit, appends
// the process's peak resident set size in KiB to the file named by BENCH_RSS_FILE.
"use strict";
const fs = require("fs");

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => fs.appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
