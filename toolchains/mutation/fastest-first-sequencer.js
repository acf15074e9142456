// The order of a mutant's test files (jest.stryker.config.js): those that failed in the run before
// first, then the fastest first, so that, with jest-circus-bail-runner.js, a killed mutant stops as
// early as it can. Mutants are tested one after another along their file, and the file that killed
// one mostly kills the next; when it does not, cheap files are tried before the slow property tests.
// jest's own order runs the slowest first, best for filling workers, not for stopping early.
"use strict";
const path = require("path");

// The repository's jest, not the one StrykerJS installs beside this file in toolchains/mutation.
const Sequencer = require(require.resolve("@jest/test-sequencer", { paths: [path.resolve(__dirname, "../..")] })).default;

class FastestFirstSequencer extends Sequencer {
  sort(tests) {
    for (const test of tests) test.duration = this.time(test);
    const rank = (test) => [this.hasFailed(test) ? 0 : 1, test.duration ?? Number.POSITIVE_INFINITY, test.path];
    return [...tests].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i] < rb[i] ? -1 : 1;
      return 0;
    });
  }
}

module.exports = FastestFirstSequencer;
