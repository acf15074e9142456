import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  chooseConfigFile,
  CONFIG_RECEIPT,
  ConfigSourceError,
  readConfigReceipt,
  TOOL_CONFIG_ENV,
  unreadableConfigFile,
  writeConfigReceipt,
} from "../../app/config-source";
import { ReadFileError } from "../../app/read-file";
import { createConfigApp } from "../../app/config-app";
import { createApp } from "../../main";

// One resolution of the config file for every command; each source, and the order between them.

let project: string;
beforeEach(() => (project = fs.mkdtempSync(path.join(os.tmpdir(), "config-source-"))));
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const cdktfJson = (context: object) => fs.writeFileSync(path.join(project, "cdktf.json"), JSON.stringify({ app: "node x.js", context }));
const cwd = (f: string) => path.resolve(process.cwd(), f);
const inProject = (f: string) => path.resolve(project, f);
function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected it to throw");
}

describe("chooseConfigFile", () => {
  test("none named: the built-in example (undefined)", () => {
    cdktfJson({});
    expect(chooseConfigFile({ env: {}, projectDir: project })).toBeUndefined();
  });

  test("an argument, relative to the working directory", () => {
    expect(chooseConfigFile({ argument: "a.json", env: {}, projectDir: project })).toEqual({
      file: cwd("a.json"),
      name: "a.json",
      origin: "argument",
    });
  });

  test("ILERT_DATADOG_CONFIG, relative to the working directory", () => {
    expect(chooseConfigFile({ env: { ILERT_DATADOG_CONFIG: "e.json" }, projectDir: project })).toEqual({
      file: cwd("e.json"),
      name: "e.json",
      origin: "ILERT_DATADOG_CONFIG",
    });
  });

  test("the cdktf context (CDKTF_CONTEXT_JSON, as cdktf synth passes cdktf.json's context), relative to the project", () => {
    const env = { CDKTF_CONTEXT_JSON: JSON.stringify({ config: "c.json", cdktfRelativeModules: [] }) };
    expect(chooseConfigFile({ env, projectDir: project })).toEqual({ file: inProject("c.json"), name: "c.json", origin: "cdktf context" });
  });

  test("cdktf.json's context, read by runs outside the cdktf CLI (npm run synth, diagram, preview)", () => {
    cdktfJson({ config: "examples/x.json" });
    expect(chooseConfigFile({ env: {}, projectDir: project })).toEqual({
      file: inProject("examples/x.json"),
      name: "examples/x.json",
      origin: "cdktf.json",
    });
  });

  test("precedence: argument, then ILERT_DATADOG_CONFIG, then the cdktf context, then cdktf.json", () => {
    cdktfJson({ config: "json.json" });
    const all = { ILERT_DATADOG_CONFIG: "env.json", CDKTF_CONTEXT_JSON: '{"config":"ctx.json"}' };
    expect(chooseConfigFile({ argument: "arg.json", env: all, projectDir: project })?.origin).toBe("argument");
    expect(chooseConfigFile({ env: all, projectDir: project })?.origin).toBe("ILERT_DATADOG_CONFIG");
    expect(chooseConfigFile({ env: { CDKTF_CONTEXT_JSON: all.CDKTF_CONTEXT_JSON }, projectDir: project })?.origin).toBe("cdktf context");
    expect(chooseConfigFile({ env: { CDKTF_CONTEXT_JSON: '{"other":1}' }, projectDir: project })?.origin).toBe("cdktf.json");
  });

  test("a tool's --config (ILERT_DATADOG_TOOL_CONFIG) ranks above everything, the app's own argument included", () => {
    cdktfJson({ config: "json.json" });
    const env = { [TOOL_CONFIG_ENV]: "tool.json", ILERT_DATADOG_CONFIG: "env.json", CDKTF_CONTEXT_JSON: '{"config":"ctx.json"}' };
    expect(chooseConfigFile({ argument: "arg.json", env, projectDir: project })).toEqual({
      file: cwd("tool.json"),
      name: "tool.json",
      origin: TOOL_CONFIG_ENV,
    });
    expect(TOOL_CONFIG_ENV).toBe("ILERT_DATADOG_TOOL_CONFIG");
    // A tool passes an absolute path: shown relative to the working directory when inside it.
    expect(chooseConfigFile({ env: { [TOOL_CONFIG_ENV]: cwd("sub/t.json") }, projectDir: project })?.name).toBe(path.join("sub", "t.json"));
    expect(chooseConfigFile({ env: { [TOOL_CONFIG_ENV]: "/dev/zero" }, projectDir: project })?.name).toBe("/dev/zero");
    expect(chooseConfigFile({ argument: "/dev/zero", env: {}, projectDir: project })?.name).toBe("/dev/zero");
    // Only the tool's path is shortened: an absolute name from any other source is shown as given.
    expect(chooseConfigFile({ argument: cwd("sub/t.json"), env: {}, projectDir: project })?.name).toBe(cwd("sub/t.json"));
  });

  test("an empty CDKTF_CONTEXT_JSON, or a context that is null, names no file", () => {
    cdktfJson({ config: "json.json" });
    for (const context of ["", "null"])
      expect(chooseConfigFile({ env: { CDKTF_CONTEXT_JSON: context }, projectDir: project })?.origin).toBe("cdktf.json");
    fs.writeFileSync(path.join(project, "cdktf.json"), JSON.stringify({ context: null }));
    expect(chooseConfigFile({ env: {}, projectDir: project })).toBeUndefined();
  });

  test("a cdktf.json that is a named pipe is refused, not waited on", () => {
    require("child_process").execFileSync("mkfifo", [path.join(project, "cdktf.json")]);
    expect(() => chooseConfigFile({ env: {}, projectDir: project })).toThrow(
      `${path.join(project, "cdktf.json")}: cannot read it: a named pipe (FIFO), not a regular file; cdktf.json must be a regular JSON file`,
    );
  });

  test("a config name that is not a string, or a cdktf.json that is not JSON, is an error, not the example", () => {
    expect(() => chooseConfigFile({ env: { CDKTF_CONTEXT_JSON: '{"config":3}' }, projectDir: project })).toThrow(
      "cdktf context: the config file name must be a string, not 3",
    );
    fs.writeFileSync(path.join(project, "cdktf.json"), "{ nope");
    expect(() => chooseConfigFile({ env: {}, projectDir: project })).toThrow(/^cdktf.json is not valid JSON: /);
    // The parser's own words differ between Node versions: taken from it, after the name of the source.
    const parserSays = (thrownBy(() => JSON.parse("{ nope")) as Error).message;
    const error = thrownBy(() => chooseConfigFile({ env: { CDKTF_CONTEXT_JSON: "{ nope" }, projectDir: project }));
    expect(error).toBeInstanceOf(ConfigSourceError);
    expect(error).toMatchObject({ name: "ConfigSourceError", message: `CDKTF_CONTEXT_JSON is not valid JSON: ${parserSays}` });
  });
});

