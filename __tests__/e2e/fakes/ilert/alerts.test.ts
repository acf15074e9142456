import { BASE_URL, call, messageOf, newFake } from "./test-client";
import type { IlertFake } from "./ilert-fake";

// GET /api/alerts and /api/alerts/{id}: what the Datadog intake opened, listed and read as iLert's API reference has them.

/** A fake with a policy paging alice (11), two DATADOG sources on it, and `alerts` events sent: [source index, alert_id, transition]. */
function withAlerts(...events: [number, string, string][]): {
  fake: IlertFake;
  sources: { id: number; integrationUrl: string }[];
  policy: number;
} {
  const fake = newFake();
  const policy = (
    call(fake, "POST", "/api/escalation-policies", { name: "Payments", escalationRules: [{ escalationTimeout: 5, user: { id: 11 } }] })
      .body as { id: number }
  ).id;
  const sources = ["Payments (Datadog)", "Search (Datadog)"].map(
    (name) =>
      call(fake, "POST", "/api/alert-sources", { name, integrationType: "DATADOG", escalationPolicy: { id: policy } }).body as {
        id: number;
        integrationUrl: string;
      },
  );
  for (const [index, alertId, transition] of events) {
    const intake = new URL(sources[index].integrationUrl).pathname;
    expect(
      call(fake, "POST", intake, { alert_id: alertId, alert_transition: transition, title: `[${transition}] monitor ${alertId}` }, null)
        .status,
    ).toBe(202);
  }
  return { fake, sources, policy };
}

const ids = (response: { body?: unknown }) => (response.body as { id: number }[]).map((a) => a.id);

describe("the iLert fake's alerts", () => {
  test("an alert as the API answers it: source and policy embedded, times, the first rule's user as responder", () => {
    const { fake, sources, policy } = withAlerts([0, "7", "Triggered"], [0, "7", "Recovered"]);
    const [alert] = call(fake, "GET", "/api/alerts").body as Record<string, unknown>[];
    expect(alert).toEqual({
      id: expect.any(Number),
      summary: "[Triggered] monitor 7",
      reportTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      resolvedOn: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      status: "RESOLVED",
      priority: "HIGH",
      alertKey: "7",
      alertSource: {
        id: sources[0].id,
        name: "Payments (Datadog)",
        integrationType: "DATADOG",
        escalationPolicy: { id: policy, name: "Payments" },
        teams: [],
      },
      escalationPolicy: { id: policy, name: "Payments" },
      responders: [
        {
          user: { id: 11, username: "alice@example.com", firstName: "Alice", lastName: "A", email: "alice@example.com" },
          status: "PENDING",
        },
      ],
    });
    expect(call(fake, "GET", `/api/alerts/${alert.id}?include=escalationRules&include=nextEscalationUser`).body).toEqual(alert);
    expect(call(fake, "GET", `${BASE_URL}/api/alerts/99999`)).toEqual({
      status: 404,
      body: expect.objectContaining({ message: "alert 99999 not found" }),
    });
  });

  test("filters by source, state, policy and responder under both names (the reference's and ilert-go's), newest first", () => {
    const { fake, sources, policy } = withAlerts(
      [0, "1", "Triggered"],
      [1, "2", "Triggered"],
      [0, "3", "Triggered"],
      [0, "3", "Recovered"],
    );
    const all = ids(call(fake, "GET", "/api/alerts"));
    expect(all).toHaveLength(3);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const [third, second, first] = all;
    for (const [query, expected] of [
      [`sources=${sources[0].id}`, [third, first]],
      [`alert-source=${sources[0].id}`, [third, first]],
      [`sources=${sources[0].id}&sources=${sources[1].id}`, [third, second, first]],
      ["states=PENDING", [second, first]],
      ["state=RESOLVED", [third]],
      ["states=ACCEPTED", []],
      [`policies=${policy}`, [third, second, first]],
      ["responders=11", [third, second, first]],
      ["assigned-to=alice@example.com", [third, second, first]],
      ["assigned-to=12", []],
      [`sources=${sources[0].id}&states=PENDING`, [first]],
      ["start-index=1&max-results=1", [second]],
      ["from=2000-01-01T00:00:00Z&until=2999-01-01T00:00:00Z", [third, second, first]],
      ["from=2999-01-01T00:00:00Z", []],
    ] as [string, number[]][]) {
      expect({ query, alerts: ids(call(fake, "GET", `/api/alerts?${query}`)) }).toEqual({ query, alerts: expected });
    }
  });

  test("refuses what the reference does not allow, with 400 naming it", () => {
    const { fake } = withAlerts();
    for (const [query, message] of [
      ["status=PENDING", "unknown query parameter: status"],
      ["states=OPEN", 'state: "OPEN" is not one of PENDING, ACCEPTED, RESOLVED, NEW'],
      ["sources=abc", 'sources: "abc" is not a numeric id'],
      ["max-results=101", 'max-results: "101" is not a whole number from 1 to 100'],
      ["start-index=-1", 'start-index: "-1" is not a whole number from 0 to 9007199254740991'],
      ["from=yesterday", 'from: "yesterday" is not an ISO 8601 date-time, e.g. 2026-03-23T09:00:00Z'],
      ["include=customDetails", 'include: "customDetails" is not one of nextEscalationUser'],
    ]) {
      const response = call(fake, "GET", `/api/alerts?${query}`);
      expect({ query, status: response.status, message: messageOf(response) }).toEqual({ query, status: 400, message });
    }
    expect(call(fake, "GET", "/api/alerts", undefined, null).status).toBe(401);
  });
});
