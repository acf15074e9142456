import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const CONFIG = "toolchains/mutation/jest.stryker.config.js";

/** The test files jest counts as related to `source` under the mutation config, as Stryker asks for each mutant. */
function relatedTests(source: string): string[] {
  const out = execFileSync(
    process.execPath,
    [require.resolve("jest/bin/jest"), "-c", CONFIG, "--listTests", "--findRelatedTests", path.join(ROOT, source)],
    { cwd: ROOT, encoding: "utf8" },
  );
  return out
    .split("\n")
    .filter((line) => line.endsWith(".test.ts"))
    .map((line) => path.relative(ROOT, line))
    .sort();
}

// Each test starts jest, which crawls the repository: seconds, more on a loaded machine.
const CRAWL_MS = 60_000;

describe(CONFIG, () => {
  // Stryker runs each mutant with only the test files related to its file. Found by the mutation run
  // of tools/on-call: with jest's roots left at __tests__, imports through files outside it (the
  // entries tools/index.ts and constructs/index.ts, main.ts) were not followed, so on-call-diff.ts,
  // on-call-calendar.ts and others counted no test and scored 0%.
  test(
    "relates a source file to the tests that reach it through an entry",
    () => {
      const related = relatedTests("tools/on-call/on-call-diff.ts");
      // on-call-diff.test.ts imports only "../../../tools".
      expect(related).toContain("__tests__/tools/on-call/on-call-diff.test.ts");
      expect(related).toContain("__tests__/tools/on-call/on-call-calendar.test.ts");
    },
    CRAWL_MS,
  );

  test(
    "relates no test that the mutation run leaves out",
    () => {
      const related = relatedTests("constructs/core/slug.ts");
      expect(related.length).toBeGreaterThan(0);
      expect(related.filter((file) => /^__tests__\/(cli|package|docs|gen|scripts|python|e2e|cdktn)\//.test(file))).toEqual([]);
    },
    CRAWL_MS,
  );
});
