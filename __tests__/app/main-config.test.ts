import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createApp } from "../../main";

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

  test("ILERT_DATADOG_CONFIG names the config file", () => {
    process.env.ILERT_DATADOG_CONFIG = EXAMPLE;
    createApp(outdir).synth();
    expect(stacks()).toEqual(["prod", "staging"]);
    const prod = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "prod", "cdk.tf.json"), "utf8"));
    expect(prod.terraform.backend.s3.key).toBe("ilert-datadog/prod.tfstate");
  });
});
