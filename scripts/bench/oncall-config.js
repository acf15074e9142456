// The on-call calendar scenarios' config file: examples/config.example.json's first team in one
// environment, its schedule rotating hourly (PT1H) through its three users, so that a window of N days
// holds 24 N shifts and the same number of hand-overs. `node scripts/bench/oncall-config.js <file>`
// writes it (for profiling `ilert-datadog oncall` with node --cpu-prof); scripts/bench/index.js calls oncallConfig().
"use strict";
const fs = require("fs");
const path = require("path");

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "config.example.json");

/** The config object: one team, one environment (`prod`), an hourly rotation. */
function oncallConfig() {
  const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
  const team = example.teams[0];
  return {
    backend: { type: "local" },
    environments: [{ key: "prod" }],
    teams: [{ ...team, schedule: { ...team.schedule, rotation: "PT1H" } }],
  };
}

module.exports = { oncallConfig };

if (require.main === module) {
  const usage = "usage: node scripts/bench/oncall-config.js <file>";
  const [file] = require("../args").scriptArgs("scripts/bench/oncall-config.js", usage, { min: 1, max: 1 }).positionals;
  fs.writeFileSync(file, JSON.stringify(oncallConfig(), null, 2));
}
