import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TerraformOutput, TerraformStack } from "cdktf";
import { createConfigApp } from "../../app/config-app";

// createConfigApp: the config app of `ilert-datadog app` (no config file: an error) and of createApp
// in main.ts (no config file: its built-in example). The config itself: main-config.test.ts.

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "config-app-"));
  delete process.env.ILERT_DATADOG_CONFIG;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("without a config file and without an example, it says how to name one", () => {
  expect(() => createConfigApp(dir, undefined)).toThrow(
    'no config file named: give one with --config teams.json, ILERT_DATADOG_CONFIG=teams.json, or "context": { "config": "teams.json" } in cdktf.json',
  );
});

test("without a config file, the example declares the app's stacks", () => {
  const app = createConfigApp(dir, undefined, (a) => new TerraformOutput(new TerraformStack(a, "example"), "o", { value: 1 }));
  expect(app.node.children.map((c) => c.node.id)).toEqual(["example"]);
});

test("a config file builds its stacks, the example is not called", () => {
  const config = path.join(dir, "teams.json");
  fs.writeFileSync(config, JSON.stringify({ environments: [{ key: "prod" }], teams: [{ key: "a", escalation: { existingId: "1" } }] }));
  const app = createConfigApp(path.join(dir, "out"), config, () => {
    throw new Error("not the example");
  });
  expect(app.node.children.filter(TerraformStack.isStack).map((c) => c.node.id)).toEqual(["prod"]);
});
