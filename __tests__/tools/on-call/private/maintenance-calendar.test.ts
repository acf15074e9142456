import { OneTimeWindow } from "../../../../tools/on-call/declared-maintenance";
import { maintenanceCalendar, maintenanceMarkdown } from "../../../../tools/on-call/private/maintenance-calendar";
import { patchNight } from "../../../helpers/on-call";

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
/** patchNight as a one-time window in UTC. */
const once = (times: OneTimeWindow) => ({ ...patchNight, timezone: "UTC", recurrences: undefined, oneTime: times });
/** patchNight with its recurrence changed. */
const recurring = (change: object) => ({ recurrences: [{ ...patchNight.recurrences![0], ...change }] });
/** patchNight with a second recurrence, on Sunday mornings. */
const twoRecurrences = {
  ...patchNight,
  recurrences: [...patchNight.recurrences!, { rrule: "FREQ=WEEKLY;BYDAY=SU", start: "2026-03-01T06:00:00", duration: "90m" }],
};

describe("maintenanceCalendar", () => {
  test("a recurring window's occurrences in the days of the calendar, in its time zone", () => {
    const c = maintenanceCalendar(patchNight, "f", day("2026-03-01"), day("2026-05-01"));
    expect(c.occurrences.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ["2026-03-03T21:00:00.000Z", "2026-03-03T23:00:00.000Z"],
      ["2026-04-07T20:00:00.000Z", "2026-04-07T22:00:00.000Z"],
    ]);
  });

  test("several recurrences, merged in time order", () => {
    const c = maintenanceCalendar(twoRecurrences, "f", day("2026-03-01"), day("2026-03-09"));
    expect(c.occurrences.map((o) => o.start.toISOString())).toEqual([
      "2026-03-01T05:00:00.000Z",
      "2026-03-03T21:00:00.000Z",
      "2026-03-08T05:00:00.000Z",
    ]);
  });

  test("a one-time window: once if it overlaps the calendar; without end, to the end of the calendar", () => {
    const window = once({ start: "2026-12-30T22:00:00Z", end: "2026-12-31T02:00:00Z" });
    expect(maintenanceCalendar(window, "f", day("2026-12-31"), day("2027-01-01")).occurrences).toEqual([
      { start: new Date("2026-12-30T22:00:00Z"), end: new Date("2026-12-31T02:00:00Z") },
    ]);
    expect(maintenanceCalendar(window, "f", day("2027-01-01"), day("2027-01-02")).occurrences).toEqual([]);
    const open = once({ start: "2026-12-30T22:00:00Z" });
    expect(maintenanceCalendar(open, "f", day("2026-12-31"), day("2027-01-01")).occurrences[0].end).toEqual(
      new Date("2027-01-01T00:00:00Z"),
    );
  });

  test("a one-time window that ends at the calendar's first midnight or starts at its last is not in it", () => {
    const newYearsEve = once({ start: "2026-12-31T00:00:00Z", end: "2027-01-01T00:00:00Z" });
    const days: [string, string][] = [
      ["2026-12-30", "2026-12-31"],
      ["2026-12-31", "2027-01-01"],
      ["2027-01-01", "2027-01-02"],
    ];
    expect(days.map(([first, last]) => maintenanceCalendar(newYearsEve, "f", day(first), day(last)).occurrences.length)).toEqual([0, 1, 0]);
  });

  test.each<[string, object, string]>([
    ["a rule the calendar does not expand", recurring({ rrule: "FREQ=HOURLY" }), "the calendar does not expand FREQ=HOURLY"],
    [
      "a rule Datadog refuses",
      recurring({ rrule: "FREQ=DAILY;DTSTART=20260101" }),
      'its rule "FREQ=DAILY;DTSTART=20260101" is refused: expected a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime\'s rule)',
    ],
    // Each of these holds a valid value inside it: the whole value must be one.
    [
      "a recurrence start with a time zone",
      recurring({ start: "2026-01-06T22:00:00Z" }),
      'its start "2026-01-06T22:00:00Z" is not a local date-time YYYY-MM-DDTHH:mm:ss',
    ],
    [
      "a recurrence start in year 12026",
      recurring({ start: "12026-01-06T22:00:00" }),
      'its start "12026-01-06T22:00:00" is not a local date-time YYYY-MM-DDTHH:mm:ss',
    ],
    ["a fractional duration", recurring({ duration: "1.5h" }), 'its duration "1.5h" is not <n>m, <n>h, <n>d or <n>w'],
    ["a duration in words", recurring({ duration: "90min" }), 'its duration "90min" is not <n>m, <n>h, <n>d or <n>w'],
    ["a start Datadog sets", { recurrences: undefined, oneTime: {} }, "it has no start: Datadog starts it when it is created"],
    [
      "a one-time window with a start but an end that is not a date-time",
      once({ start: "2026-12-30T22:00:00Z", end: "soon" }),
      'its end "soon" is not a date-time',
    ],
    [
      "a one-time window with a start that is not a date-time and no end",
      once({ start: "x", end: undefined }),
      'its start "x" is not a date-time',
    ],
    ["an unknown time zone", { timezone: "Mars/Olympus" }, "Invalid time zone specified: Mars/Olympus"],
  ])("%s cannot be computed, and says why", (_what, change, error) => {
    expect(maintenanceCalendar({ ...patchNight, ...change }, "f", day("2026-03-01"), day("2026-04-01")).error).toBe(error);
  });
});

