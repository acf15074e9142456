import * as http from "http";
import type { AddressInfo } from "net";
import { ApiError, FakeResponse } from "../fake-server";
import { DatadogFake } from "./datadog-fake";
import { modelProblems } from "./models";
import { DEFAULT_PAYLOAD } from "./webhooks";

const KEYS = { "dd-api-key": "api-key", "dd-application-key": "app-key" };
const WEBHOOKS = "/api/v1/integration/webhooks/configuration/webhooks";
const PAYLOAD = '{"body":"$EVENT_MSG","alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","title":"$EVENT_TITLE"}';

/** The monitor body provider 3.82.0 sends for the example app's monitor (recorded against the fake). */
const MONITOR = {
  draft_status: "published",
  message: "{{#is_alert}}Checkout errors above 50.{{/is_alert}}\n@webhook-ilert-payments",
  name: "Payments: checkout error rate",
  options: { include_tags: true, new_host_delay: 300, notify_no_data: false, require_full_window: true, thresholds: { critical: 50 } },
  priority: 1,
  query: "sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50",
  restricted_roles: null,
  tags: ["team:payments"],
  type: "query alert",
};

let fake: DatadogFake;
beforeEach(() => {
  fake = new DatadogFake({ apiKey: "api-key", appKey: "app-key", orgName: "Payments Org" });
});

/** Calls the fake as the HTTP layer does: a refusal comes back as its status and body. */
async function call(
  method: string,
  path: string,
  body?: unknown,
  options: { headers?: object; query?: string } = {},
): Promise<FakeResponse> {
  const request = { method, path, body, query: new URLSearchParams(options.query), headers: { ...KEYS, ...options.headers } };
  try {
    fake.authenticate(request);
    return await fake.handle(request);
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, body: e.body };
    throw e;
  }
}

describe("credentials", () => {
  test("a wrong key is refused with 403 Forbidden", async () => {
    expect(await call("GET", "/api/v1/validate", undefined, { headers: { "dd-api-key": "wrong" } })).toEqual({
      status: 403,
      body: { errors: ["Forbidden"] },
    });
    expect(await call("GET", `${WEBHOOKS}/x`, undefined, { headers: { "dd-application-key": "wrong" } })).toEqual({
      status: 403,
      body: { errors: ["Forbidden"] },
    });
  });

  test("/validate checks the API key only", async () => {
    expect(await call("GET", "/api/v1/validate", undefined, { headers: { "dd-application-key": "wrong" } })).toEqual({
      status: 200,
      body: { valid: true },
    });
  });
});

