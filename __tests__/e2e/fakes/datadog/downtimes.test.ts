import { ApiError, FakeResponse } from "../fake-server";
import { DatadogFake } from "./datadog-fake";
import { modelProblems } from "./models";

const KEYS = { "dd-api-key": "api-key", "dd-application-key": "app-key" };
const MONITOR = { name: "Checkout errors", type: "query alert", query: "avg(last_5m):avg:checkout.errors{*} > 5", message: "m" };

let fake: DatadogFake;
let monitorId: number;
beforeEach(async () => {
  fake = new DatadogFake({ apiKey: "api-key", appKey: "app-key" });
  monitorId = ((await call("POST", "/api/v1/monitor", MONITOR)).body as { id: number }).id;
});

async function call(method: string, path: string, body?: unknown, query?: string): Promise<FakeResponse> {
  const request = { method, path, body, query: new URLSearchParams(query), headers: KEYS };
  try {
    fake.authenticate(request);
    return await fake.handle(request);
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, body: e.body };
    throw e;
  }
}

/** A create body as provider 3.82.0 sends it for a config without the optional attributes (display_timezone "" when unset). */
const oneTime = (attributes: object = {}) => ({
  data: {
    attributes: {
      display_timezone: "",
      monitor_identifier: { monitor_id: monitorId },
      mute_first_recovery_notification: false,
      schedule: { start: "2050-01-02T03:04:05Z", end: "2050-01-02T05:04:05Z" },
      scope: "*",
      ...attributes,
    },
    type: "downtime",
  },
});
const recurring = (attributes: object = {}, recurrence: object = {}) =>
  oneTime({
    display_timezone: "Europe/Berlin",
    schedule: {
      timezone: "Europe/Berlin",
      recurrences: [{ duration: "2h", rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2050-01-04T22:00:00", ...recurrence }],
    },
    ...attributes,
  });

describe("v2 downtimes", () => {
  test("a one-time downtime: Datadog's defaults for what is not sent, times as the API writes them, a JSON:API body its model accepts", async () => {
    const created = await call("POST", "/api/v2/downtime", oneTime());
    expect(created.status).toBe(200);
    const { data, included } = created.body as any;
    expect(modelProblems(created.body, "DowntimeResponse", "", 2)).toEqual([]);
    expect(data).toMatchObject({
      type: "downtime",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      relationships: { monitor: { data: { type: "monitors", id: String(monitorId) } } },
    });
    const { created: at, modified, ...attributes } = data.attributes;
    expect([at, modified]).toEqual([expect.stringMatching(/\+00:00$/), at]);
    expect(attributes).toEqual({
      canceled: null,
      display_timezone: "UTC",
      message: null,
      monitor_identifier: { monitor_id: monitorId },
      mute_first_recovery_notification: false,
      notify_end_states: ["alert", "no data", "warn"],
      notify_end_types: ["expired"],
      schedule: { start: "2050-01-02T03:04:05+00:00", end: "2050-01-02T05:04:05+00:00" },
      scope: "*",
      status: "scheduled",
    });
    expect(included).toEqual([expect.objectContaining({ type: "users" })]);
    expect(await call("GET", `/api/v2/downtime/${data.id}`, undefined, "include=created_by")).toEqual({ status: 200, body: { data } });
  });

  test("a recurring downtime is echoed as sent; its time zone must be display_timezone's", async () => {
    const { body } = await call("POST", "/api/v2/downtime", recurring({ message: "Patches", notify_end_types: ["canceled"] }));
    expect((body as any).data.attributes).toMatchObject({
      display_timezone: "Europe/Berlin",
      message: "Patches",
      notify_end_types: ["canceled"],
      schedule: {
        timezone: "Europe/Berlin",
        recurrences: [{ duration: "2h", rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2050-01-04T22:00:00" }],
      },
      status: "scheduled",
    });
    expect(modelProblems(body, "DowntimeResponse", "", 2)).toEqual([]);
    expect(await call("POST", "/api/v2/downtime", recurring({ display_timezone: "" }))).toEqual({
      status: 400,
      body: { errors: ['display_timezone "UTC" must match schedule.timezone "Europe/Berlin"'] },
    });
  });

  test.each<[string, () => unknown, string[]]>([
    [
      "an unknown field (the models)",
      () => oneTime({ name: "x" }),
      ["data.attributes.name: unknown field (not in the API's DowntimeCreateRequestAttributes model)"],
    ],
    [
      "no scope (the models)",
      () => ({ data: { attributes: { monitor_identifier: { monitor_tags: ["*"] } }, type: "downtime" } }),
      ["data.attributes.scope: missing required field"],
    ],
    [
      "an unknown end state (the models)",
      () => oneTime({ notify_end_states: ["ok"] }),
      ['data.attributes.notify_end_states[0]: "ok" is not one of "alert", "no data", "warn"'],
    ],
    [
      "DTSTART in the rule",
      () => recurring({}, { rrule: "FREQ=DAILY;DTSTART=20500101T000000" }),
      ["schedule.recurrences[0].rrule: DTSTART is not supported"],
    ],
    ["a rule without FREQ", () => recurring({}, { rrule: "BYDAY=MO" }), ['schedule.recurrences[0].rrule: "BYDAY=MO" has no FREQ']],
    [
      "an ISO duration",
      () => recurring({}, { duration: "PT2H" }),
      ['schedule.recurrences[0].duration: "PT2H" is not an integer and m, h, d or w'],
    ],
    [
      "a start with an offset",
      () => recurring({}, { start: "2050-01-04T22:00:00Z" }),
      ['schedule.recurrences[0].start: "2050-01-04T22:00:00Z" is not a date-time without offset'],
    ],
    [
      "an unknown time zone",
      () =>
        recurring({
          display_timezone: "Mars/Olympus",
          schedule: { timezone: "Mars/Olympus", recurrences: [{ duration: "1h", rrule: "FREQ=DAILY", start: "2050-01-04T22:00:00" }] },
        }),
      ['display_timezone: "Mars/Olympus" is not a time zone'],
    ],
    [
      "an end before the start",
      () => oneTime({ schedule: { start: "2050-01-02T03:04:05Z", end: "2050-01-01T03:04:05Z" } }),
      ["schedule.end: must be after schedule.start"],
    ],
    [
      "a monitor that does not exist",
      () => oneTime({ monitor_identifier: { monitor_id: 42 } }),
      ["monitor_identifier.monitor_id: no monitor 42"],
    ],
  ])("refuses %s with 400", async (_what, body, errors) => {
    expect(await call("POST", "/api/v2/downtime", body())).toEqual({ status: 400, body: { errors } });
  });

  test("six recurrences are refused (at most five)", async () => {
    const recurrences = Array(6).fill({ duration: "1h", rrule: "FREQ=DAILY", start: "2050-01-04T22:00:00" });
    expect(await call("POST", "/api/v2/downtime", recurring({ schedule: { timezone: "Europe/Berlin", recurrences } }))).toEqual({
      status: 400,
      body: { errors: ["schedule.recurrences: 1 to 5 recurrences, got 6"] },
    });
  });

  test("PATCH replaces what it sends (data.id empty, as the provider sends it); null message and display_timezone reset them", async () => {
    const id = ((await call("POST", "/api/v2/downtime", oneTime({ message: "m" }))).body as any).data.id;
    const patch = (attributes: object, dataId = "") =>
      call("PATCH", `/api/v2/downtime/${id}`, { data: { attributes, id: dataId, type: "downtime" } });
    const updated = await patch({
      display_timezone: null,
      message: null,
      mute_first_recovery_notification: true,
      monitor_identifier: { monitor_id: monitorId },
      schedule: { start: "2050-01-02T03:04:05Z", end: null },
      scope: "env:prod",
    });
    expect((updated.body as any).data.attributes).toMatchObject({
      display_timezone: "UTC",
      message: null,
      mute_first_recovery_notification: true,
      schedule: { start: "2050-01-02T03:04:05+00:00", end: null },
      scope: "env:prod",
    });
    expect(await patch({ scope: "*" }, "another")).toEqual({
      status: 400,
      body: { errors: [`data.id "another" is not the downtime's id ${id}`] },
    });
  });

  test("DELETE cancels: 204, the downtime stays readable as canceled, cannot be updated, and canceling again answers 204", async () => {
    const id = ((await call("POST", "/api/v2/downtime", oneTime())).body as any).data.id;
    expect(await call("DELETE", `/api/v2/downtime/${id}`)).toEqual({ status: 204 });
    const read = (await call("GET", `/api/v2/downtime/${id}`)).body as any;
    expect([read.data.attributes.status, read.data.attributes.canceled]).toEqual(["canceled", expect.stringMatching(/\+00:00$/)]);
    expect(await call("PATCH", `/api/v2/downtime/${id}`, { data: { attributes: { scope: "*" }, id: "", type: "downtime" } })).toEqual({
      status: 400,
      body: { errors: ["Cannot update a canceled downtime"] },
    });
    expect(await call("DELETE", `/api/v2/downtime/${id}`)).toEqual({ status: 204 });
    expect(fake.state.downtimes.size).toBe(1);
  });

  test("an unknown downtime is a 404 (the provider then drops it from state)", async () => {
    for (const method of ["GET", "DELETE"]) {
      expect(await call(method, "/api/v2/downtime/00000000-0000-0000-0000-000000000000")).toEqual({
        status: 404,
        body: { errors: ["Downtime not found"] },
      });
    }
  });
});