describe("maintenanceMarkdown", () => {
  test("what it mutes and when, then its occurrences in its time zone and UTC", () => {
    expect(maintenanceMarkdown(maintenanceCalendar(patchNight, "f", day("2026-03-01"), day("2026-04-01")))).toEqual([
      "",
      "## Maintenance window Database patches",
      "",
      'Stack s, time zone Europe/Berlin, scope \\*. Mutes monitor "Checkout errors" (`datadog_downtime_schedule.Patch_Errors`). Recurs: FREQ=MONTHLY;BYDAY=1TU from 2026-01-06T22:00:00 for 2h.',
      "",
      "| From (Europe/Berlin) | From (UTC) | To (Europe/Berlin) | To (UTC) |",
      "| --- | --- | --- | --- |",
      "| 2026-03-03 22:00 | 2026-03-03 21:00Z | 2026-03-04 00:00 | 2026-03-03 23:00Z |",
    ]);
  });

  test("every monitor, downtime schedule and recurrence, in a list", () => {
    const many = {
      ...twoRecurrences,
      monitors: [...patchNight.monitors, "monitor 123"],
      addresses: [...patchNight.addresses, "datadog_downtime_schedule.Patch_Latency"],
    };
    expect(maintenanceMarkdown(maintenanceCalendar(many, "f", day("2026-03-01"), day("2026-03-02")))[3]).toBe(
      'Stack s, time zone Europe/Berlin, scope \\*. Mutes monitor "Checkout errors", monitor 123 (`datadog_downtime_schedule.Patch_Errors`, `datadog_downtime_schedule.Patch_Latency`). Recurs: FREQ=MONTHLY;BYDAY=1TU from 2026-01-06T22:00:00 for 2h; FREQ=WEEKLY;BYDAY=SU from 2026-03-01T06:00:00 for 90m.',
    );
  });

  test("a window in UTC shows its times once; none in the window says so", () => {
    const window = { ...once({ start: "2026-12-30T22:00:00Z", end: "2026-12-31T02:00:00Z" }), message: undefined };
    const lines = maintenanceMarkdown(maintenanceCalendar(window, "f", day("2026-12-30"), day("2026-12-31")));
    expect([lines[1], lines[3].endsWith("Once, from 2026-12-30T22:00:00Z to 2026-12-31T02:00:00Z."), ...lines.slice(5)]).toEqual([
      "## Maintenance window (no message)",
      true,
      "| From (UTC) | To (UTC) |",
      "| --- | --- |",
      "| 2026-12-30 22:00Z | 2026-12-31 02:00Z |",
    ]);
    expect(maintenanceMarkdown(maintenanceCalendar(window, "f", day("2027-01-01"), day("2027-01-02"))).pop()).toBe("Not in this window.");
  });

  test("a one-time window without start or end: from its creation to no end, and why it cannot be computed", () => {
    expect(maintenanceMarkdown(maintenanceCalendar(once({}), "f", day("2026-12-30"), day("2026-12-31"))).slice(3)).toEqual([
      'Stack s, time zone UTC, scope \\*. Mutes monitor "Checkout errors" (`datadog_downtime_schedule.Patch_Errors`). Once, from its creation to no end.',
      "",
      "Cannot be computed: it has no start: Datadog starts it when it is created",
    ]);
  });
});
