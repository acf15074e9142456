import { deployedIntegrations, stateResources } from "../../../cli/smoke-test/deployed-integrations";

const URL_A = "http://127.0.0.1:1/api/v1/events/datadog/keyA";
const URL_B = "http://127.0.0.1:1/api/v1/events/datadog/keyB";
const source = (name: string, values: Record<string, unknown>) => ({
  address: `ilert_alert_source.${name}`,
  mode: "managed",
  type: "ilert_alert_source",
  values: { id: name === "A" ? "11" : "12", name: `Source ${name}`, integration_type: "DATADOG", escalation_policy: "10", ...values },
});
const webhook = (name: string, url: string, dependsOn: string[] = []) => ({
  address: `datadog_webhook.${name}`,
  mode: "managed",
  type: "datadog_webhook",
  values: { name: `hook-${name}`, url },
  depends_on: dependsOn,
});

describe("the integrations of a deployed stack, from terraform show -json", () => {
  test("stateResources: the managed resources of every module; undefined without state", () => {
    const show = {
      values: {
        root_module: {
          resources: [source("A", {}), { address: "data.ilert_user.U", mode: "data", type: "ilert_user" }],
          child_modules: [{ resources: [webhook("W", URL_A)] }],
        },
      },
    };
    expect(stateResources(show)!.map((r) => r.address)).toEqual(["ilert_alert_source.A", "datadog_webhook.W"]);
    expect(stateResources({ format_version: "1.0" })).toBeUndefined();
    expect(stateResources(null)).toBeUndefined();
  });

  test("a webhook belongs to the DATADOG source whose integration URL it posts to, else to the one such source it depends on", () => {
    const resources = [
      source("A", { integration_url: URL_A }),
      source("B", { integration_url: URL_B }),
      source("Email", { integration_type: "EMAIL", integration_url: "x" }),
      webhook("byUrl", URL_A),
      webhook("changed", "https://elsewhere.example.com/", ["ilert_alert_source.B"]),
      webhook("lost", "https://elsewhere.example.com/", ["ilert_alert_source.A", "ilert_alert_source.B"]),
    ];
    const { integrations, incomplete } = deployedIntegrations("payments", resources);
    expect(integrations).toEqual([
      {
        stack: "payments",
        webhook: { address: "datadog_webhook.byUrl", name: "hook-byUrl", url: URL_A },
        source: { address: "ilert_alert_source.A", id: "11", name: "Source A", integrationUrl: URL_A, escalationPolicyId: "10" },
      },
      {
        stack: "payments",
        webhook: { address: "datadog_webhook.changed", name: "hook-changed", url: "https://elsewhere.example.com/" },
        source: { address: "ilert_alert_source.B", id: "12", name: "Source B", integrationUrl: URL_B, escalationPolicyId: "10" },
      },
    ]);
    expect(incomplete).toEqual([
      {
        stack: "payments",
        address: "datadog_webhook.lost",
        name: "@webhook-hook-lost",
        problem: "posts to no iLert alert source of type DATADOG in this stack's state (its URL is no source's integration URL)",
      },
    ]);
  });

  test("a DATADOG source no webhook posts to is incomplete", () => {
    expect(deployedIntegrations("payments", [source("A", { integration_url: URL_A })]).incomplete).toEqual([
      {
        stack: "payments",
        address: "ilert_alert_source.A",
        name: 'alert source 11 "Source A"',
        problem: "no Datadog webhook in this stack's state posts to it: nothing to send through",
      },
    ]);
  });
});
