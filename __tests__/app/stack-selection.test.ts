import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, CONTEXT_ENV, Testing } from "cdktf";
import { createApp } from "../../main";
import { ConfigError } from "../../app/config";
import { ContextSource, selectStacks, stackSelection, StackSelectionError } from "../../app/stack-selection";
import { synthesize } from "../../app/synth";

/** An app whose context key `stacks` is `stacks`. */
const context = (stacks: unknown): ContextSource => ({ node: { tryGetContext: (key: string) => (key === "stacks" ? stacks : undefined) } });

const EXAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/config.example.json"), "utf8"));

describe("selective synth (ILERT_DATADOG_STACKS, context key stacks)", () => {
  let dir: string;
  const write = (name: string, config: object): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
  };
  const synth = (config: string, outdir: string, stacks?: string): string[] => {
    if (stacks === undefined) delete process.env.ILERT_DATADOG_STACKS;
    else process.env.ILERT_DATADOG_STACKS = stacks;
    createApp(path.join(dir, outdir), config).synth();
    return fs.readdirSync(path.join(dir, outdir, "stacks")).sort();
  };
  const stackFile = (outdir: string, stack: string) => fs.readFileSync(path.join(dir, outdir, "stacks", stack, "cdk.tf.json"));

  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-selection-"))));
  afterEach(() => {
    delete process.env.ILERT_DATADOG_STACKS;
    delete process.env[CONTEXT_ENV];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ["team", "prod-payments"],
    ["team", "prod-user-settings"],
    ["environment", "staging"],
  ])("stackPer %s: stack %s is byte-identical to the full synth's", (stackPer, stack) => {
    const config = write("teams.json", { ...EXAMPLE, stackPer });
    const all = synth(config, "full");
    expect(all).toContain(stack);
    expect(synth(config, "one", stack)).toEqual([stack]);
    expect(stackFile("one", stack).equals(stackFile("full", stack))).toBe(true);
  });

  test("names are comma-separated, with * wildcards; the context key stacks works as the variable does", () => {
    const config = write("teams.json", { ...EXAMPLE, stackPer: "team" });
    expect(synth(config, "a", " staging-* , prod-search")).toEqual(["prod-search", "staging-payments"]);
    process.env[CONTEXT_ENV] = JSON.stringify({ stacks: "prod-*" });
    expect(synth(config, "b")).toEqual(["prod-payments", "prod-search", "prod-user-settings"]);
    process.env[CONTEXT_ENV] = JSON.stringify({ stacks: ["staging-payments"] });
    expect(synth(config, "c")).toEqual(["staging-payments"]);
    // The variable wins over the context key.
    expect(synth(config, "d", "prod-search")).toEqual(["prod-search"]);
  });

  test("a name or pattern that matches no stack fails, listing the stacks", () => {
    const config = write("teams.json", { ...EXAMPLE, stackPer: "team" });
    expect(() => synth(config, "out", "prod-payments,prod-paymnts,dev-*")).toThrow(
      new StackSelectionError(
        `ILERT_DATADOG_STACKS names no stack of ${config}: "prod-paymnts", "dev-*"; the stacks are: staging-payments, prod-payments, prod-search, prod-user-settings; did you mean prod-payments?`,
      ),
    );
    expect(() => synth(write("envs.json", EXAMPLE), "out", "prdo")).toThrow(
      new StackSelectionError(
        `ILERT_DATADOG_STACKS names no stack of ${path.join(path.dirname(config), "envs.json")}: "prdo"; the stacks are: staging, prod; did you mean prod?`,
      ),
    );
    expect(() => synth("", "out", "staging")).toThrow(
      new StackSelectionError(`ILERT_DATADOG_STACKS names no stack of the built-in example: "staging"; the stacks are: payments-oncall`),
    );
  });

  test("a context value that is not a list of names fails", () => {
    process.env[CONTEXT_ENV] = JSON.stringify({ stacks: 3 });
    expect(() => stackSelection(new App())).toThrow(
      new StackSelectionError(`the cdktf context key "stacks": expected stack names separated by commas (or a list of names), not 3`),
    );
  });

  test.each([
    [["prod", 3], '["prod",3]'],
    [[3, "prod"], '[3,"prod"]'],
  ])("a context list holding anything but names fails: %j", (stacks, shown) => {
    expect(() => stackSelection(context(stacks), {})).toThrow(
      `the cdktf context key "stacks": expected stack names separated by commas (or a list of names), not ${shown}`,
    );
  });

  test("empty names select every stack", () => {
    expect(stackSelection(Testing.app(), { ILERT_DATADOG_STACKS: " , " })).toBeUndefined();
    expect(stackSelection(Testing.app(), { ILERT_DATADOG_STACKS: "" })).toBeUndefined();
    expect(stackSelection(context(null), {})).toBeUndefined();
  });

  test("a variable of blanks names nothing: the context key is read", () => {
    const selection = stackSelection(context("prod-*"), { ILERT_DATADOG_STACKS: " \t " });
    expect(selection?.origin).toBe('the cdktf context key "stacks"');
    expect(selection?.patterns.map((p) => p.text)).toEqual(["prod-*"]);
  });

  test("the error is a StackSelectionError by name, and suggests a stack for each misspelled name", () => {
    const selection = stackSelection(context(undefined), { ILERT_DATADOG_STACKS: "prod-paymnts,prod-serch" })!;
    expect(() => selectStacks(selection, ["prod-payments", "prod-search"], "teams.json")).toThrow(
      expect.objectContaining({
        name: "StackSelectionError",
        message:
          'ILERT_DATADOG_STACKS names no stack of teams.json: "prod-paymnts", "prod-serch"; the stacks are: prod-payments, prod-search; did you mean prod-payments, prod-search?',
      }),
    );
  });

  test("the whole config is checked: a problem in a team not built still fails, by its JSON path", () => {
    const broken = { ...EXAMPLE.teams[1], escalation: { existingId: "twelve" } };
    const config = write("teams.json", { ...EXAMPLE, stackPer: "team", teams: [EXAMPLE.teams[0], broken] });
    expect(() => synth(config, "out", "staging-payments")).toThrow(ConfigError);
    expect(() => synth(config, "out", "staging-payments")).toThrow(
      /teams\[1\]\.escalation\.existingId: invalid value "twelve": expected a numeric iLert id/,
    );
  });

  test("a selective synth into the folder of a full one leaves the other stacks' files alone", () => {
    const config = write("teams.json", { ...EXAMPLE, stackPer: "team" });
    synth(config, "out");
    const before = fs.readFileSync(path.join(dir, "out", "stacks", "prod-search", "cdk.tf.json"));
    process.env.ILERT_DATADOG_STACKS = "staging-payments";
    const app = createApp(path.join(dir, "out"), config);
    expect(synthesize(app, true)).toEqual({ lines: [], failed: false });
    expect(fs.readFileSync(path.join(dir, "out", "stacks", "prod-search", "cdk.tf.json")).equals(before)).toBe(true);
  });
});
