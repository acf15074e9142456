import { call, idOf, messageOf, newFake } from "./test-client";

// UNCERTAIN what the API does (references.ts): the fake refuses the delete of what others still name.
describe("deleting what another object still names is refused with 400, naming it; once unnamed, it is deleted", () => {
  test("a team named by an alert source, a policy (as owner and in a rule), a schedule and a support hour", () => {
    const fake = newFake();
    const team = idOf(call(fake, "POST", "/api/teams", { name: "Owners", visibility: "PUBLIC", members: null }));
    const teams = [{ id: team }];
    const hours = idOf(call(fake, "POST", "/api/support-hours", { name: "Office", timezone: "Europe/Berlin", supportDays: null, teams }));
    const schedule = idOf(
      call(fake, "POST", "/api/schedules", {
        name: "S",
        timezone: "Europe/Berlin",
        type: "STATIC",
        shifts: [{ user: { id: 11 }, start: "2026-01-05T09:00", end: "2026-01-06T09:00" }],
        teams,
      }),
    );
    const policy = idOf(
      call(fake, "POST", "/api/escalation-policies", {
        name: "P",
        escalationRules: [
          { escalationTimeout: 0, teams },
          { escalationTimeout: 5, schedule: { id: schedule } },
        ],
      }),
    );
    const source = idOf(
      call(fake, "POST", "/api/alert-sources", {
        name: "A",
        integrationType: "DATADOG",
        active: true,
        escalationPolicy: { id: policy },
        alertPriorityRule: "HIGH_DURING_SUPPORT_HOURS",
        supportHours: { id: hours, name: "", supportDays: null },
        teams,
      }),
    );
    const refusals = [
      [
        `/api/teams/${team}`,
        `team ${team} is still used by alert source ${source}, escalation policy ${policy}, schedule ${schedule}, support hour ${hours}`,
      ],
      [`/api/escalation-policies/${policy}`, `escalation policy ${policy} is still used by alert source ${source}`],
      [`/api/support-hours/${hours}`, `support hour ${hours} is still used by alert source ${source}`],
      [`/api/schedules/${schedule}`, `schedule ${schedule} is still used by escalation policy ${policy}`],
    ];
    for (const [path, message] of refusals) expect(messageOf(call(fake, "DELETE", path))).toBe(message);
    for (const path of [
      `/api/alert-sources/${source}`,
      `/api/escalation-policies/${policy}`,
      `/api/schedules/${schedule}`,
      `/api/support-hours/${hours}`,
      `/api/teams/${team}`,
    ])
      expect(call(fake, "DELETE", path)).toEqual({ status: 204 });
  });
});
