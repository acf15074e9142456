import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { DatadogPayload } from "../../constructs";
import { escapeTerraformTemplate } from "../../tools";

// The real Terraform CLI, where the machine has one, evaluates escaped strings as outputs of a
// provider-less configuration (no registry needed) and must give back the original text.
const terraform = spawnSync("terraform", ["version"], { encoding: "utf8" }).status === 0 ? "terraform" : undefined;
const withTerraform = terraform ? describe : describe.skip;
if (!terraform) console.warn("terraform-reads-escapes: no terraform binary on PATH; the check against real Terraform is skipped");

function terraformOutputs(values: Record<string, string>): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-escapes-"));
  try {
    const output = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ output }));
    const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null", TF_IN_AUTOMATION: "1" };
    const run = (...args: string[]) =>
      execFileSync(terraform!, [`-chdir=${dir}`, ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    run("init", "-input=false", "-no-color");
    run("apply", "-auto-approve", "-input=false", "-no-color");
    const outputs = JSON.parse(run("output", "-json")) as Record<string, { value: string }>;
    return Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, v.value]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

withTerraform("Terraform reads escaped user text back as written", () => {
  test("hostile strings, a payload, and a literal $ before a reference", () => {
    const hostile = fc.sample(fc.string({ unit: fc.constantFrom("$", "%", "{", "}", "\\", '"', "\n", "~", "a", "😀"), maxLength: 12 }), {
      numRuns: 200,
      seed: 42,
    });
    const texts = [...hostile, "${var.api_key}", "%{ for x in y }${x}%{ endfor }", "$${already}", "$$$${", "%%{"];
    const values: Record<string, string> = Object.fromEntries(texts.map((t, i) => [`t${i}`, escapeTerraformTemplate(t)]));
    const stack = new TerraformStack(Testing.app(), "s");
    const payload = DatadogPayload.ilertDefaultWith({ note: "${not.a.reference} 100%{" });
    values.payload = payload.bind(stack);
    // A reference after a literal "$": the reference must still resolve (here to a literal string).
    const ref = Token.asString({ resolve: () => '${"resolved"}' });
    values.dollarRef = resolveMarker(escapeTerraformTemplate(`cost: $${ref}`), ref, '${"resolved"}');

    const read = terraformOutputs(values);
    texts.forEach((t, i) => expect({ i, value: read[`t${i}`] }).toEqual({ i, value: t }));
    expect(JSON.parse(read.payload)).toEqual({ ...DatadogPayload.ILERT_TEMPLATE, note: "${not.a.reference} 100%{" });
    expect(read.dollarRef).toBe("cost: $resolved");
  });
});

/** Replaces a token marker by the expression cdktf would resolve it to. */
function resolveMarker(text: string, token: string, expression: string): string {
  return text.split(token).join(expression);
}
