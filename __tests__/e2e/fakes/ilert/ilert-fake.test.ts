import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readSeed } from "./ilert-fake";
import { BASE_URL, call, newFake } from "./test-client";

const policyBody = (extra: object = {}) => ({ name: "Payments", escalationRules: [{ escalationTimeout: 15, user: { id: 11 } }], ...extra });
// What the provider sends: the policy as an EscalationPolicy struct holding only the id.
const sourceBody = (policyId: number, extra: object = {}) => ({
  name: "Payments (Datadog)",
  integrationType: "DATADOG",
  active: true,
  escalationPolicy: { id: policyId, name: "", escalationRules: null },
  ...extra,
});
const ALL_TEMPLATES = "?include=summaryTemplate&include=priorityTemplate";

describe("IlertFake", () => {
  test("refuses a request without the API token, or with a wrong one, with 401 in iLert's error shape", () => {
    const fake = newFake();
    expect(call(fake, "GET", "/api/teams/30", undefined, null)).toEqual({
      status: 401,
      body: expect.objectContaining({ status: 401, code: "UNAUTHORIZED" }),
    });
    expect(call(fake, "GET", "/api/teams/30", undefined, "wrong").status).toBe(401);
    expect(call(fake, "GET", "/api/teams/30").status).toBe(200);
  });

  test.each([
    ["an unknown field", policyBody({ escalationRule: [] }), "body: unknown field 'escalationRule'"],
    ["a wrong type", policyBody({ frequency: "2" }), "body/frequency: must be integer"],
    ["a missing required field", { name: "Payments" }, "body: must have required property 'escalationRules'"],
    [
      "a nested unknown field",
      policyBody({ escalationRules: [{ escalationTimeout: 1, user: { id: 11, mail: "x" } }] }),
      "unknown field 'mail'",
    ],
  ])("refuses %s with 400 and the reason", (_what, body, reason) => {
    const response = call(newFake(), "POST", "/api/escalation-policies", body);
    expect(response.status).toBe(400);
    expect((response.body as { message: string }).message).toContain(reason);
  });

  test("refuses references to what does not exist", () => {
    const fake = newFake();
    expect(
      call(fake, "POST", "/api/escalation-policies", policyBody({ escalationRules: [{ escalationTimeout: 1, user: { id: 99 } }] })).status,
    ).toBe(400);
    expect(call(fake, "POST", "/api/alert-sources", sourceBody(99)).status).toBe(400);
    expect(
      call(fake, "POST", "/api/users/99/notification-preferences/duties", { method: "PUSH", beforeMin: 60, type: "ON_CALL" }).status,
    ).toBe(404);
  });

  test("creates, reads, updates and deletes an escalation policy with numeric ids; 404 once gone", () => {
    const fake = newFake();
    const created = call(fake, "POST", "/api/escalation-policies", policyBody());
    expect(created.status).toBe(201);
    const id = (created.body as { id: number }).id;
    expect(typeof id).toBe("number");
    expect(call(fake, "GET", `/api/escalation-policies/${id}`).body).toMatchObject({
      id,
      name: "Payments",
      escalationRules: [{ user: { id: 11 } }],
    });
    expect(call(fake, "PUT", `/api/escalation-policies/${id}`, policyBody({ name: "Renamed" })).body).toMatchObject({
      id,
      name: "Renamed",
    });
    expect(call(fake, "GET", "/api/escalation-policies/name/Renamed").body).toMatchObject({ id });
    expect(call(fake, "DELETE", `/api/escalation-policies/${id}`)).toEqual({ status: 204 });
    expect(call(fake, "GET", `/api/escalation-policies/${id}`).status).toBe(404);
    expect(fake.state.escalationPolicies.has(id)).toBe(false);
  });

  test("answers teams sorted by id; an update without teams keeps them, an empty list clears them", () => {
    const fake = newFake();
    const { id } = call(fake, "POST", "/api/escalation-policies", policyBody({ teams: [{ id: 30 }, { id: 20 }] })).body as { id: number };
    const teamIds = () =>
      (call(fake, "GET", `/api/escalation-policies/${id}`).body as { teams?: { id: number }[] }).teams?.map((t) => t.id);
    expect(teamIds()).toEqual([20, 30]);
    call(fake, "PUT", `/api/escalation-policies/${id}`, policyBody());
    expect(teamIds()).toEqual([20, 30]);
    call(fake, "PUT", `/api/escalation-policies/${id}`, policyBody({ teams: [] }));
    expect(teamIds()).toEqual([]);
  });

  test("answers an alert source with its key, URL, status and policy; filterOperator only for EMAIL sources", () => {
    const fake = newFake();
    const source = call(fake, "POST", "/api/alert-sources", sourceBody(40, { filterOperator: "AND", resolveFilterOperator: "AND" }))
      .body as any;
    expect(source).toMatchObject({
      integrationType: "DATADOG",
      status: "ALL_RESOLVED",
      active: true,
      escalationPolicy: { id: 40, name: "Search on-call" },
    });
    expect(source.integrationKey).toMatch(/^il1dat[0-9a-f]+$/);
    expect(source.integrationUrl).toBe(`${BASE_URL}/api/v1/events/datadog/${source.integrationKey}`);
    expect(source).not.toHaveProperty("filterOperator");
    expect(source).not.toHaveProperty("resolveFilterOperator");
    const email = call(
      fake,
      "POST",
      "/api/alert-sources",
      sourceBody(40, { integrationType: "EMAIL", integrationKey: "x@ilert.eu", filterOperator: "OR" }),
    );
    expect(email.body).toMatchObject({ integrationKey: "x@ilert.eu", filterOperator: "OR" });
  });

  test("answers the templates of an alert source only when asked with include=", () => {
    const fake = newFake();
    const { id } = call(fake, "POST", "/api/alert-sources", sourceBody(40, { summaryTemplate: { textTemplate: "{{ title }}" } })).body as {
      id: number;
    };
    expect(call(fake, "GET", `/api/alert-sources/${id}`).body).not.toHaveProperty("summaryTemplate");
    expect(call(fake, "GET", `/api/alert-sources/${id}${ALL_TEMPLATES}`).body).toMatchObject({
      summaryTemplate: { textTemplate: "{{ title }}" },
    });
  });

  test("the Datadog intake opens an alert at the source's integration URL, then resolves it; 404 elsewhere", () => {
    const fake = newFake();
    const schedule = call(fake, "POST", "/api/schedules", {
      id: 0,
      name: "Rotation",
      timezone: "Europe/Berlin",
      type: "RECURRING",
      scheduleLayers: [{ name: "L1", startsOn: "2026-01-05T09:00", rotation: "P7D", users: [{ id: 12 }, { id: 11 }] }],
    }).body as { id: number; defaultShiftDuration: string };
    expect(schedule.defaultShiftDuration).toBe("P7D");
    const policy = call(
      fake,
      "POST",
      "/api/escalation-policies",
      policyBody({ escalationRules: [{ escalationTimeout: 5, schedule: { id: schedule.id, name: "", timezone: "", type: "" } }] }),
    ).body as { id: number };
    const source = call(
      fake,
      "POST",
      "/api/alert-sources",
      sourceBody(policy.id, {
        summaryTemplate: { textTemplate: "{{ org.name }}: {{ title }}" },
        priorityTemplate: { valueTemplate: { textTemplate: "{{ alert_priority }}" }, mappings: [{ value: "P3", priority: "LOW" }] },
      }),
    ).body as { id: number; integrationUrl: string };
    const intake = new URL(source.integrationUrl).pathname;
    const event = (transition: string) => ({
      alert_id: "7",
      alert_transition: transition,
      title: "CPU high",
      org: { id: "1", name: "Acme" },
      alert_priority: "P3",
    });

    expect(call(fake, "POST", intake, event("Triggered"), null).status).toBe(202);
    expect(call(fake, "GET", `/api/alert-sources/${source.id}`).body).toMatchObject({ status: "PENDING" });
    expect(call(fake, "POST", intake, event("Recovered"), null).status).toBe(202);
    expect(fake.state.alerts).toEqual([
      {
        id: expect.any(Number),
        alertSourceId: source.id,
        alertKey: "7",
        status: "RESOLVED",
        summary: "Acme: CPU high",
        priority: "LOW",
        escalationPolicyId: policy.id,
        firstTarget: { type: "SCHEDULE", id: schedule.id, name: "Rotation" },
        events: ["Triggered", "Recovered"],
        reportTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
        resolvedOn: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
      },
    ]);
    expect(call(fake, "POST", "/api/v1/events/datadog/il1datunknown", event("Triggered"), null).status).toBe(404);
    expect(call(fake, "POST", intake, { title: "no key" }, null).status).toBe(400);
  });

  test("looks up users by email and their login email contact; reminders need the user's own contact", () => {
    const fake = newFake();
    expect(call(fake, "POST", "/api/users/search-email", { email: "bob@example.com" }).body).toMatchObject({ id: 12 });
    expect(call(fake, "POST", "/api/users/search-email", { email: "nobody@example.com" }).status).toBe(404);
    const contact = call(fake, "POST", "/api/users/11/contacts/emails/search-target", { target: "alice@example.com" }).body as {
      id: number;
    };
    const reminder = { method: "EMAIL", beforeMin: 60, type: "ON_CALL", contact: { id: contact.id } };
    expect(call(fake, "POST", "/api/users/12/notification-preferences/duties", reminder).status).toBe(400);
    const created = call(fake, "POST", "/api/users/11/notification-preferences/duties", reminder).body as { id: number };
    expect(fake.state.dutyPreferences.get(created.id)).toMatchObject({ userId: 11, method: "EMAIL", contact: { id: contact.id } });
    expect(call(fake, "GET", `/api/users/12/notification-preferences/duties/${created.id}`).status).toBe(404);
  });

  test("a request the fake does not model is refused with 400, not the 404 the provider would read as deleted", () => {
    const fake = newFake();
    expect(call(fake, "GET", "/api/heartbeat-monitors/1")).toMatchObject({
      status: 400,
      body: { message: "the iLert fake does not model GET /api/heartbeat-monitors/1" },
    });
    expect([fake.answers("GET", "/api/users/1"), fake.answers("GET", "/api/heartbeat-monitors/1")]).toEqual([true, false]);
  });

  test("a layer's restrictions take the API's TIMES_OF_WEEK, not ilert-go's misspelt constants", () => {
    const layer = (restrictionType: string) => ({
      name: "Weekdays",
      startsOn: "2026-01-05T09:00",
      rotation: "P7D",
      users: [{ id: 11 }],
      restrictionType,
      restrictions: [{ from: { dayOfWeek: "MONDAY", time: "09:00" }, to: { dayOfWeek: "FRIDAY", time: "17:00" } }],
    });
    const schedule = (restrictionType: string) => ({
      name: "S",
      timezone: "Europe/Berlin",
      type: "RECURRING",
      scheduleLayers: [layer(restrictionType)],
    });
    const fake = newFake();
    expect(call(fake, "POST", "/api/schedules", schedule("TIMES_OF_WEEK")).status).toBe(201);
    expect(call(fake, "POST", "/api/schedules", schedule("TIME_OF_WEEK"))).toMatchObject({
      status: 400,
      body: { message: "invalid schedule: body/scheduleLayers/0/restrictionType: must be one of TIMES_OF_WEEK" },
    });
  });

  test("readSeed names the file and the problem of a bad seed", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ilert-seed-")), "seed.json");
    fs.writeFileSync(file, JSON.stringify({ users: [{ id: "1", email: "a@example.com" }], teams: [] }));
    expect(() => readSeed(file)).toThrow(new RegExp(`invalid iLert seed ${file}: /users/0/id must be integer`));
    expect(readSeed(path.join(__dirname, "..", "seed.json")).users.map((u) => u.email)).toContain("carol@example.com");
  });
});
