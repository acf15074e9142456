import { endpointsOf, isLocal, originOf, providerSetting } from "../../../cli/smoke-test/endpoints";
import type { SynthesizedStack } from "../../../tools";

function stack(config: Record<string, unknown>): SynthesizedStack {
  return { name: "payments", workingDirectory: "stacks/payments", config: config as never };
}
const CREDENTIALS = { ILERT_API_TOKEN: "t", DD_API_KEY: "a", DD_APP_KEY: "b" };

describe("which APIs the smoke test talks to", () => {
  test("the environment, else the vendors' defaults; credentials from the environment", () => {
    expect(endpointsOf(stack({}), "ilert_alert_source.S", "datadog_webhook.W", CREDENTIALS)).toEqual({
      ilert: { endpoint: "https://api.ilert.com", token: "t" },
      datadog: { host: "https://api.datadoghq.com/", apiKey: "a", appKey: "b" },
    });
    expect(
      endpointsOf(stack({}), "ilert_alert_source.S", "datadog_webhook.W", {
        ...CREDENTIALS,
        ILERT_ENDPOINT: "http://127.0.0.1:1",
        DD_HOST: "https://api.datadoghq.eu/",
      }),
    ).toMatchObject({ ilert: { endpoint: "http://127.0.0.1:1" }, datadog: { host: "https://api.datadoghq.eu/" } });
    expect(() => endpointsOf(stack({}), "a.b", "c.d", { DD_API_KEY: "a", DD_APP_KEY: "b" })).toThrow(
      "ILERT_API_TOKEN is not set: the smoke test reads iLert's and Datadog's APIs with the credentials the providers use; export them (for the sandbox: load the environment ilert-datadog sandbox printed)",
    );
  });

  test("the literal endpoint of the provider a resource names wins, as in the provider; an expression is refused", () => {
    const config = {
      provider: {
        ilert: [{ endpoint: "https://ilert.example.com/" }, { alias: "eu", endpoint: "http://127.0.0.1:2" }],
        datadog: [{ api_url: "${var.dd}" }],
      },
      resource: { ilert_alert_source: { S: { provider: "ilert.eu" }, T: {} }, datadog_webhook: { W: {} } },
    };
    expect(providerSetting(stack(config), "ilert_alert_source.S", "ilert", "endpoint")).toBe("http://127.0.0.1:2");
    expect(providerSetting(stack(config), "ilert_alert_source.T", "ilert", "endpoint")).toBe("https://ilert.example.com/");
    expect(providerSetting(stack({}), "ilert_alert_source.T", "ilert", "endpoint")).toBeUndefined();
    expect(() => providerSetting(stack(config), "datadog_webhook.W", "datadog", "api_url")).toThrow(
      "stack payments: the datadog provider of datadog_webhook.W sets api_url by a Terraform expression, which the smoke test cannot evaluate: set DD_HOST and leave api_url unset",
    );
  });

  test("isLocal: loopback addresses and localhost only", () => {
    for (const url of ["http://127.0.0.1:4000", "http://127.8.9.10", "http://localhost:1", "http://api.localhost", "http://[::1]:5"])
      expect([url, isLocal(url)]).toEqual([url, true]);
    for (const url of [
      "https://api.ilert.com",
      "http://10.0.0.1",
      "http://127.0.0.1.example.com",
      "http://[::ffff:127.0.0.1]",
      "not a url",
      "localhost.example.com",
    ])
      expect([url, isLocal(url)]).toEqual([url, false]);
  });

  test("originOf shows a URL without its path (where the integration key is)", () => {
    expect(originOf("http://127.0.0.1:5/api/v1/events/datadog/key")).toBe("http://127.0.0.1:5");
    expect(originOf("nonsense")).toBe("(not a URL)");
  });
});
