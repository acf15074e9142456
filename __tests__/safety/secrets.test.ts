import * as fs from "fs";
// The os module object itself, whose tmpdir() a test replaces for cdktf (not a namespace copy).
import os from "os";
import * as path from "path";
import { App, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { createConfigApp } from "../../app/config-app";
import { main } from "../../cli/ilert-datadog";
import { EscalationPolicy, IlertDatadogIntegration } from "../../constructs";
import { createApp } from "../../main";

// Every variable a provider or cdktf could read a credential from, set to a recognisable marker.
const CREDENTIAL_VARIABLES = [
  "ILERT_API_TOKEN",
  "ILERT_ENDPOINT",
  "ILERT_ORGANIZATION",
  "ILERT_USERNAME",
  "ILERT_PASSWORD",
  "DD_API_KEY",
  "DD_APP_KEY",
  "DD_HOST",
  "DATADOG_API_KEY",
  "DATADOG_APP_KEY",
  "DATADOG_HOST",
  "TF_VAR_ilert_api_token",
  "TF_VAR_datadog_api_key",
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("no credential from the environment is written to the synth output", () => {
  const saved = { ...process.env };
  const markers = CREDENTIAL_VARIABLES.map((name) => `MARKER-${name}-7f3a9c`);
  CREDENTIAL_VARIABLES.forEach((name, i) => (process.env[name] = markers[i]));
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
  try {
    createApp(outdir).synth();
    const files = filesUnder(outdir);
    expect(files.some((f) => f.endsWith("cdk.tf.json"))).toBe(true);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const marker of markers) expect({ file, leaked: text.includes(marker) }).toEqual({ file, leaked: false });
    }
  } finally {
    process.env = saved;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

describe("a credential check that fires leaves no credential on disk, however the app is run (issue 30)", () => {
  const SECRET = "SECRET_TOKEN_12345";
  const MESSAGE = /^\[ILDD-E4\] (\w+)\/Ilert: invalid api_token \(a literal value, not shown here\)/;
  let tmp: string;
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-disk-"));
    saved = { ...process.env };
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = saved;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Every file under `dir` (relative paths), and those holding the secret. */
  function onDisk(dir: string): { files: string[]; leaking: string[] } {
    const files = fs.existsSync(dir) ? filesUnder(dir) : [];
    return {
      files: files.map((f) => path.relative(dir, f)).sort(),
      leaking: files.filter((f) => fs.readFileSync(f, "utf8").includes(SECRET)),
    };
  }

  /** An app of stacks `clean` (the library, no secret) and `leaky` (also a literal api_token), in `order`. */
  function twoStacks(outdir: string, order: readonly ("clean" | "leaky")[]): App {
    const app = new App({ outdir });
    for (const id of order) {
      const stack = new TerraformStack(app, id);
      new IlertDatadogIntegration(stack, "Paging", { name: `Paging ${id}`, escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
      if (id === "leaky") new IlertProvider(stack, "Ilert", { apiToken: SECRET });
    }
    return app;
  }

  test.each<[string, Record<string, string>]>([
    ["app.synth()", {}],
    ["CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS set, as the cdktf CLI sets it", { CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true" }],
    ["--hcl (SYNTH_HCL_OUTPUT), with the CLI's variable", { CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true", SYNTH_HCL_OUTPUT: "true" }],
  ])(
    "%s: the stack synthesized before the failing one is written without it; nothing of the failing stack, nor a manifest",
    (_how, env) => {
      // Read when a stack is created, as the CLI's child process reads them.
      Object.assign(process.env, env);
      const file = env.SYNTH_HCL_OUTPUT ? "cdk.tf" : "cdk.tf.json";
      const cleanFirst = path.join(tmp, "clean-first");
      expect(() => twoStacks(cleanFirst, ["clean", "leaky"]).synth()).toThrow(MESSAGE);
      expect(onDisk(cleanFirst)).toEqual({
        files: [path.join("stacks", "clean", file), ...(env.SYNTH_HCL_OUTPUT ? [path.join("stacks", "clean", "metadata.json")] : [])],
        leaking: [],
      });
      expect(fs.readdirSync(path.join(cleanFirst, "stacks"))).toEqual(["clean"]);
      // The failing stack first: nothing of any stack is written.
      const leakyFirst = path.join(tmp, "leaky-first");
      expect(() => twoStacks(leakyFirst, ["leaky", "clean"]).synth()).toThrow(MESSAGE);
      expect(onDisk(leakyFirst)).toEqual({ files: [], leaking: [] });
    },
  );

  test("the CLI's variable is in effect in these tests: a stack with an error annotation is written, one with a literal credential is not", () => {
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
    const outdir = path.join(tmp, "annotated");
    const app = twoStacks(outdir, ["clean", "leaky"]);
    const clean = app.node.findChild("clean") as TerraformStack;
    const paging = clean.node.findChild("Paging") as IlertDatadogIntegration;
    new TerraformOutput(clean, "url", { value: paging.integrationUrl }); // ILDD-E1, an error annotation
    expect(() => app.synth()).toThrow(MESSAGE);
    expect(onDisk(outdir)).toEqual({ files: [path.join("stacks", "clean", "cdk.tf.json")], leaking: [] });
  });

  test("Testing.fullSynth: its temporary output folder holds no credential", () => {
    jest.spyOn(os, "tmpdir").mockReturnValue(tmp);
    const app = twoStacks(path.join(tmp, "unused"), ["leaky"]);
    expect(() => Testing.fullSynth(app.node.findChild("leaky") as TerraformStack)).toThrow(MESSAGE);
    // fullSynth made its folder here (so a file it wrote would be seen), and wrote nothing into it.
    const [outdir, ...others] = fs.readdirSync(tmp).filter((name) => name.startsWith("cdktf.outdir."));
    expect(others).toEqual([]);
    expect(onDisk(path.join(tmp, outdir))).toEqual({ files: [], leaking: [] });
  });

  test("the config app: its stack before the failing one is written without the secret, nothing of the failing one", () => {
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
    const outdir = path.join(tmp, "config");
    const app = createConfigApp(outdir, path.join(__dirname, "../../examples/config.example.json"));
    const [first, second] = app.node.children.filter(TerraformStack.isStack);
    new IlertProvider(second, "Ilert", { alias: "leaky", apiToken: SECRET });
    expect(() => app.synth()).toThrow(new RegExp(`^\\[ILDD-E4\\] ${second.node.id}/Ilert: invalid api_token`));
    expect(onDisk(outdir)).toEqual({ files: [path.join("stacks", first.node.id, "cdk.tf.json")], leaking: [] });
  });

  test("ilert-datadog app: one line naming the check, exit status 1, nothing of the stack written", () => {
    const outdir = path.join(tmp, "app");
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(main(["app"], { createApp: () => twoStacks(outdir, ["leaky"]) })).toBe(1);
      const written = stderr.mock.calls.map(([text]) => String(text)).join("");
      expect(written).toMatch(
        /^config: none named; the built-in example\nilert-datadog app: \[ILDD-E4\] leaky\/Ilert: invalid api_token \(a literal value, not shown here\): expected .*\n$/,
      );
      expect(written).not.toContain(SECRET);
      expect(stdout).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
    expect(onDisk(outdir)).toEqual({ files: [], leaking: [] });
  });
});
