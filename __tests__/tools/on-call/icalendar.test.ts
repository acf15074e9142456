import ICAL from "ical.js";
import * as fc from "fast-check";
import { maintenanceIcs, onCallCalendar, onCallIcs, supportHoursIcs } from "../../../tools";
import { escapeText, fold, icsFileNames, MAX_ICS_BASE } from "../../../tools/on-call/icalendar";
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

describe("escapeText", () => {
  test("escapes backslash, semicolon and comma, and writes every line break as \\n", () => {
    expect(escapeText("a,b;c\\d")).toBe("a\\,b\\;c\\\\d");
    expect(escapeText("one\r\ntwo\rthree\nfour")).toBe("one\\ntwo\\nthree\\nfour");
    expect(escapeText("\\n")).toBe("\\\\n"); // a written backslash-n stays text, not a line break
    expect(escapeText('plain: "quoted" é')).toBe('plain: "quoted" é');
  });

  test("writes other control characters as visible escapes, whose backslash is escaped in turn", () => {
    expect(escapeText("a\u001b[31mb\u0000\u202e")).toBe("a\\\\u001b[31mb\\\\u0000\\\\u202e");
  });

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

describe("fold", () => {
  const octets = (text: string): number => Buffer.byteLength(text, "utf8");

  test("leaves a line of 75 octets as it is, and breaks the 76th onto a continuation line", () => {
    expect(fold("a".repeat(75))).toBe("a".repeat(75));
    expect(fold("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
    // A continuation line holds 74 octets after its space.
    expect(fold("a".repeat(75 + 74 + 1))).toBe(`${"a".repeat(75)}\r\n ${"a".repeat(74)}\r\n a`);
  });

  test("never splits a multi-byte character: it moves whole to the next line", () => {
    expect(fold(`${"a".repeat(74)}é`)).toBe(`${"a".repeat(74)}\r\n é`);
    expect(fold(`${"a".repeat(73)}é`)).toBe(`${"a".repeat(73)}é`);
    expect(fold(`${"a".repeat(72)}😀`)).toBe(`${"a".repeat(72)}\r\n 😀`);
    expect(fold("日本語".repeat(9))).toBe(`${"日本語".repeat(8)}日\r\n 本語`);
  });

  test("any content line (no line break): CRLF-separated lines of at most 75 octets that unfold to the original", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }).filter((l) => !/[\r\n]/.test(l)),
        (line) => {
          const folded = fold(line);
          const lines = folded.split("\r\n");
          for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
          lines.slice(1).forEach((l) => expect(l).toMatch(/^ ./su));
          expect(folded.replace(/\r\n /g, "")).toBe(line);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});

describe("icsFileNames", () => {
  test("<stack>-<schedule name>, slugged, accents dropped; unique in order; never empty", () => {
    expect(
      icsFileNames([
        { stack: "payments-oncall", name: "Payments weekly rotation" },
        { stack: "prod", name: "Zürich on-call (prod)" },
        { stack: "prod", name: "Zurich: on call, prod" },
        { stack: "prod", name: "zurich on call prod" },
        { stack: "prod", name: "日本語" },
        { stack: "prod", name: "--" },
      ]),
    ).toEqual([
      "payments-oncall-payments-weekly-rotation.ics",
      "prod-zurich-on-call-prod.ics",
      "prod-zurich-on-call-prod-2.ics",
      "prod-zurich-on-call-prod-3.ics",
      "prod-schedule.ics",
      "prod-schedule-2.ics",
    ]);
  });

  test("a long name is cut to 100 characters and a hash of the stack and schedule names: different names keep different files, the same name the same file", () => {
    const name = "Payments weekly rotation for the payments platform team, ".repeat(5).trim();
    const files = icsFileNames([
      { stack: "payments-oncall", name },
      { stack: "payments-oncall", name: `${name}!` },
      { stack: "payments-oncall", name },
    ]);
    expect(files).toEqual([
      "payments-oncall-payments-weekly-rotation-for-the-payments-platform-team-payments-weekly-rot-16c2e592.ics",
      // Slugs alike, names not: another hash.
      "payments-oncall-payments-weekly-rotation-for-the-payments-platform-team-payments-weekly-rot-126dbfc5.ics",
      "payments-oncall-payments-weekly-rotation-for-the-payments-platform-team-payments-weekly-rot-16c2e592-2.ics",
    ]);
    expect(files[0].length).toBe(MAX_ICS_BASE + ".ics".length);
    // A name of exactly 100 characters is kept whole; one more is cut.
    expect(icsFileNames([{ stack: "s", name: "a".repeat(98) }])).toEqual([`s-${"a".repeat(98)}.ics`]);
    expect(icsFileNames([{ stack: "s", name: "a".repeat(99) }])[0]).toMatch(new RegExp(`^s-${"a".repeat(89)}-[0-9a-f]{8}\\.ics$`));
  });

  test("every file name fits a file system (at most 255 bytes) and is unique, whatever the names (ENAMETOOLONG before)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            stack: fc.string({ maxLength: 81 }),
            name: fc.oneof(
              fc.string({ maxLength: 400 }),
              fc.stringMatching(/^[a-z0-9 ]{250,400}$/),
              fc.string({ unit: "binary", maxLength: 400 }),
            ),
          }),
          { maxLength: 20 },
        ),
        (schedules) => {
          const files = icsFileNames(schedules);
          expect(files.every((f) => Buffer.byteLength(f, "utf8") <= 255)).toBe(true);
          expect(new Set(files).size).toBe(files.length);
        },
      ),
      { numRuns: fcRuns(200) },
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
