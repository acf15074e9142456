// The scale scenarios' config files: examples/config.example.json's first team copied to `teams`
// teams (distinct keys, names, emails, ids and iLert teams), in three environments, with a stack
// per environment or per team. `node scripts/bench/scale-config.js <teams> <environment|team> <file>`
// writes one (for profiling); scripts/bench/index.js calls scaleConfig().
"use strict";
const fs = require("fs");
const path = require("path");

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "config.example.json");

/** The config object: `teams` copies of the example's first team, three environments. */
function scaleConfig(teams, stackPer) {
  const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
  const template = JSON.stringify(example.teams[0]);
  return {
    ...example,
    stackPer,
    environments: [{ key: "dev" }, ...example.environments],
    teams: Array.from({ length: teams }, (_, i) => {
      // Every email gets the team number; ids and names too, so no two teams share a person or an object.
      const copy = JSON.parse(template.replace(/"([^"@]+)@example\.com"/g, `"$1-${i}@example.com"`));
      copy.key = `${copy.key}-${i}`;
      copy.name = `${copy.name} ${i}`;
      if (copy.ilertTeamId) copy.ilertTeamId = String(Number(copy.ilertTeamId) * 1000 + i);
      for (const user of copy.schedule?.users ?? []) if (typeof user === "object") user.id = String(Number(user.id) * 1000 + i);
      return copy;
    }),
  };
}

module.exports = { scaleConfig };

if (require.main === module) {
  const { scriptArgs, exitWithUsage } = require("../args");
  const script = "scripts/bench/scale-config.js";
  const usage = "usage: node scripts/bench/scale-config.js <teams> <environment|team> <file>";
  const [teams, stackPer, file] = scriptArgs(script, usage, { min: 3, max: 3 }).positionals;
  if (!/^\d+$/.test(teams)) exitWithUsage(script, usage, `<teams>: ${JSON.stringify(teams)} is not a number of teams; give a whole number`);
  if (!["environment", "team"].includes(stackPer))
    exitWithUsage(script, usage, `${JSON.stringify(stackPer)}: expected environment or team`);
  fs.writeFileSync(file, JSON.stringify(scaleConfig(Number(teams), stackPer), null, 2));
}
