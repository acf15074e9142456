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

  /** The bodies of the resources of `type`, without cdktf's metadata. */
  function bodies(type: string): Record<string, any>[] {
    return Object.values<any>(tf.resource[type]).map(({ "//": _metadata, ...body }) => body);
  }

  /** Data-source names by the value they look up (email or name). */
  function lookups(type: string): Record<string, string> {
    return Object.fromEntries(Object.entries<any>(tf.data[type]).map(([name, body]) => [body.email ?? body.name, name]));
  }

  test("synthesizes with a local backend and both providers", () => {
    expect(tf.terraform.backend).toEqual({ local: { path: "terraform.payments-oncall.tfstate" } });
    expect(Object.keys(tf.terraform.required_providers).sort()).toEqual(["datadog", "ilert"]);
    expect(tf.provider).toEqual({ ilert: [{}], datadog: [{}] });
  });

  test("a weekly rotation of two looked-up users, owned by the looked-up team", () => {
    const users = lookups("ilert_user");
    const [team] = Object.keys(tf.data.ilert_team);
    expect(bodies("ilert_schedule")).toEqual([
      {
        name: "Payments weekly rotation",
        timezone: "Europe/Berlin",
        type: "RECURRING",
        schedule_layer: [
          {
            name: "Weekly",
            rotation: "P7D",
            starts_on: "2026-01-05T09:00",
            user: [
              { id: `\${data.ilert_user.${users["alice@example.com"]}.id}` },
              { id: `\${data.ilert_user.${users["bob@example.com"]}.id}` },
            ],
          },
        ],
        team: [{ id: `\${data.ilert_team.${team}.id}` }],
      },
    ]);
  });

  test("a two-step policy: whoever is on call in the rotation, then the team lead", () => {
    const [schedule] = Object.keys(tf.resource.ilert_schedule);
    const lead = lookups("ilert_user")["payments-lead@example.com"];
    const policy = Object.values<any>(tf.resource.ilert_escalation_policy)[0];
    expect(policy.escalation_rule).toEqual([
      { escalation_timeout: 15, schedule: `\${ilert_schedule.${schedule}.id}` },
      { escalation_timeout: 15, user: `\${data.ilert_user.${lead}.id}` },
    ]);
    expect(policy).toMatchObject({ name: "Payments", repeating: true, frequency: 2 });
  });

  test("everyone on the rotation is reminded by push an hour before their shift", () => {
    const users = lookups("ilert_user");
    expect(bodies("ilert_user_duty_preference")).toEqual(
      ["alice@example.com", "bob@example.com"].map((email) => ({
        type: "ON_CALL",
        method: "PUSH",
        before_min: 60,
        user: { id: `\${data.ilert_user.${users[email]}.id}` },
      })),
    );
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
