import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

/** Runs a script in a fresh Node (no jest hooks) with scripts/token-stacks.js installed. */
function run(env: NodeJS.ProcessEnv = {}) {
  const script = `
    require("./scripts/token-stacks").skipTokenStacks();
    const { Lazy, App, TerraformStack, Annotations, Token } = require("cdktf");
    const { Intrinsic } = require("cdktf/lib/tokens/private/intrinsic");
    const stack = new TerraformStack(new App({ outdir: require("os").tmpdir() }), "s");
    Annotations.of(stack).addWarning("w");
    let error;
    try { Token.asString(undefined).x.y; } catch (e) { error = e; }
    console.log(JSON.stringify({
      intrinsic: new Intrinsic("a").creationStack.length,
      lazy: Lazy.anyValue({ produce: () => 1 }).creationStack.length,
      annotation: stack.node.metadata[0].trace.length,
      error: error.stack.split("\\n")[1].trim().startsWith("at "),
    }));`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

describe("scripts/token-stacks.js (the app command's hook)", () => {
  test("token creation stacks are left empty; errors and annotation traces keep theirs", () => {
    expect(run()).toEqual({ intrinsic: 0, lazy: 0, annotation: expect.any(Number), error: true });
    expect(run().annotation).toBeGreaterThan(0);
  });

  test("ILERT_DATADOG_TOKEN_STACKS=1 keeps the token creation stacks", () => {
    const kept = run({ ILERT_DATADOG_TOKEN_STACKS: "1" });
    expect(kept.intrinsic).toBeGreaterThan(0);
    expect(kept.lazy).toBeGreaterThan(0);
  });
});
