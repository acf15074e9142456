import { call, idOf, messageOf, newFake } from "./test-client";

/** A support hour as provider 2.20.0 sends it (ilert-go 3.19.0's struct), with holiday exceptions. */
const HOURS = {
  id: 0,
  name: "Office hours",
  timezone: "Europe/Berlin",
  supportDays: {
    MONDAY: { start: "08:00", end: "18:00" },
    TUESDAY: null,
    WEDNESDAY: null,
    THURSDAY: null,
    FRIDAY: null,
    SATURDAY: null,
    SUNDAY: null,
  },
  exceptions: [
    { name: "Christmas", start: "2026-12-24", end: "2026-12-26", supportStatus: "OUTSIDE" },
    { name: "Release", start: "2027-01-09T00:00:00Z", end: "2027-01-10T00:00:00Z", supportStatus: "DURING" },
  ],
};

describe("support hours (ilert_support_hour)", () => {
  test("with exceptions in either ISO form: created (201), read and updated as sent, deleted (204)", () => {
    const fake = newFake();
    const created = call(fake, "POST", "/api/support-hours", HOURS);
    const id = idOf(created);
    expect(created.body).toEqual({ ...HOURS, id });
    expect(call(fake, "GET", `/api/support-hours/${id}`).body).toEqual({ ...HOURS, id });
    const changed = { ...HOURS, id, exceptions: [HOURS.exceptions[0]] };
    expect(call(fake, "PUT", `/api/support-hours/${id}`, changed)).toEqual({ status: 200, body: changed });
    expect(call(fake, "DELETE", `/api/support-hours/${id}`)).toEqual({ status: 204 });
  });

  test.each<[string, object, string]>([
    [
      "a day that is no ISO date",
      { exceptions: [{ name: "X", start: "24.12.2026", end: "2026-12-26" }] },
      'exceptions[0].start: "24.12.2026" is not an ISO date or date-time',
    ],
    [
      "a date that does not exist",
      { exceptions: [{ name: "X", start: "2026-12-24", end: "2026-02-30T00:00" }] },
      'exceptions[0].end: "2026-02-30T00:00" is not an ISO date or date-time',
    ],
    [
      "an end before the start",
      { exceptions: [{ name: "X", start: "2026-12-26", end: "2026-12-24" }] },
      'exceptions[0]: end "2026-12-24" is before start "2026-12-26"',
    ],
    [
      "an unknown status (ilert-go's values)",
      { exceptions: [{ name: "X", start: "2026-12-24", end: "2026-12-24", supportStatus: "CLOSED" }] },
      "invalid supportHour: body/exceptions/0/supportStatus: must be one of DURING, OUTSIDE",
    ],
    ["an unknown time zone", { timezone: "Mars/Olympus" }, 'timezone: unknown time zone "Mars/Olympus"'],
  ])("refuses %s with 400", (_what, change, message) => {
    const response = call(newFake(), "POST", "/api/support-hours", { ...HOURS, ...change });
    expect([response.status, messageOf(response)]).toEqual([400, message]);
  });
});
