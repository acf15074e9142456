// toolchains/mutation/fastest-first-sequencer.js: failed last time first, then fastest first,
// files without a timing last.
const FastestFirstSequencer = require("../../toolchains/mutation/fastest-first-sequencer.js");

interface Known {
  readonly failed: boolean;
  readonly ms?: number;
}

function order(known: Record<string, Known>): string[] {
  const sequencer = new FastestFirstSequencer();
  sequencer.hasFailed = (test: { path: string }) => known[test.path].failed;
  sequencer.time = (test: { path: string }) => known[test.path].ms;
  return sequencer.sort(Object.keys(known).map((path) => ({ path }))).map((test: { path: string }) => test.path);
}

test("runs the files that failed last time first, then the fastest, then those never timed", () => {
  expect(
    order({
      "/slow": { failed: false, ms: 5000 },
      "/untimed": { failed: false },
      "/failed-slow": { failed: true, ms: 9000 },
      "/fast": { failed: false, ms: 40 },
      "/failed-fast": { failed: true, ms: 10 },
      "/mid": { failed: false, ms: 700 },
    }),
  ).toEqual(["/failed-fast", "/failed-slow", "/fast", "/mid", "/slow", "/untimed"]);
});

test("breaks ties by path, so the order does not depend on the order jest found the files in", () => {
  expect(order({ "/b": { failed: false, ms: 10 }, "/a": { failed: false, ms: 10 } })).toEqual(["/a", "/b"]);
  expect(order({ "/a": { failed: false, ms: 10 }, "/b": { failed: false, ms: 10 } })).toEqual(["/a", "/b"]);
});