describe("webhooks", () => {
  test("create and read echo payload and encode_as exactly, without custom_headers when not sent", async () => {
    const sent = { name: "ilert-payments", url: "https://api.ilert.com/x", payload: PAYLOAD, encode_as: "form" };
    const created = await call("POST", WEBHOOKS, sent);
    expect(created).toEqual({ status: 201, body: sent });
    expect(Object.keys(created.body as object)).not.toContain("custom_headers");
    expect(await call("GET", `${WEBHOOKS}/ilert-payments`)).toEqual({ status: 200, body: sent });
  });

  test("stores Datadog's default payload and json when neither is sent; echoes custom_headers when sent", async () => {
    const created = await call("POST", WEBHOOKS, { name: "bare", url: "https://x", custom_headers: '{"X-A":"1"}' });
    expect(created.body).toEqual({
      name: "bare",
      url: "https://x",
      payload: DEFAULT_PAYLOAD,
      encode_as: "json",
      custom_headers: '{"X-A":"1"}',
    });
  });

  test.each([
    [{ name: "a", url: "https://x", colour: "red" }, "colour: unknown field"],
    [{ name: "a", url: 42 }, "url: expected a string, got number 42"],
    [{ name: "a", url: "https://x", encode_as: "xml" }, 'encode_as: "xml" is not one of "json", "form"'],
    [{ name: "a" }, "url: missing required field"],
    [{ name: "a", url: "https://x", custom_headers: "X-A: 1" }, "custom_headers: must be a JSON object"],
    [{ name: "with space", url: "https://x" }, "Invalid webhook"],
  ])("refuses %j with a 400 naming the problem", async (body, reason) => {
    const refused = await call("POST", WEBHOOKS, body);
    expect(refused.status).toBe(400);
    expect((refused.body as { errors: string[] }).errors.join()).toContain(reason);
    expect(fake.state.webhooks.size).toBe(0);
  });

  test("refuses a second webhook with the same name", async () => {
    await call("POST", WEBHOOKS, { name: "a", url: "https://x" });
    expect(await call("POST", WEBHOOKS, { name: "a", url: "https://y" })).toMatchObject({ status: 400 });
  });

  test("PUT to the previous name renames, keeping what is not sent", async () => {
    await call("POST", WEBHOOKS, { name: "old", url: "https://x", payload: PAYLOAD });
    const renamed = await call("PUT", `${WEBHOOKS}/old`, { name: "new", url: "https://y" });
    expect(renamed).toEqual({ status: 200, body: { name: "new", url: "https://y", payload: PAYLOAD, encode_as: "json" } });
    expect(await call("GET", `${WEBHOOKS}/old`)).toEqual({ status: 404, body: { errors: ["Webhook does not exist"] } });
    expect([...fake.state.webhooks.keys()]).toEqual(["new"]);
  });

  test("DELETE answers {} and then 404", async () => {
    await call("POST", WEBHOOKS, { name: "a", url: "https://x" });
    expect(await call("DELETE", `${WEBHOOKS}/a`)).toEqual({ status: 200, body: {} });
    expect(await call("DELETE", `${WEBHOOKS}/a`)).toMatchObject({ status: 404 });
  });
});

describe("monitors", () => {
  test("round trip: validate, create, read, validate existing, update, delete", async () => {
    expect(await call("POST", "/api/v1/monitor/validate", MONITOR)).toEqual({ status: 200, body: {} });
    const created = await call("POST", "/api/v1/monitor", MONITOR);
    expect(created.status).toBe(200);
    const monitor = created.body as any;
    expect(monitor).toMatchObject({ ...MONITOR, id: expect.any(Number), multi: false, overall_state: "No Data", deleted: null });
    // The API's recorded responses carry `creator.id`, which the client's Creator model lacks.
    const { creator, ...rest } = monitor;
    expect(modelProblems(rest, "Monitor")).toEqual([]);
    expect(Object.keys(creator).sort()).toEqual(["email", "handle", "id", "name"]);
    const path = `/api/v1/monitor/${monitor.id}`;
    expect(await call("GET", path)).toEqual({ status: 200, body: monitor });
    expect(await call("POST", `${path}/validate`, MONITOR)).toEqual({ status: 200, body: {} });
    const updated = await call("PUT", path, { ...MONITOR, id: monitor.id, message: "changed @webhook-x", priority: null });
    expect(updated.body).toMatchObject({ id: monitor.id, message: "changed @webhook-x", priority: null, created: monitor.created });
    expect(await call("DELETE", path, undefined, { query: "force=true" })).toEqual({
      status: 200,
      body: { deleted_monitor_id: monitor.id },
    });
    expect(await call("GET", path)).toEqual({ status: 404, body: { errors: ["Monitor not found"] } });
  });

  test.each([
    [{ ...MONITOR, options: { ...MONITOR.options, colour: 1 } }, "options.colour: unknown field"],
    [{ ...MONITOR, options: { ...MONITOR.options, thresholds: { critical: "50" } } }, "options.thresholds.critical: expected a number"],
    [{ ...MONITOR, type: "query-ish alert" }, 'type: "query-ish alert" is not one of'],
    [{ ...MONITOR, query: undefined }, "query: missing required field"],
    [{ ...MONITOR, name: null }, "name: must not be null"],
    [{ ...MONITOR, options: { thresholds: { critical: 40 } } }, "Alert threshold (40) does not match that used in the query (50)."],
    [{ ...MONITOR, priority: 6 }, "priority: 6 is not between 1 and 5"],
  ])("validate and create refuse %j with a 400", async (body, reason) => {
    for (const path of ["/api/v1/monitor/validate", "/api/v1/monitor"]) {
      const refused = await call("POST", path, body);
      expect(refused.status).toBe(400);
      expect((refused.body as { errors: string[] }).errors.join()).toContain(reason);
    }
    expect(fake.state.monitors.size).toBe(0);
  });

  test("a metric alert without a critical threshold gets the query's, as Datadog stores it", async () => {
    const withoutThreshold = { ...MONITOR, options: { ...MONITOR.options, thresholds: {} } };
    const created = (await call("POST", "/api/v1/monitor", withoutThreshold)).body as any;
    expect(created.options.thresholds).toEqual({ critical: 50 });
    const updated = await call("PUT", `/api/v1/monitor/${created.id}`, { ...withoutThreshold, query: "avg(last_5m):avg:x{*} < 0.5" });
    expect((updated.body as any).options.thresholds).toEqual({ critical: 0.5 });
  });

  test("refuses unknown ids and query parameters", async () => {
    expect(await call("POST", "/api/v1/monitor/42/validate", MONITOR)).toMatchObject({ status: 404 });
    expect(await call("PUT", "/api/v1/monitor/42", MONITOR)).toMatchObject({ status: 404 });
    const id = ((await call("POST", "/api/v1/monitor", MONITOR)).body as any).id;
    expect(await call("GET", `/api/v1/monitor/${id}`, undefined, { query: "verbose=1" })).toMatchObject({ status: 400 });
  });
});

