import ICAL from "ical.js";
import * as fc from "fast-check";
import { DeclaredMaintenanceWindow, DeclaredSchedule, maintenanceIcs, onCallCalendar, onCallIcs, supportHoursIcs } from "../../../tools";
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

describe("the calendar files, line by line", () => {
  const stamp = new Date("2026-03-01T12:34:56Z");
  const head = (name: string): string[] => [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//cdktf-ilert-datadog//on-call calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${name}`,
  ];
  // UIDs are the first 32 hex digits of the SHA-256 of the event's identity, joined by newlines
  // (checked with sha256sum): pinned, since a subscribed calendar sees a changed UID as a new event.
  const lines = (ics: string): string[] => ics.split("\r\n");

  test("a static schedule's shift: the schedule named without a layer, the description folded at 75 octets", () => {
    const payments: DeclaredSchedule = {
      stack: "prod",
      address: "ilert_schedule.Payments",
      name: "Payments",
      timezone: "Etc/UTC",
      shifts: [{ user: "alice", start: "2026-03-10T00:00", end: "2026-03-10T12:00" }],
    };
    const calendar = onCallCalendar({ schedules: [payments], policies: [] }, { from: "2026-03-10", days: 1 }).schedules[0];
    expect(lines(onCallIcs(calendar, stamp))).toEqual([
      ...head("On call: Payments"),
      "BEGIN:VEVENT",
      // prod \n ilert_schedule.Payments \n alice \n 2026-03-10T00:00:00.000Z
      "UID:064cf8b4bceaad65d5008e015755a7f6@cdktf-ilert-datadog",
      "DTSTAMP:20260301T123456Z",
      "DTSTART:20260310T000000Z",
      "DTEND:20260310T120000Z",
      "SUMMARY:On call: alice",
      "DESCRIPTION:alice is on call in Payments (computed from the declared schedu",
      " le\\; overrides made in iLert are not included).",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  test("support hours: a period of support, and a holiday as an all-day event whose DTEND is the day after its last", () => {
    const calendar = onCallCalendar({ schedules: [], policies: [], supportHours: [officeHours] }, { from: "2026-12-23", days: 2 });
    expect(lines(supportHoursIcs(calendar.supportHours![0], stamp))).toEqual([
      ...head("Support hours: Office hours"),
      "BEGIN:VEVENT",
      // s \n ilert_support_hour.Hours \n 2026-12-23T07:00:00.000Z
      "UID:ad50663c04409104d32b32cb61dcedc8@cdktf-ilert-datadog",
      "DTSTAMP:20260301T123456Z",
      "DTSTART:20261223T070000Z",
      "DTEND:20261223T170000Z",
      "SUMMARY:Support hours: Office hours",
      "DESCRIPTION:Inside the support hours Office hours (Europe/Berlin).",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      // s \n ilert_support_hour.Hours \n Christmas \n 2026-12-24
      "UID:d9b3cd267b0442e0cbe04ba78871c1e2@cdktf-ilert-datadog",
      "DTSTAMP:20260301T123456Z",
      "DTSTART;VALUE=DATE:20261224",
      "DTEND;VALUE=DATE:20261227",
      "SUMMARY:Holiday: Christmas",
      "DESCRIPTION:Christmas: holiday\\, outside support hours\\, in the support hou",
      " rs Office hours (Europe/Berlin).",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  test("a maintenance window without a message, muting two monitors: named a maintenance window, the monitors listed", () => {
    const twoMonitors: DeclaredMaintenanceWindow = {
      ...patchNight,
      message: undefined,
      addresses: [...patchNight.addresses, "datadog_downtime_schedule.Patch_Latency"],
      monitors: [...patchNight.monitors, 'monitor "Checkout latency"'],
    };
    const calendar = onCallCalendar({ schedules: [], policies: [], maintenanceWindows: [twoMonitors] }, { from: "2026-03-01", days: 7 });
    expect(lines(maintenanceIcs(calendar.maintenanceWindows![0], stamp))).toEqual([
      ...head("Maintenance: maintenance window"),
      "BEGIN:VEVENT",
      // s \n datadog_downtime_schedule.Patch_Errors \n datadog_downtime_schedule.Patch_Latency \n 2026-03-03T21:00:00.000Z
      "UID:9751239537661f713ff6b2fa2be926c7@cdktf-ilert-datadog",
      "DTSTAMP:20260301T123456Z",
      "DTSTART:20260303T210000Z",
      "DTEND:20260303T230000Z",
      "SUMMARY:Maintenance: maintenance window",
      'DESCRIPTION:Datadog downtime: mutes monitor "Checkout errors"\\, monitor "Ch',
      ' eckout latency" (scope *).',
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  test("any holiday from 1970 to 9999: DTSTART is its first DATE, DTEND the DATE after its last, as a calendar client counts days", () => {
    const first = Date.UTC(1970, 0, 1);
    const last = Date.UTC(9999, 10, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (last - first) / 86_400_000 }), fc.integer({ min: 0, max: 40 }), (offset, length) => {
        const day = (n: number): string => new Date(first + n * 86_400_000).toISOString().slice(0, 10);
        const [firstDay, lastDay] = [day(offset), day(offset + length)];
        const hours = {
          ...officeHours,
          exceptions: [{ name: "Off", firstDay, lastDay, start: firstDay, end: lastDay, supportStatus: "OUTSIDE" }],
        };
        const calendar = onCallCalendar({ schedules: [], policies: [], supportHours: [hours] }, { from: firstDay, days: 1 });
        const ics = supportHoursIcs(calendar.supportHours![0], stamp);
        const dates = lines(ics).filter((l) => l.startsWith("DTSTART") || l.startsWith("DTEND"));
        expect(dates).toEqual([`DTSTART;VALUE=DATE:${firstDay.replace(/-/g, "")}`, expect.stringMatching(/^DTEND;VALUE=DATE:\d{8}$/)]);
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
        const end = event.startDate.clone();
        end.adjust(length + 1, 0, 0, 0);
        expect([event.startDate.isDate, event.endDate.isDate, event.endDate.toString()]).toEqual([true, true, end.toString()]);
      }),
      { numRuns: fcRuns(200) },
    );
  });
});
