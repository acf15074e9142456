import { BrokenLink, failLine, integrationLabel, LINKS, okLine, redacted } from "../../../cli/smoke-test/smoke-result";

const INTEGRATION = {
  stack: "payments",
  webhook: {
    address: "datadog_webhook.W",
    name: "ilert-payments-datadog",
    url: "http://127.0.0.1:1/api/v1/events/datadog/il1datkey0123456789",
  },
  source: {
    address: "ilert_alert_source.S",
    id: "1011",
    name: "Payments (Datadog)",
    integrationUrl: "http://127.0.0.1:1/api/v1/events/datadog/il1datkey0123456789",
    escalationPolicyId: "1010",
  },
};

describe("the smoke test's lines", () => {
  test("an integration is named by its stack, its webhook's handle and its alert source", () => {
    expect(integrationLabel(INTEGRATION)).toBe('payments: @webhook-ilert-payments-datadog -> alert source 1011 "Payments (Datadog)"');
  });

  test("ok: the alert, its priority, the policy it was routed to, and how long it took", () => {
    expect(okLine("L", { alertId: 1012, priority: "LOW", policyId: "1010", policyName: "Payments", seconds: 0.43 })).toBe(
      'ok    L: alert 1012 opened (LOW), routed to escalation policy 1010 "Payments", resolved (0.4 s)',
    );
    expect(okLine("L", { alertId: 1, priority: "HIGH", policyId: "9", seconds: 2 })).toBe(
      "ok    L: alert 1 opened (HIGH), routed to escalation policy 9, resolved (2.0 s)",
    );
  });

  test("FAIL: the broken link by name, then what was found", () => {
    expect(failLine("L", new BrokenLink("wrong policy", "alert 3 was routed elsewhere"))).toBe(
      "FAIL  L: wrong policy: alert 3 was routed elsewhere",
    );
    expect(LINKS).toEqual([
      "incomplete",
      "iLert API",
      "source missing",
      "source inactive",
      "Datadog API",
      "webhook missing",
      "webhook posts elsewhere",
      "webhook payload",
      "URL not answering",
      "alert not opened",
      "wrong policy",
      "not resolved",
    ]);
  });

  test("redacted hides an integration key wherever it appears", () => {
    expect(redacted("no DATADOG alert source with integration key il1datkey0123456789", ["il1datkey0123456789"])).toBe(
      "no DATADOG alert source with integration key <integration key>",
    );
    // Too short to be a key: left alone rather than garbling the text.
    expect(redacted("abc", ["a"])).toBe("abc");
  });
});
