import { call, idOf, messageOf, newFake } from "./test-client";

// What provider 2.20.0 sends for `ilert_user` (buildUser: the defaults of timezone, language and role included).
const ANN = { firstName: "Ann", lastName: "Example", email: "ann@example.com", timezone: "Europe/Berlin", language: "en", role: "USER" };

describe("users (ilert_user, ilert_user data source)", () => {
  test("creates a user with an int64 id and username, answers it, finds it by email", () => {
    const fake = newFake();
    const created = call(fake, "POST", "/api/users?send-no-invitation=true", ANN);
    expect(created).toEqual({ status: 201, body: { ...ANN, id: expect.any(Number), username: "ann@example.com" } });
    const id = idOf(created);
    expect(call(fake, "GET", `/api/users/${id}`).body).toEqual(created.body);
    expect(call(fake, "POST", "/api/users/search-email", { email: "ann@example.com" }).body).toEqual(created.body);
  });

  test("a new user has the email contact of their login, found by target as the provider's examples look it up", () => {
    const fake = newFake();
    const id = idOf(call(fake, "POST", "/api/users", ANN));
    const contact = call(fake, "POST", `/api/users/${id}/contacts/emails/search-target`, { target: "ann@example.com" });
    expect(contact).toEqual({ status: 200, body: { id: expect.any(Number), target: "ann@example.com", status: "OK" } });
    expect(call(fake, "GET", `/api/users/${id}/contacts/emails`).body).toEqual([contact.body]);
  });

  test.each([
    ["without a last name", { ...ANN, lastName: undefined }, "invalid user: body: must have required property 'lastName'"],
    [
      "with a role provider 2.20.0 does not know",
      { ...ANN, role: "VIEWER" },
      "invalid user: body/role: must be one of ADMIN, USER, RESPONDER, STAKEHOLDER, GUEST",
    ],
    ["with an unknown field", { ...ANN, mail: "x" }, "invalid user: body: unknown field 'mail'"],
  ])("refuses a user %s", (_what, body, reason) => {
    expect(call(newFake(), "POST", "/api/users", body)).toMatchObject({ status: 400, body: { message: reason } });
  });

  test("refuses a second user with a login that is taken, whatever its case, and a send-no-invitation that is no boolean", () => {
    const fake = newFake();
    expect(messageOf(call(fake, "POST", "/api/users", { ...ANN, email: "Alice@Example.com" }))).toBe(
      "body/email: Alice@Example.com is the login of user 11 already",
    );
    expect(messageOf(call(fake, "POST", "/api/users?send-no-invitation=yes", ANN))).toBe('send-no-invitation: "yes" is not a boolean');
  });

  test("updates a user in place; the computed username and id sent back change nothing", () => {
    const fake = newFake();
    const id = idOf(call(fake, "POST", "/api/users", ANN));
    const updated = call(fake, "PUT", `/api/users/${id}`, { ...ANN, id: 999, username: "x", position: "SRE" });
    expect(updated).toEqual({ status: 200, body: { ...ANN, position: "SRE", id, username: "ann@example.com" } });
  });

  test("deleting a user removes what they own (contacts, reminders); 404 once gone", () => {
    const fake = newFake();
    const id = idOf(call(fake, "POST", "/api/users", ANN));
    const phone = idOf(call(fake, "POST", `/api/users/${id}/contacts/phone-numbers`, { regionCode: "DE", target: "+4915112345678" }));
    call(fake, "POST", `/api/users/${id}/notification-preferences/duties`, {
      method: "SMS",
      contact: { id: phone },
      beforeMin: 60,
      type: "ON_CALL",
    });
    expect(call(fake, "DELETE", `/api/users/${id}`)).toEqual({ status: 204 });
    expect(call(fake, "GET", `/api/users/${id}`).status).toBe(404);
    const owned = [fake.state.emailContacts, fake.state.phoneContacts, fake.state.dutyPreferences].map((m) =>
      [...m.values()].filter((e) => e.userId === id),
    );
    expect(owned).toEqual([[], [], []]);
  });

  test("a user a schedule, a policy or a team still names is not deleted: 400 naming them (UNCERTAIN, references.ts)", () => {
    const fake = newFake();
    const id = idOf(call(fake, "POST", "/api/users", ANN));
    const schedule = idOf(
      call(fake, "POST", "/api/schedules", {
        name: "S",
        timezone: "Europe/Berlin",
        type: "STATIC",
        shifts: [{ user: { id }, start: "2026-01-05T09:00", end: "2026-01-06T09:00" }],
      }),
    );
    const policy = idOf(
      call(fake, "POST", "/api/escalation-policies", { name: "P", escalationRules: [{ escalationTimeout: 0, users: [{ id }] }] }),
    );
    const team = idOf(
      call(fake, "POST", "/api/teams", { name: "T", visibility: "PUBLIC", members: [{ user: { id }, role: "RESPONDER" }] }),
    );
    expect(messageOf(call(fake, "DELETE", `/api/users/${id}`))).toBe(
      `user ${id} is still used by schedule ${schedule}, escalation policy ${policy}, team ${team} (member)`,
    );
    for (const path of [`/api/teams/${team}`, `/api/escalation-policies/${policy}`, `/api/schedules/${schedule}`, `/api/users/${id}`])
      expect(call(fake, "DELETE", path)).toEqual({ status: 204 });
  });
});
