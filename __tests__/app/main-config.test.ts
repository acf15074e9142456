import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createApp } from "../../main";
import { synthesize } from "../../app/synth";
import { readDeclaredOnCall, readSynthesizedStacks } from "../../tools";

const EXAMPLE = path.join(__dirname, "../../examples/config.example.json");

describe("main.ts with a config file", () => {
  let outdir: string;
  beforeEach(() => (outdir = fs.mkdtempSync(path.join(os.tmpdir(), "main-config-"))));
  afterEach(() => {
    delete process.env.ILERT_DATADOG_CONFIG;
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  const stacks = () => fs.readdirSync(path.join(outdir, "stacks")).sort();

  test("without a config it synthesizes the built-in example", () => {
    createApp(outdir).synth();
    expect(stacks()).toEqual(["payments-oncall"]);
  });

  test("ILERT_DATADOG_CONFIG names the config file; the example synthesizes without a warning", () => {
    process.env.ILERT_DATADOG_CONFIG = EXAMPLE;
    const rel = (stack: string) => path.join(path.relative(process.cwd(), outdir), "stacks", stack, "cdk.tf.json");
    // The search team has no monitors: its ILDD-W1 is suppressed by the config, with the reason.
    expect(synthesize(createApp(outdir), false)).toEqual({ lines: [`staging: ${rel("staging")}`, `prod: ${rel("prod")}`], failed: false });
    expect(stacks()).toEqual(["prod", "staging"]);
    const prod = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "prod", "cdk.tf.json"), "utf8"));
    expect(prod.terraform.backend.s3).toEqual({
      bucket: "acme-terraform-state",
      region: "eu-central-1",
      key: "ilert-datadog/prod.tfstate",
      encrypt: true,
      use_lockfile: true,
    });
    // { "id": "4711", "email": "carol@example.com" } is shown by the email in every stack, also in
    // staging, where no reminder looks up her email contact.
    const users = readDeclaredOnCall(readSynthesizedStacks(outdir)).schedules.map((s) => [s.stack, s.layers![0].users]);
    expect(users).toEqual([
      ["prod", ["alice@example.com", "bob@example.com", "carol@example.com"]],
      ["staging", ["alice@example.com", "bob@example.com", "carol@example.com"]],
    ]);
  });
});
