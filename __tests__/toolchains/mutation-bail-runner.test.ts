// toolchains/mutation/jest-circus-bail-runner.js: a mutant's test files after its first failure are
// not run; without an active mutant every file runs.
const circus = jest.fn();
jest.mock("jest-circus/runner", () => circus);

const bailRunner = require("../../toolchains/mutation/jest-circus-bail-runner.js");

// Each test uses mutant ids of its own: the runner remembers the last mutant killed, as in a run.
const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";

/** What jest-circus returns for a file whose tests passed (`failing` 0) or failed. */
function ran(testPath: string, failing = 0) {
  return { testFilePath: testPath, numFailingTests: failing, testExecError: undefined, skipped: false };
}

/** Runs the files in order, as jest does in band, and returns what each gave. */
async function runFiles(paths: string[]) {
  const results = [];
  for (const testPath of paths) {
    results.push(await bailRunner({}, {}, {}, {}, testPath, () => undefined));
  }
  return results;
}

beforeEach(() => {
  circus.mockReset();
  circus.mockImplementation(async (_g, _c, _e, _r, testPath: string) => ran(testPath, testPath.includes("fails") ? 1 : 0));
});

afterEach(() => {
  delete process.env[ACTIVE_MUTANT];
});

test("with a mutant active, the files after the first failing one are skipped without running", async () => {
  process.env[ACTIVE_MUTANT] = "7";
  const results = await runFiles(["/t/a.test.ts", "/t/fails.test.ts", "/t/b.test.ts", "/t/c.test.ts"]);
  expect(circus.mock.calls.map((call) => call[4])).toEqual(["/t/a.test.ts", "/t/fails.test.ts"]);
  // One pending test each: jest fails a file that reports no test, which made Stryker count the
  // mutants it killed as runtime errors in the first try of this runner.
  const summary = (r: any) => [r.testFilePath, r.skipped, r.numFailingTests, r.numPendingTests, r.testResults.map((t: any) => t.status)];
  expect(results.slice(2).map(summary)).toEqual([
    ["/t/b.test.ts", true, 0, 1, ["pending"]],
    ["/t/c.test.ts", true, 0, 1, ["pending"]],
  ]);
});

test("the next mutant runs its files again, and a surviving mutant runs them all", async () => {
  process.env[ACTIVE_MUTANT] = "17";
  await runFiles(["/t/fails.test.ts", "/t/b.test.ts"]);
  process.env[ACTIVE_MUTANT] = "18";
  await runFiles(["/t/a.test.ts", "/t/b.test.ts", "/t/c.test.ts"]);
  expect(circus.mock.calls.map((call) => call[4])).toEqual(["/t/fails.test.ts", "/t/a.test.ts", "/t/b.test.ts", "/t/c.test.ts"]);
});

test("a file that fails to load (an error thrown, or a suite error) stops the mutant's run too", async () => {
  process.env[ACTIVE_MUTANT] = "9";
  circus.mockImplementationOnce(async () => {
    throw new Error("cannot load");
  });
  await expect(runFiles(["/t/a.test.ts"])).rejects.toThrow("cannot load");
  await runFiles(["/t/b.test.ts"]);
  process.env[ACTIVE_MUTANT] = "10";
  circus.mockImplementationOnce(async (_g, _c, _e, _r, testPath: string) => ({ ...ran(testPath), testExecError: { message: "x" } }));
  await runFiles(["/t/c.test.ts", "/t/d.test.ts"]);
  expect(circus.mock.calls.map((call) => call[4])).toEqual(["/t/a.test.ts", "/t/c.test.ts"]);
});

test("without an active mutant (Stryker's coverage run, plain jest) every file runs, failures or not", async () => {
  const results = await runFiles(["/t/fails.test.ts", "/t/b.test.ts"]);
  expect(circus).toHaveBeenCalledTimes(2);
  expect(results.map((r) => r.skipped)).toEqual([false, false]);
});
