import { MaintenanceSchedule } from "../../../constructs";

// What a schedule is checked against and which blocks it sets: private/downtime-schedule-blocks.test.ts.
describe("MaintenanceSchedule", () => {
  test("once holds the one-time window, recurring the recurrences; each only its own", () => {
    const once = { start: "2026-12-24T22:00:00Z", end: "2026-12-25T02:00:00Z" };
    const recurring = {
      timezone: "Europe/Berlin",
      recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }],
    };
    expect(
      [MaintenanceSchedule.once(once), MaintenanceSchedule.recurring(recurring)].map((s) => [s.oneTimeProps, s.recurringProps]),
    ).toEqual([
      [once, undefined],
      [undefined, recurring],
    ]);
  });
});
