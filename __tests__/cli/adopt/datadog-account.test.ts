import { ApiClient } from "../../../cli/adopt/api-client";
import { readCredentials } from "../../../cli/adopt/credentials";
import { mentionedWebhooks, readDatadogAccount } from "../../../cli/adopt/datadog-account";
import { DATADOG, ENV, MONITOR, WEBHOOK, setup, stubFetch } from "../../helpers/adopt-accounts";

describe("mentionedWebhooks", () => {
  test("the names a monitor mentions, in its message and its escalation message, each once", () => {
    const monitor = {
      ...MONITOR,
      message: "{{#is_alert}}@webhook-a{{/is_alert}} @webhook-b_1 @webhook-a",
      options: { escalation_message: "@webhook-c!" },
    };
    expect(mentionedWebhooks(monitor)).toEqual(["a", "b_1", "c"]);
    expect(mentionedWebhooks({ ...MONITOR, message: "no mention, @slack-x" })).toEqual([]);
  });
});

describe("readDatadogAccount", () => {
  test("every monitor page by page, then each webhook by name: mentioned or named; a missing one is listed", async () => {
    const monitors = Array.from({ length: 120 }, (_, i) => ({
      ...MONITOR,
      id: 1 + i,
      message: i === 7 ? "@webhook-gone" : MONITOR.message,
    }));
    const { fetch, requests } = stubFetch(setup({ monitors }));
    const lines: string[] = [];
    const account = await readDatadogAccount(new ApiClient(readCredentials(ENV).datadog, fetch), ["ilert-checkout", "quiet"], (l) =>
      lines.push(l),
    );
    expect(requests.map((r) => r.url.replace(DATADOG, ""))).toEqual([
      "/api/v1/monitor?page=0&page_size=100",
      "/api/v1/monitor?page=1&page_size=100",
      "/api/v1/monitor?page=2&page_size=100",
      "/api/v1/integration/webhooks/configuration/webhooks/ilert-checkout",
      "/api/v1/integration/webhooks/configuration/webhooks/gone",
      "/api/v1/integration/webhooks/configuration/webhooks/quiet",
    ]);
    expect(requests[0].headers).toEqual({ accept: "application/json", "dd-api-key": "api", "dd-application-key": "app" });
    expect([account.monitors.length, [...account.webhooks.values()], account.missingWebhooks]).toEqual([120, [WEBHOOK], ["gone", "quiet"]]);
    expect(lines).toEqual([
      "Datadog monitors: 100 so far",
      "Datadog monitors: 120 so far",
      "Datadog webhooks: 1 found by name, 2 named but missing",
    ]);
  });
});
