import * as fc from "fast-check";
import ICAL from "ical.js";
import { parseRecurrenceRule, RecurrenceRule } from "../../../constructs/datadog/maintenance/recurrence-rule";
import { RECURRENCE_CHOICES, recurrenceOccurrences } from "../../../tools/on-call/recurrence";
import { fcRuns } from "../../helpers/terraform-literal";

const HOUR = 3_600_000;
const rule = (text: string): RecurrenceRule => {
  const parsed = parseRecurrenceRule(text);
  if ("problem" in parsed) throw new Error(parsed.problem.accepted);
  return parsed.rule;
};
/** Occurrence starts as `YYYY-MM-DD HH:mm` (UTC), for `text` from 2026-01-06 22:00 in `zone`, over `[from, until)`. */
const starts = (
  text: string,
  zone = "UTC",
  from = "2026-01-01T00:00:00Z",
  until = "2027-01-01T00:00:00Z",
  start = Date.UTC(2026, 0, 6, 22),
) =>
  recurrenceOccurrences(rule(text), start, zone, 2 * HOUR, Date.parse(from), Date.parse(until)).map((o) =>
    o.start.toISOString().slice(0, 16).replace("T", " "),
  );

describe("recurrenceOccurrences", () => {
  test("the first Tuesday of each month, 22:00 Berlin: in UTC 21:00 in winter, 20:00 in summer", () => {
    expect(
      starts("FREQ=MONTHLY;BYDAY=1TU", "Europe/Berlin", "2026-01-01T00:00:00Z", "2026-05-01T00:00:00Z", Date.UTC(2026, 0, 6, 22)),
    ).toEqual(["2026-01-06 21:00", "2026-02-03 21:00", "2026-03-03 21:00", "2026-04-07 20:00"]);
  });

  // A daily rule at 23:00 from 1 January, its occurrences as [start, end] in a window.
  const daily = (hours: number, from: string, until: string) =>
    recurrenceOccurrences(rule("FREQ=DAILY"), Date.UTC(2026, 0, 1, 23), "UTC", hours * HOUR, Date.parse(from), Date.parse(until)).map(
      (o) => [o.start.toISOString().slice(0, 16), o.end.toISOString().slice(0, 16)],
    );

  test("each occurrence lasts the duration; those that began before the window but reach into it are included", () => {
    expect(daily(2, "2026-01-03T00:30:00Z", "2026-01-04T00:00:00Z")).toEqual([
      ["2026-01-02T23:00", "2026-01-03T01:00"],
      ["2026-01-03T23:00", "2026-01-04T01:00"],
    ]);
    // Longer than a period: begun up to three days before.
    expect(daily(72, "2026-01-10T00:30:00Z", "2026-01-10T12:00:00Z")).toEqual([
      ["2026-01-07T23:00", "2026-01-10T23:00"],
      ["2026-01-08T23:00", "2026-01-11T23:00"],
      ["2026-01-09T23:00", "2026-01-12T23:00"],
    ]);
  });

  test.each<[string, string[]]>([
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", ["2028-02-29 22:00"]],
    ["FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", ["2026-01-31 22:00", "2026-03-31 22:00", "2026-05-31 22:00"]],
    ["FREQ=YEARLY;BYDAY=20MO", ["2026-05-18 22:00", "2027-05-17 22:00", "2028-05-15 22:00"]],
    ["FREQ=YEARLY;BYDAY=-1FR;BYMONTH=12", ["2026-12-25 22:00", "2027-12-31 22:00", "2028-12-29 22:00"]],
    ["FREQ=DAILY;COUNT=2", ["2026-01-06 22:00", "2026-01-07 22:00"]],
    ["FREQ=WEEKLY;UNTIL=20260120T220000Z", ["2026-01-06 22:00", "2026-01-13 22:00", "2026-01-20 22:00"]],
    ["FREQ=WEEKLY;UNTIL=20260119", ["2026-01-06 22:00", "2026-01-13 22:00"]],
  ])("%s (days the month or year lacks are skipped; COUNT and UNTIL end it)", (text, expected) => {
    expect(starts(text, "UTC", "2026-01-01T00:00:00Z", "2029-01-01T00:00:00Z")).toEqual(expected);
  });

  test("a rule the calendar does not expand says which part", () => {
    expect(() => starts("FREQ=HOURLY")).toThrow("the calendar does not expand FREQ=HOURLY");
    expect(() => starts("FREQ=YEARLY;BYWEEKNO=1")).toThrow("the calendar does not expand BYWEEKNO");
    expect(() => starts("FREQ=YEARLY;BYYEARDAY=100")).toThrow("the calendar does not expand BYYEARDAY");
  });

  test("the periods before the window are skipped, not walked: ten years of a daily rule, one day shown", () => {
    const at = Date.parse("2036-01-06T00:00:00Z");
    expect(starts("FREQ=DAILY", "UTC", new Date(at).toISOString(), new Date(at + 24 * HOUR).toISOString())).toEqual(["2036-01-06 22:00"]);
  });

  test("an INTERVAL keeps its step in a window long after the start: every other day, every other Monday", () => {
    expect(starts("FREQ=DAILY;INTERVAL=2", "UTC", "2026-01-10T00:00:00Z", "2026-01-16T00:00:00Z", Date.UTC(2026, 0, 1, 22))).toEqual([
      "2026-01-11 22:00",
      "2026-01-13 22:00",
      "2026-01-15 22:00",
    ]);
    expect(starts("FREQ=DAILY;INTERVAL=3", "UTC", "2026-01-20T00:00:00Z", "2026-01-26T00:00:00Z", Date.UTC(2026, 0, 1, 22))).toEqual([
      "2026-01-22 22:00",
      "2026-01-25 22:00",
    ]);
    expect(
      starts("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "UTC", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", Date.UTC(2026, 0, 5, 22)),
    ).toEqual(["2026-03-02 22:00", "2026-03-16 22:00", "2026-03-30 22:00"]);
    // Monthly from June: a window whose month is earlier in the year than the start's.
    expect(
      starts("FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=10", "UTC", "2028-01-01T00:00:00Z", "2028-09-01T00:00:00Z", Date.UTC(2026, 5, 10, 22)),
    ).toEqual(["2028-02-10 22:00", "2028-07-10 22:00"]);
    expect(starts("FREQ=YEARLY", "UTC", "2030-01-01T00:00:00Z", "2031-01-01T00:00:00Z")).toEqual(["2030-01-06 22:00"]);
  });

  test("COUNT counts from the start, also in a window after it", () => {
    // The 6th to the 10th; the window begins days after the start.
    expect(starts("FREQ=DAILY;COUNT=5", "UTC", "2026-01-09T00:00:00Z", "2026-02-01T00:00:00Z")).toEqual([
      "2026-01-09 22:00",
      "2026-01-10 22:00",
    ]);
  });

  test("a start the rule does not generate is not an occurrence, nor are the days of its period before it", () => {
    // From Tuesday 6 January: Monday the 5th is in the start's week, before the start.
    expect(starts("FREQ=WEEKLY;BYDAY=MO,WE", "UTC", "2026-01-01T00:00:00Z", "2026-01-15T00:00:00Z")).toEqual([
      "2026-01-07 22:00",
      "2026-01-12 22:00",
      "2026-01-14 22:00",
    ]);
  });

  test("UNTIL to the second", () => {
    expect(starts("FREQ=DAILY;UNTIL=20260108T220000Z", "UTC", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")).toEqual([
      "2026-01-06 22:00",
      "2026-01-07 22:00",
      "2026-01-08 22:00",
    ]);
    expect(starts("FREQ=DAILY;UNTIL=20260108T215959Z", "UTC", "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")).toEqual([
      "2026-01-06 22:00",
      "2026-01-07 22:00",
    ]);
  });

  test.each<[string, string[]]>([
    ["FREQ=MONTHLY", ["2026-01-31 22:00", "2026-03-31 22:00", "2026-05-31 22:00"]],
    [
      "FREQ=MONTHLY;BYMONTHDAY=-1",
      ["2026-01-31 22:00", "2026-02-28 22:00", "2026-03-31 22:00", "2026-04-30 22:00", "2026-05-31 22:00", "2026-06-30 22:00"],
    ],
    ["FREQ=MONTHLY;BYDAY=5FR", ["2026-05-29 22:00"]],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-5", ["2026-03-02 22:00", "2026-06-01 22:00"]],
    ["FREQ=YEARLY;BYMONTHDAY=1", ["2026-02-01 22:00", "2026-03-01 22:00", "2026-04-01 22:00", "2026-05-01 22:00", "2026-06-01 22:00"]],
    ["FREQ=YEARLY;BYMONTH=3", ["2026-03-31 22:00"]],
  ])("%s from Saturday 31 January 2026 to July (the month's last days, the fifth weekday, every month's first)", (text, expected) => {
    expect(starts(text, "UTC", "2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z", Date.UTC(2026, 0, 31, 22))).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ["FREQ=YEARLY;BYDAY=FR;BYMONTHDAY=13", ["2026-02-13 22:00", "2026-03-13 22:00", "2026-11-13 22:00", "2027-08-13 22:00"]],
    ["FREQ=YEARLY;BYDAY=1MO;BYMONTH=3", ["2026-03-02 22:00", "2027-03-01 22:00"]],
    ["FREQ=YEARLY;BYDAY=-1MO", ["2026-12-28 22:00", "2027-12-27 22:00"]],
    ["FREQ=YEARLY;BYDAY=53MO", []],
    // BYSETPOS picks within the year: its last first-of-a-month is December's.
    ["FREQ=YEARLY;BYMONTHDAY=1;BYSETPOS=-1", ["2026-12-01 22:00", "2027-12-01 22:00"]],
    ["FREQ=DAILY;BYHOUR=22,6;COUNT=4", ["2026-01-06 22:00", "2026-01-07 06:00", "2026-01-07 22:00", "2026-01-08 06:00"]],
    ["FREQ=MONTHLY;BYDAY=MO,FR;BYSETPOS=-1,1;COUNT=4", ["2026-01-30 22:00", "2026-02-02 22:00", "2026-02-27 22:00", "2026-03-02 22:00"]],
  ])("%s over 2026 and 2027 (weekdays of a year or month; times in order)", (text, expected) => {
    expect(starts(text, "UTC", "2026-01-01T00:00:00Z", "2028-01-01T00:00:00Z")).toEqual(expected);
  });

  test("the start's seconds are kept", () => {
    const [first] = recurrenceOccurrences(
      rule("FREQ=DAILY"),
      Date.UTC(2026, 0, 6, 22, 0, 30),
      "UTC",
      HOUR,
      Date.UTC(2026, 0, 7),
      Date.UTC(2026, 0, 8),
    );
    expect(first.start.toISOString()).toBe("2026-01-07T22:00:30.000Z");
  });

  test("the periods before the window are skipped, not walked: more than the walk's bound of 200,000, 7,000 years on", () => {
    expect(starts("FREQ=DAILY", "UTC", "9000-03-01T00:00:00Z", "9000-03-02T00:00:00Z")).toEqual(["9000-03-01 22:00"]);
    // 9000-03-01 is a Saturday.
    expect(starts("FREQ=WEEKLY;BYDAY=TU", "UTC", "9000-03-01T00:00:00Z", "9000-03-08T00:00:00Z")).toEqual(["9000-03-04 22:00"]);
  });

  test("occurrences end with the year 9999", () => {
    const until = Date.UTC(10000, 0, 3);
    const occurrences = recurrenceOccurrences(rule("FREQ=DAILY"), Date.UTC(9999, 11, 29, 22), "UTC", HOUR, Date.UTC(9999, 11, 29), until);
    expect(occurrences.map((o) => o.start.toISOString().slice(0, 10))).toEqual(["9999-12-29", "9999-12-30", "9999-12-31"]);
  });

  test("the choices are sentences a calendar can print", () => {
    for (const choice of Object.values(RECURRENCE_CHOICES)) expect(choice).toMatch(/^[A-Z][^\n]{40,}\.$/);
    expect(Object.keys(RECURRENCE_CHOICES)).toEqual([
      "maintenanceStart",
      "maintenanceDuration",
      "maintenanceLocalTimes",
      "maintenanceRules",
    ]);
  });

  test("property: the occurrences ical.js computes (rules where it follows RFC 5545), in UTC, in any window after the start", () => {
    const days = fc.uniqueArray(fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU"), { minLength: 1, maxLength: 3 });
    const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 });
    const monthDays = fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 });
    const part = <T>(name: string, values: fc.Arbitrary<T[]>) =>
      fc.option(
        values.map((v) => `;${name}=${v.join(",")}`),
        { nil: "" },
      );
    const ruleText = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 1, max: 4 }),
          part("BYHOUR", fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 2 })),
          part("BYMONTH", months),
          part("BYDAY", days),
          part("BYMONTHDAY", monthDays),
        )
        .map(([i, ...parts]) => `FREQ=DAILY;INTERVAL=${i}${parts.join("")}`),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), days, fc.constantFrom("MO", "SU"), part("BYMONTH", months))
        .map(([i, d, w, m]) => `FREQ=WEEKLY;INTERVAL=${i};BYDAY=${d.join(",")};WKST=${w}${m}`),
      fc.tuple(fc.integer({ min: 1, max: 3 }), monthDays).map(([i, d]) => `FREQ=MONTHLY;INTERVAL=${i};BYMONTHDAY=${d.join(",")}`),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(1, 2, 3, 5, -1, -5), fc.constantFrom("MO", "TU", "SA"))
        .map(([i, n, d]) => `FREQ=MONTHLY;INTERVAL=${i};BYDAY=${n}${d}`),
      fc
        .tuple(days, fc.uniqueArray(fc.constantFrom(1, 2, 5, -1), { minLength: 1, maxLength: 2 }))
        .map(([d, p]) => `FREQ=MONTHLY;BYDAY=${d.join(",")};BYSETPOS=${p.join(",")}`),
      fc.tuple(fc.integer({ min: 1, max: 2 }), months).map(([i, m]) => `FREQ=YEARLY;INTERVAL=${i};BYMONTH=${m.join(",")};BYMONTHDAY=1`),
    );
    const start = fc
      .date({ min: new Date("2025-01-01"), max: new Date("2027-01-01"), noInvalidDate: true })
      .map((d) => Math.floor(d.getTime() / 60000) * 60000);
    fc.assert(
      fc.property(
        ruleText,
        start,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 96 }),
        (text, startWall, daysLater, hours) => {
          // A window of 90 days, up to about three years after the start; occurrences last up to four days.
          const from = startWall + daysLater * 24 * HOUR;
          const until = from + 90 * 24 * HOUR;
          const duration = hours * HOUR;
          const mine = recurrenceOccurrences(rule(text), startWall, "UTC", duration, from, until).map((o) => o.start.getTime());
          const s = new Date(startWall);
          const it = ICAL.Recur.fromString(text).iterator(
            ICAL.Time.fromData({
              year: s.getUTCFullYear(),
              month: s.getUTCMonth() + 1,
              day: s.getUTCDate(),
              hour: s.getUTCHours(),
              minute: s.getUTCMinutes(),
              second: 0,
            }),
          );
          const theirs: number[] = [];
          for (let n = it.next(); n !== null && n !== undefined; n = it.next()) {
            const at = Date.UTC(n.year, n.month - 1, n.day, n.hour, n.minute, n.second);
            // ical.js yields a day's BYHOUR times in the rule's order, not in time order: read a day past the window.
            if (at >= until + 24 * HOUR) break;
            if (at < until && at + duration > from) theirs.push(at);
          }
          // ical.js always yields the start first; RFC 5545 leaves a start the rule does not generate
          // undefined. ical.js (2.2.1) also yields, in the start's period, times that the rule's parts
          // exclude (01:00 of Monday 14 April 2025 for a daily BYMONTHDAY=1, Friday 3 January 2025 for a
          // weekly BYMONTH=2), and applies BYSETPOS in the start's month to the days after the start
          // only (the last Monday of January 2025 from Wednesday 1 January is the 6th, it says):
          // compared from the month after the start's on, and at least a week after the start (the
          // start's week may reach into the next month: ical.js yields Saturday 3 January 2026 for a
          // weekly BYMONTH=2 from Monday 29 December 2025); the examples above cover the start's period.
          const after = Math.max(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1), startWall + 7 * 24 * HOUR);
          const generated = (list: number[]) => list.filter((t) => t >= after);
          expect(generated(mine)).toEqual(generated(theirs).sort((a, b) => a - b));
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });
});
