// The diff scenarios' change: a config (scripts/bench/scale-config.js) in which every team with a
// schedule gets one more person at the end of its rotation; every other team keeps who is on call on
// 4 March 2026 (schedule.keepOnCall), the rest let iLert count the turns anew. So every schedule of
// the change moves somewhere in March. `node scripts/bench/change-config.js <config> <file>` writes the
// change of a config file (for profiling `oncall --diff`); scripts/bench/index.js calls changeConfig().
"use strict";
const fs = require("fs");

/** The config object with every schedule's rotation grown by one person. */
function changeConfig(config) {
  return {
    ...config,
    teams: config.teams.map((team, i) => {
      const schedule = team.schedule;
      if (!schedule?.users) return team;
      const users = [...schedule.users, `newcomer-${i}@example.com`];
      const keepOnCall = i % 2 === 0 ? { at: "2026-03-04T12:00", previousUsers: schedule.users } : undefined;
      return { ...team, schedule: { ...schedule, users, ...(keepOnCall ? { keepOnCall } : {}) } };
    }),
  };
}

module.exports = { changeConfig };

if (require.main === module) {
  const usage = "usage: node scripts/bench/change-config.js <config> <file>";
  const [config, file] = require("../args").scriptArgs("scripts/bench/change-config.js", usage, { min: 2, max: 2 }).positionals;
  fs.writeFileSync(file, JSON.stringify(changeConfig(JSON.parse(fs.readFileSync(config, "utf8"))), null, 2));
}
