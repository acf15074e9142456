import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration } from "../../constructs";
import { readSynthesizedStacks } from "../../tools";

describe("readSynthesizedStacks", () => {
  let outdir: string;
  beforeEach(() => (outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stacks-"))));
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("reads every stack of the manifest in its order, with its working directory and blocks", () => {
    const app = new App({ outdir });
    for (const name of ["payments", "checkout"]) {
      const stack = new TerraformStack(app, name);
      const integration = new IlertDatadogIntegration(stack, "Paging", {
        name,
        escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1"),
      });
      if (name === "checkout") integration.adoptExisting({ alertSourceId: "77" });
    }
    app.synth();

    const stacks = readSynthesizedStacks(outdir);
    expect(stacks.map((s) => [s.name, path.relative(outdir, s.workingDirectory)])).toEqual([
      ["checkout", "stacks/checkout"],
      ["payments", "stacks/payments"],
    ]);
    expect(Object.keys(stacks[1].config.resource ?? {}).sort()).toEqual(["datadog_webhook", "ilert_alert_source"]);
    expect(stacks[1].config.import).toBeUndefined();
    expect(stacks[0].config.import).toEqual([expect.objectContaining({ id: "77" })]);
  });

  test("fails with the file it could not read when there is no manifest", () => {
    expect(() => readSynthesizedStacks(outdir)).toThrow(path.join(outdir, "manifest.json"));
  });
});