describe("notify", () => {
  let receiver: http.Server;
  let url: string;
  const received: { path: string; type?: string; header?: string; body: string }[] = [];

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ path: req.url ?? "", type: req.headers["content-type"], header: req.headers["x-team"] as string, body });
        res.writeHead(202, { "content-type": "application/json" }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
  beforeEach(() => void received.splice(0));

  test("posts each mentioned webhook's payload for the transition, honouring conditional blocks", async () => {
    await call("POST", WEBHOOKS, { name: "ilert-payments", url: `${url}/ilert`, payload: PAYLOAD });
    await call("POST", WEBHOOKS, {
      name: "form",
      url: `${url}/form`,
      encode_as: "form",
      custom_headers: '{"X-Team":"pay"}',
      payload: '{"t":"$EVENT_TITLE"}',
    });
    const message =
      "Errors!\n{{#is_alert}}@webhook-ilert-payments{{/is_alert}} {{#is_recovery}}@webhook-form{{/is_recovery}} @webhook-missing";
    const id = ((await call("POST", "/api/v1/monitor", { ...MONITOR, message })).body as any).id;

    const triggered = await fake.notify(id, "Triggered");
    expect(triggered).toEqual([
      { webhook: "ilert-payments", url: `${url}/ilert`, payload: expect.any(String), status: 202, response: { ok: true } },
    ]);
    expect(JSON.parse(triggered[0].payload)).toEqual({
      body: "Errors!\n@webhook-ilert-payments  @webhook-missing",
      alert_transition: "Triggered",
      alert_id: String(id),
      title: "[Triggered] Payments: checkout error rate",
    });
    expect(fake.state.monitors.get(id)?.overall_state).toBe("Alert");

    const recovered = await fake.notify(id, "Recovered");
    expect(recovered.map((d) => d.webhook)).toEqual(["form"]);
    expect(received[1]).toEqual({
      path: "/form",
      type: "application/x-www-form-urlencoded",
      header: "pay",
      body: "t=%5BRecovered%5D+Payments%3A+checkout+error+rate",
    });
  });

  test("refuses an unknown transition or monitor", async () => {
    await expect(fake.notify(1, "Exploded")).rejects.toThrow(/unknown alert transition/);
    await expect(fake.notify(1, "Triggered")).rejects.toThrow(/Monitor not found/);
  });
});
