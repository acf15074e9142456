import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createApp } from "../main";

describe("example app (main.ts)", () => {
  let outdir: string;
  let tf: Record<string, any>;

  beforeAll(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "example-app-"));
    createApp(outdir).synth();
    tf = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "payments-oncall", "cdk.tf.json"), "utf8"));
  });

  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("synthesizes with a local backend and both providers", () => {
    expect(tf.terraform.backend).toEqual({ local: { path: "terraform.payments-oncall.tfstate" } });
    expect(Object.keys(tf.terraform.required_providers).sort()).toEqual(["datadog", "ilert"]);
    expect(tf.provider).toEqual({ ilert: [{}], datadog: [{}] });
  });

  test("wires the webhook to the alert source and the alert source to the policy", () => {
    const [sourceName, source] = Object.entries<any>(tf.resource.ilert_alert_source)[0];
    const [policyName] = Object.keys(tf.resource.ilert_escalation_policy);
    const webhook = Object.values<any>(tf.resource.datadog_webhook)[0];
    expect(source.escalation_policy).toBe(`\${ilert_escalation_policy.${policyName}.id}`);
    expect(webhook.url).toBe(`\${ilert_alert_source.${sourceName}.integration_url}`);
    expect(tf.output.notification_handle.value).toBe(`@webhook-${webhook.name}`);
  });
});
