import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Annotations, App, TerraformOutput, TerraformStack } from "cdktf";
import { isUnderCdktfCli, OutputFolderError, removeStaleOutputs, synthesize } from "../../app/synth";
import { createApp } from "../../main";

let outdir: string;
beforeEach(() => (outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-"))));
afterEach(() => {
  delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  delete process.env.ILERT_DATADOG_CONFIG;
  delete process.env.SYNTH_HCL_OUTPUT;
  fs.rmSync(outdir, { recursive: true, force: true });
});

/** An app with one output per stack (a stack needs something to synthesize). */
function appWith(stacks: string[], options: { hclOutput?: boolean } = {}): App {
  // As `cdktf synth --hcl` asks for it (the stacks read the variable, not the App's option).
  if (options.hclOutput) process.env.SYNTH_HCL_OUTPUT = "true";
  else delete process.env.SYNTH_HCL_OUTPUT;
  const app = new App({ outdir });
  for (const id of stacks) new TerraformOutput(new TerraformStack(app, id), "o", { value: id });
  return app;
}

const rel = (...p: string[]) => path.join(path.relative(process.cwd(), outdir), ...p);
const exists = (...p: string[]) => fs.existsSync(path.join(outdir, ...p));

describe("synthesize (npm run synth)", () => {
  test("reports a warning with level, construct path and message, then one line per stack", () => {
    const app = appWith(["one", "two"]);
    Annotations.of(app.node.findChild("two")).addWarning("mind the gap");
    expect(synthesize(app, false)).toEqual({
      lines: ["WARN [two]: mind the gap", `one: ${rel("stacks/one/cdk.tf.json")}`, `two: ${rel("stacks/two/cdk.tf.json")}`],
      failed: false,
    });
  });

  test("the warning of a config whose team no monitor mentions (what `cdktf synth` printed and npm run synth did not)", () => {
    const config = path.join(outdir, "teams.json");
    const team = (key: string, monitors: object[]) => ({ key, escalation: { existingId: "1" }, monitors });
    const monitor = { key: "m", name: "M", type: "query alert", query: "avg(last_5m):avg:x{*} > 1", message: "x" };
    fs.writeFileSync(config, JSON.stringify({ environments: [{ key: "prod" }], teams: [team("a", [monitor]), team("b", [])] }));
    const { lines, failed } = synthesize(createApp(path.join(outdir, "out"), config), false);
    expect(failed).toBe(false);
    expect(lines[0]).toMatch(
      /^WARN \[prod\/b\/Datadog\]: \[ILDD-W1\] no datadog_monitor in this app mentions @webhook-ilert-b-prod, so this integration pages nobody;/,
    );
    expect(lines.slice(1)).toEqual([`prod: ${rel("out/stacks/prod/cdk.tf.json")}`]);
  });

  test("reports an info annotation as the cdktf CLI does", () => {
    const app = appWith(["one"]);
    Annotations.of(app.node.findChild("one")).addInfo("for the record");
    expect(synthesize(app, false)).toEqual({
      lines: ["INFO [one]: for the record", `one: ${rel("stacks/one/cdk.tf.json")}`],
      failed: false,
    });
  });

  test("paths relative to the working directory when the output folder is the working directory", () => {
    const cwd = process.cwd();
    process.chdir(outdir);
    try {
      expect(synthesize(appWith(["one"]), false).lines).toEqual([`one: ${path.join("stacks", "one", "cdk.tf.json")}`]);
      expect(synthesize(appWith([]), false).lines).toEqual([`removed ${path.join("stacks", "one")} (left by an earlier synth)`]);
    } finally {
      process.chdir(cwd);
    }
  });

  test("reports every error annotation of every stack in one run and fails", () => {
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true"; // as scripts/app.js sets it
    const app = appWith(["one", "two"]);
    Annotations.of(app.node.findChild("one")).addError("first");
    Annotations.of(app.node.findChild("two")).addError("second");
    expect(synthesize(app, false)).toEqual({
      lines: ["ERROR [one]: first", "ERROR [two]: second", "synth failed: 2 error(s) above"],
      failed: true,
    });
  });

  test("under the cdktf CLI it prints nothing: the CLI prints annotations and stacks itself", () => {
    const app = appWith(["one"]);
    Annotations.of(app.node.findChild("one")).addWarning("w");
    expect(synthesize(app, true)).toEqual({ lines: [], failed: false });
    expect(exists("stacks/one/cdk.tf.json")).toBe(true);
  });

  test("recognises the cdktf CLI by the context key it adds, and a tool's --synth by its variable", () => {
    expect(isUnderCdktfCli({ CDKTF_CONTEXT_JSON: '{"cdktfRelativeModules":[]}' })).toBe(true);
    expect(isUnderCdktfCli({ CDKTF_CONTEXT_JSON: '{"config":"x.json"}' })).toBe(false);
    expect(isUnderCdktfCli({})).toBe(false);
    expect(isUnderCdktfCli({ ILERT_DATADOG_TOOL_SYNTH: "1" })).toBe(true); // a tool's --synth reports itself
    // A context that is not a JSON object is not the CLI's.
    expect(isUnderCdktfCli({ CDKTF_CONTEXT_JSON: "not json" })).toBe(false);
    expect(isUnderCdktfCli({ CDKTF_CONTEXT_JSON: "5" })).toBe(false);
  });
});

describe("removeStaleOutputs", () => {
  test("synth then synth --hcl: the old cdk.tf.json goes, so terraform init sees one configuration", () => {
    appWith(["one"]).synth();
    const { lines } = synthesize(appWith(["one"], { hclOutput: true }), false);
    expect(fs.readdirSync(path.join(outdir, "stacks/one")).sort()).toEqual(["cdk.tf", "metadata.json"]);
    expect(lines[0]).toBe(`removed ${rel("stacks/one/cdk.tf.json")} (left by an earlier synth)`);
  });

  test("synth --hcl twice: nothing goes, the new synth writes the same files", () => {
    appWith(["one"], { hclOutput: true }).synth();
    expect(removeStaleOutputs(appWith(["one"], { hclOutput: true }))).toEqual([]);
    expect(fs.readdirSync(path.join(outdir, "stacks/one")).sort()).toEqual(["cdk.tf", "metadata.json"]);
  });

  test("synth --hcl then synth: cdk.tf and metadata.json go", () => {
    appWith(["one"], { hclOutput: true }).synth();
    synthesize(appWith(["one"]), false);
    expect(fs.readdirSync(path.join(outdir, "stacks/one"))).toEqual(["cdk.tf.json"]);
  });

  test("the folder of a stack the app no longer has goes, with the providers terraform init fetched", () => {
    appWith(["one", "two"]).synth();
    fs.mkdirSync(path.join(outdir, "stacks/two/.terraform"));
    fs.writeFileSync(path.join(outdir, "stacks/two/.terraform.lock.hcl"), "");
    expect(removeStaleOutputs(appWith(["one"]))).toEqual([path.join("stacks", "two")]);
    expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual(["one"]);
  });

  test("only stacks count as the app's: a removed stack named like a construct of another stack goes", () => {
    appWith(["one", "o"]).synth();
    // appWith's stack "one" holds an output "o".
    expect(removeStaleOutputs(appWith(["one"]))).toEqual([path.join("stacks", "o")]);
    expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual(["one"]);
  });

  test("a removed stack's folder that is a link to nothing goes (the link, as a link)", () => {
    appWith(["one", "two"]).synth();
    fs.rmSync(path.join(outdir, "stacks/two"), { recursive: true });
    fs.symlinkSync(path.join(outdir, "nowhere"), path.join(outdir, "stacks/two"));
    expect(removeStaleOutputs(appWith(["one"]))).toEqual([path.join("stacks", "two")]);
    expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual(["one"]);
  });

  test("a removed stack's folder that holds Terraform state keeps the state; only the synthesized file goes", () => {
    appWith(["one", "two"]).synth();
    fs.writeFileSync(path.join(outdir, "stacks/two/terraform.two.tfstate"), "{}");
    removeStaleOutputs(appWith(["one"]));
    expect(fs.readdirSync(path.join(outdir, "stacks/two"))).toEqual(["terraform.two.tfstate"]);
  });

  test("nothing outside the output folder, and nothing a manifest does not list", () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "outside-"));
    try {
      fs.writeFileSync(path.join(outside, "keep.json"), "{}");
      fs.mkdirSync(path.join(outdir, "stacks/mine"), { recursive: true });
      fs.writeFileSync(path.join(outdir, "stacks/mine/cdk.tf.json"), "{}");
      const escape = path.relative(outdir, outside);
      const stack = { name: "evil", workingDirectory: escape, synthesizedStackPath: path.join(escape, "keep.json") };
      fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ stacks: { evil: stack } }));
      expect(removeStaleOutputs(appWith(["one"]))).toEqual([]);
      expect(fs.existsSync(path.join(outside, "keep.json"))).toBe(true);
      expect(exists("stacks/mine/cdk.tf.json")).toBe(true);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test("nothing through a symbolic link: a stack folder linked elsewhere keeps the files there", () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "outside-"));
    try {
      appWith(["one", "two"]).synth();
      // stacks/two is a link to a folder outside, holding a cdk.tf.json of its own (what the issue reproduced).
      fs.writeFileSync(path.join(outside, "cdk.tf.json"), "keep");
      fs.rmSync(path.join(outdir, "stacks/two"), { recursive: true });
      fs.symlinkSync(outside, path.join(outdir, "stacks/two"));
      expect(removeStaleOutputs(appWith(["one"]))).toEqual([]);
      expect(fs.readFileSync(path.join(outside, "cdk.tf.json"), "utf8")).toBe("keep");
      // The same under --hcl for a stack that stays: its old cdk.tf.json is reached through the link.
      appWith(["one", "two"]).synth();
      expect(fs.readFileSync(path.join(outside, "cdk.tf.json"), "utf8")).not.toBe("keep"); // cdktf itself writes through it
      fs.writeFileSync(path.join(outside, "cdk.tf.json"), "keep");
      expect(removeStaleOutputs(appWith(["one", "two"], { hclOutput: true }))).toEqual([path.join("stacks", "one", "cdk.tf.json")]);
      expect(fs.readFileSync(path.join(outside, "cdk.tf.json"), "utf8")).toBe("keep");
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test("a manifest.json that is not JSON is not ours: nothing is removed; a named pipe or a folder there stops the synth at once", () => {
    appWith(["one", "two"]).synth();
    fs.writeFileSync(path.join(outdir, "manifest.json"), '{"stacks": ');
    expect(removeStaleOutputs(appWith(["one"]))).toEqual([]);
    expect(exists("stacks/two/cdk.tf.json")).toBe(true);
    // Nor an entry without a string name, working directory and file: each of these is left alone.
    const files = { workingDirectory: "stacks/two", synthesizedStackPath: "stacks/two/cdk.tf.json" };
    const entries = [
      null,
      { ...files, name: 2 },
      { ...files, name: "two", workingDirectory: 2 },
      { ...files, name: "two", synthesizedStackPath: 2 },
    ];
    for (const entry of entries) {
      fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ stacks: { two: entry } }));
      expect(removeStaleOutputs(appWith(["one"]))).toEqual([]);
      expect(exists("stacks/two/cdk.tf.json")).toBe(true);
    }
    fs.rmSync(path.join(outdir, "manifest.json"));
    execFileSync("mkfifo", [path.join(outdir, "manifest.json")]);
    // cdktf would block writing manifest.json into the pipe.
    expect(() => removeStaleOutputs(appWith(["one"]))).toThrow(
      // Named as its class, as the other user errors are.
      expect.objectContaining({ name: "OutputFolderError" }),
    );
    expect(() => removeStaleOutputs(appWith(["one"]))).toThrow(
      new OutputFolderError(
        `${rel("manifest.json")}: cannot read it: a named pipe (FIFO), not a regular file: expected the manifest.json of an earlier synth, or nothing; remove it, and synthesize again`,
      ),
    );
    fs.rmSync(path.join(outdir, "manifest.json"));
    fs.mkdirSync(path.join(outdir, "manifest.json"));
    expect(() => removeStaleOutputs(appWith(["one"]))).toThrow("manifest.json: cannot read it: a folder, not a regular file");
  });
});
