import ICAL from "ical.js";
import * as fc from "fast-check";
import { maintenanceIcs, onCallCalendar, onCallIcs, supportHoursIcs } from "../../../tools";
import { escapeText } from "../../../tools/on-call/private/ics-text";
import { CONTROL_CHARACTERS, escapeControls } from "../../../constructs/core/shown-text";
import { hostileText } from "../../helpers/fuzz";
import { office, officeHours, patchNight } from "../../helpers/on-call";
import { fcRuns } from "../../helpers/terraform-literal";

describe("onCallIcs", () => {
  const calendar = onCallCalendar(
    {
      schedules: [
        { ...office, layers: [{ ...office.layers![0], users: ["Zoë Ünal, Ops; \\ on-call\nsecond line " + "日本語".repeat(12)] }] },
      ],
      policies: [],
    },
    { from: "2026-03-06", days: 7 },
  ).schedules[0];
  const stamp = new Date("2026-03-01T12:34:56Z");
  const ics = onCallIcs(calendar, stamp);

  test("is an RFC 5545 calendar: CRLF lines of at most 75 octets, continuation lines start with a space", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.slice(0, -2).split("\r\n");
    expect(lines.every((l) => !l.includes("\n") && !l.includes("\r"))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, "utf8")))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(lines.slice(0, 3)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cdktf-ilert-datadog//on-call calendar//EN"]);
    expect(Buffer.from(ics, "utf8").toString("utf8")).toBe(ics); // no character split by folding
  });

  test("parsed back with ical.js, it holds exactly the shifts, event by event", () => {
    const vcalendar = new ICAL.Component(ICAL.parse(ics));
    expect(vcalendar.getFirstPropertyValue("version")).toBe("2.0");
    // ical.js does not know X-WR-CALNAME as TEXT, so it returns the value as written, escapes and all.
    expect(vcalendar.getFirstPropertyValue("x-wr-calname")).toBe('On call: Office\\, hours\\; "desk"');
    const events = vcalendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(calendar.shifts.length);
    expect(events.length).toBe(5);
    events.forEach((event, i) => {
      const shift = calendar.shifts[i];
      expect(event.summary).toBe(`On call: ${shift.user}`);
      expect(event.startDate.toJSDate()).toEqual(shift.start);
      expect(event.endDate.toJSDate()).toEqual(shift.end);
      expect(event.startDate.zone?.tzid).toBe("UTC");
      expect(event.description).toContain(`is on call in Office, hours; "desk", layer Desk`);
      expect((event.component.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate()).toEqual(stamp);
    });
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  test("UIDs are stable: the same shift has the same UID in another window and at another time", () => {
    const uids = (text: string): string[] => [...text.matchAll(/^UID:(.+)$/gm)].map(([, uid]) => uid.trim());
    const later = onCallCalendar({ schedules: [calendar.schedule], policies: [] }, { from: "2026-03-09", days: 1 }).schedules[0];
    const laterUids = uids(onCallIcs(later, new Date()));
    expect(laterUids).toHaveLength(1);
    expect(uids(ics)).toContain(laterUids[0]);
  });
});

describe("escaped text in a calendar", () => {
  test("any names: the calendar holds no control character but its CRLF line ends, and a reader gets each name back, escapes as text", () => {
    fc.assert(
      fc.property(hostileText(60), hostileText(60), (name, user) => {
        const calendar = onCallCalendar(
          { schedules: [{ ...office, name, layers: [{ ...office.layers![0], users: [user] }] }], policies: [] },
          { from: "2026-03-06", days: 1 },
        ).schedules[0];
        const text = onCallIcs(calendar, new Date("2026-03-01T12:34:56Z"));
        expect(text.replace(/\r\n/g, "")).not.toMatch(CONTROL_CHARACTERS);
        const shown = (value: string) =>
          value
            .split(/\r\n|\r|\n/)
            .map(escapeControls)
            .join("\n");
        const parsed = new ICAL.Component(ICAL.parse(text));
        // ical.js reads X-WR-CALNAME, not an RFC 5545 property, as written: the TEXT escapes stay.
        expect(parsed.getFirstPropertyValue("x-wr-calname")).toBe(escapeText(`On call: ${name}`));
        expect(escapeText(`On call: ${name}`)).not.toMatch(CONTROL_CHARACTERS);
        expect(parsed.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("summary"))).toEqual([`On call: ${shown(user)}`]);
      }),
      { numRuns: fcRuns(300) },
    );
  });
});

describe("supportHoursIcs and maintenanceIcs", () => {
  const stamp = new Date("2026-03-01T12:00:00Z");
  const read = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.description]);

  test("support hours: a timed event per period of support, an all-day event per exception in the window", () => {
    const calendar = onCallCalendar({ schedules: [], policies: [], supportHours: [officeHours] }, { from: "2026-12-18", days: 8 });
    expect(read(supportHoursIcs(calendar.supportHours![0], stamp))).toEqual([
      [
        "Support hours: Office hours",
        "2026-12-18T07:00:00Z",
        "2026-12-18T15:00:00Z",
        "Inside the support hours Office hours (Europe/Berlin).",
      ],
      [
        "Support hours: Office hours",
        "2026-12-18T23:00:00Z",
        "2026-12-19T23:00:00Z",
        "Inside the support hours Office hours (Release weekend) (Europe/Berlin).",
      ],
      ...["21", "22", "23"].map((d) => [
        "Support hours: Office hours",
        `2026-12-${d}T07:00:00Z`,
        `2026-12-${d}T17:00:00Z`,
        "Inside the support hours Office hours (Europe/Berlin).",
      ]),
      [
        "Holiday: Christmas",
        "2026-12-24",
        "2026-12-27",
        "Christmas: holiday, outside support hours, in the support hours Office hours (Europe/Berlin).",
      ],
      [
        "Exception: Release weekend",
        "2026-12-19",
        "2026-12-20",
        "Release weekend: inside support hours all day, in the support hours Office hours (Europe/Berlin).",
      ],
    ]);
  });

  test("a maintenance window: an event per occurrence, naming what it mutes; UIDs stable across runs", () => {
    const calendar = onCallCalendar({ schedules: [], policies: [], maintenanceWindows: [patchNight] }, { from: "2026-03-01", days: 62 });
    const ics = maintenanceIcs(calendar.maintenanceWindows![0], stamp);
    expect(read(ics)).toEqual([
      [
        "Maintenance: Database patches",
        "2026-03-03T21:00:00Z",
        "2026-03-03T23:00:00Z",
        'Datadog downtime: mutes monitor "Checkout errors" (scope *).',
      ],
      [
        "Maintenance: Database patches",
        "2026-04-07T20:00:00Z",
        "2026-04-07T22:00:00Z",
        'Datadog downtime: mutes monitor "Checkout errors" (scope *).',
      ],
    ]);
    expect(maintenanceIcs(calendar.maintenanceWindows![0], new Date())).toContain(ics.match(/UID:[^\r]+/)![0]);
  });
});
