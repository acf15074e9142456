import { isSmokeAlert, listAlerts, readAlert, readAlertSource } from "../../../cli/smoke-test/ilert-api";
import { startStub } from "./vendor-stub";

describe("the iLert API reads of the smoke test", () => {
  test("the documented endpoints, with the token as a bearer, on the endpoint with or without a trailing slash", async () => {
    const stub = await startStub(() => ({ status: 200, body: [] }));
    try {
      const api = { endpoint: `${stub.url}/`, token: "secret" };
      await readAlertSource(api, "1011");
      await listAlerts(api, "1011", new Date("2026-03-23T09:00:00Z"));
      await readAlert(api, 5000);
      expect(stub.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
        "/api/alert-sources/1011?",
        "/api/alerts?sources=1011&from=2026-03-23T09%3A00%3A00.000Z&max-results=100",
        "/api/alerts/5000?",
      ]);
      expect(stub.requests.every((r) => r.headers.authorization === "Bearer secret" && r.headers.accept === "application/json")).toBe(true);
    } finally {
      await stub.close();
    }
  });

  test("isSmokeAlert: on the source, and keyed by the event's alert_id or summarised with the marker", () => {
    const alert = (extra: object) => ({ id: 1, status: "PENDING", alertSource: { id: 1011 }, ...extra });
    expect(isSmokeAlert(alert({ alertKey: "42" }), "1011", "42", "[smoke test]")).toBe(true);
    expect(isSmokeAlert(alert({ summary: "[Triggered] [smoke test] x" }), "1011", "42", "[smoke test]")).toBe(true);
    expect(isSmokeAlert(alert({ alertKey: "41", summary: "CPU high" }), "1011", "42", "[smoke test]")).toBe(false);
    expect(isSmokeAlert({ ...alert({ alertKey: "42" }), alertSource: { id: 7 } }, "1011", "42", "[smoke test]")).toBe(false);
  });
});