describe("unreadableConfigFile", () => {
  test("a missing file by its absolute path; anything else by what is wrong, with what a config file must be", () => {
    expect(unreadableConfigFile("teams.json", new ReadFileError("no such file", "ENOENT"))).toBe(
      `the config file does not exist (${cwd("teams.json")}); give the path of your config file, e.g. teams.json`,
    );
    expect(unreadableConfigFile("teams.json", new ReadFileError("a folder, not a regular file", "EISDIR"))).toBe(
      "cannot read it: a folder, not a regular file: expected a regular JSON file of at most 10 MiB; give the path of your config file, e.g. teams.json",
    );
  });
});

describe("createApp uses it", () => {
  const stacks = (outdir: string) => fs.readdirSync(path.join(outdir, "stacks")).sort();
  const example = path.join(__dirname, "../../examples/config.example.json");
  afterEach(() => delete process.env.CDKTF_CONTEXT_JSON);

  test("the cdktf context's config builds the config's stacks, not the built-in example", () => {
    process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ config: example });
    const outdir = path.join(project, "out");
    createApp(outdir).synth();
    expect(stacks(outdir)).toEqual(["prod", "staging"]);
  });
});

describe("the receipt of the config a tool asked for", () => {
  const example = path.join(__dirname, "../../examples/config.example.json");
  afterEach(() => delete process.env[TOOL_CONFIG_ENV]);

  test("createConfigApp writes it into the outdir only when the tool's variable chose the file", () => {
    const outdir = path.join(project, "out");
    createConfigApp(outdir, example);
    expect(fs.existsSync(path.join(outdir, CONFIG_RECEIPT))).toBe(false);
    process.env[TOOL_CONFIG_ENV] = example;
    const app = createConfigApp(outdir, "the-apps-own.json");
    expect(readConfigReceipt(outdir)).toBe(example);
    expect(app.node.children.map((s) => s.node.id)).toEqual(["staging", "prod"]);
  });

  test("a receipt records the file chosen; none, or another origin, records nothing", () => {
    writeConfigReceipt(project, { file: "/x/teams.json", name: "teams.json", origin: "argument" });
    expect(readConfigReceipt(project)).toBeUndefined();
    writeConfigReceipt(project, { file: "/x/teams.json", name: "/x/teams.json", origin: TOOL_CONFIG_ENV });
    expect(readConfigReceipt(project)).toBe("/x/teams.json");
    fs.writeFileSync(path.join(project, CONFIG_RECEIPT), "not json");
    expect(readConfigReceipt(project)).toBeUndefined();
  });
});
