import { ADOPT_ENDPOINTS, DATADOG_WEBHOOK, ILERT_ALERT_SOURCE, ILERT_LISTS } from "../../../cli/adopt/endpoints";

describe("the endpoints adopt reads", () => {
  test("GET only: Datadog's key check, the iLert lists, an alert source, Datadog's monitors and a webhook by name", () => {
    expect(ADOPT_ENDPOINTS).toEqual([
      "GET /api/v1/validate",
      "GET /api/alert-sources",
      "GET /api/escalation-policies",
      "GET /api/schedules",
      "GET /api/users",
      "GET /api/teams",
      "GET /api/alert-sources/{id}",
      "GET /api/v1/monitor",
      "GET /api/v1/integration/webhooks/configuration/webhooks/{name}",
    ]);
  });

  test("page sizes are the maxima iLert's OpenAPI document gives", () => {
    expect(Object.fromEntries(Object.entries(ILERT_LISTS).map(([k, v]) => [k, v.paging.size]))).toEqual({
      alertSources: 50,
      escalationPolicies: 50,
      schedules: 20,
      users: 100,
      teams: 100,
    });
  });

  test("ids and names go into paths as given, names encoded", () => {
    expect([ILERT_ALERT_SOURCE(101), DATADOG_WEBHOOK("a/b c")]).toEqual([
      "/api/alert-sources/101",
      "/api/v1/integration/webhooks/configuration/webhooks/a%2Fb%20c",
    ]);
  });
});
