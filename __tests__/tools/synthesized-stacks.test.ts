import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration } from "../../constructs";
import { execFileSync } from "child_process";
import { readSynthesizedStacks, SynthesizedOutputError } from "../../tools";

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

  describe("a file of the outdir that is not what cdktf synth writes: a SynthesizedOutputError naming the file, at once", () => {
    /** The error readSynthesizedStacks throws, as file and problem. */
    function refusal(): { file: string; problem: string; message: string } {
      try {
        readSynthesizedStacks(outdir);
      } catch (e) {
        expect(e).toBeInstanceOf(SynthesizedOutputError);
        const { file, problem, message } = e as SynthesizedOutputError;
        return { file: path.relative(outdir, file), problem, message };
      }
      throw new Error("read");
    }
    const manifest = (content: unknown) =>
      fs.writeFileSync(path.join(outdir, "manifest.json"), typeof content === "string" ? content : JSON.stringify(content));
    const stack = (extra: Record<string, unknown> = {}) => ({
      stacks: { a: { name: "a", workingDirectory: "stacks/a", synthesizedStackPath: "stacks/a/cdk.tf.json", ...extra } },
    });
    const regular = "a regular JSON file of at most 256 MiB";

    test("a named pipe as manifest.json or as a stack file is refused without waiting for a writer", () => {
      execFileSync("mkfifo", [path.join(outdir, "manifest.json")]);
      const started = Date.now();
      expect(refusal()).toEqual({
        file: "manifest.json",
        problem: `cannot read it: a named pipe (FIFO), not a regular file: expected the manifest.json that cdktf synth writes, ${regular}`,
        message: `${path.join(outdir, "manifest.json")}: cannot read it: a named pipe (FIFO), not a regular file: expected the manifest.json that cdktf synth writes, ${regular}; synthesize the app again`,
      });
      fs.rmSync(path.join(outdir, "manifest.json"));
      manifest(stack());
      fs.mkdirSync(path.join(outdir, "stacks", "a"), { recursive: true });
      execFileSync("mkfifo", [path.join(outdir, "stacks", "a", "cdk.tf.json")]);
      expect(refusal().problem).toBe(
        `cannot read it: a named pipe (FIFO), not a regular file: expected the cdk.tf.json of stack "a", ${regular}`,
      );
      expect(Date.now() - started).toBeLessThan(2000);
    });

    test("a link to /dev/zero and a folder are refused", () => {
      fs.symlinkSync("/dev/zero", path.join(outdir, "manifest.json"));
      expect(refusal().problem).toBe(
        `cannot read it: a character device, not a regular file: expected the manifest.json that cdktf synth writes, ${regular}`,
      );
      fs.rmSync(path.join(outdir, "manifest.json"));
      fs.mkdirSync(path.join(outdir, "manifest.json"));
      expect(refusal().problem).toBe(
        `cannot read it: a folder, not a regular file: expected the manifest.json that cdktf synth writes, ${regular}`,
      );
    });

    test("a manifest that is not JSON, not an object, or whose stacks are not what cdktf writes", () => {
      manifest('{"stacks": ');
      expect(refusal().problem).toBe(
        `not valid JSON at line 1, column 12: Unexpected end of JSON input: expected the manifest.json that cdktf synth writes, ${regular}`,
      );
      manifest([1]);
      expect(refusal().problem).toBe("it holds [1]: expected the manifest.json that cdktf synth writes, a JSON object");
      manifest({ stacks: [] });
      expect(refusal().problem).toBe('"stacks" is []: expected an object of stacks, as cdktf synth writes it');
      manifest({ stacks: { a: "x" } });
      expect(refusal().problem).toBe('stacks["a"] is "x": expected a stack entry, as cdktf synth writes it');
      manifest(stack({ synthesizedStackPath: 7 }));
      expect(refusal().problem).toBe('stacks["a"].synthesizedStackPath is 7: expected a non-empty string, as cdktf synth writes it');
      manifest(stack({ name: "" }));
      expect(refusal().problem).toBe('stacks["a"].name is "": expected a non-empty string, as cdktf synth writes it');
    });

    test("the error is named for its class, as the command prints it", () => {
      manifest([1]);
      try {
        readSynthesizedStacks(outdir);
      } catch (e) {
        expect((e as Error).name).toBe("SynthesizedOutputError");
        return;
      }
      throw new Error("read");
    });

    test("a stack's name is a name, not a path: any non-empty text is read", () => {
      manifest(stack({ name: "../x" }));
      fs.mkdirSync(path.join(outdir, "stacks", "a"), { recursive: true });
      fs.writeFileSync(path.join(outdir, "stacks", "a", "cdk.tf.json"), "{}");
      expect(readSynthesizedStacks(outdir).map((s) => s.name)).toEqual(["../x"]);
    });

    test("a stack path that leads out of the outdir is not read", () => {
      for (const outside of ["../../../etc/passwd", "/etc/passwd", "stacks/../../x.json"]) {
        manifest(stack({ synthesizedStackPath: outside }));
        expect(refusal().problem).toBe(
          `stacks["a"].synthesizedStackPath is ${JSON.stringify(outside)}: expected a path inside the output folder, as cdktf synth writes it`,
        );
      }
      manifest(stack({ workingDirectory: "../elsewhere" }));
      expect(refusal().problem).toBe(
        'stacks["a"].workingDirectory is "../elsewhere": expected a path inside the output folder, as cdktf synth writes it',
      );
    });

    test("a stack file that is not JSON, or not an object", () => {
      manifest(stack());
      fs.mkdirSync(path.join(outdir, "stacks", "a"), { recursive: true });
      fs.writeFileSync(path.join(outdir, "stacks", "a", "cdk.tf.json"), "null");
      expect(refusal()).toMatchObject({
        file: path.join("stacks", "a", "cdk.tf.json"),
        problem: 'it holds null: expected the cdk.tf.json of stack "a", a JSON object',
      });
    });
  });
});
