import * as fc from "fast-check";
import ICAL from "ical.js";
import { parseRecurrenceRule, RecurrenceRule } from "../../../constructs/datadog/maintenance/recurrence-rule";
import { recurrenceOccurrences } from "../../../tools/on-call/recurrence";
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

  test("each occurrence lasts the duration; one that began before the window but reaches into it is included", () => {
    const occurrences = recurrenceOccurrences(
      rule("FREQ=DAILY"),
      Date.UTC(2026, 0, 1, 23),
      "UTC",
      2 * HOUR,
      Date.parse("2026-01-03T00:30:00Z"),
      Date.parse("2026-01-04T00:00:00Z"),
    );
    expect(occurrences.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ["2026-01-02T23:00:00.000Z", "2026-01-03T01:00:00.000Z"],
      ["2026-01-03T23:00:00.000Z", "2026-01-04T01:00:00.000Z"],
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

  test("property: the occurrences ical.js computes (rules where it follows RFC 5545), in UTC", () => {
    const days = fc.uniqueArray(fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU"), { minLength: 1, maxLength: 3 });
    const ruleText = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 4 }), fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 2 })))
        .map(([i, h]) => `FREQ=DAILY;INTERVAL=${i}${h ? `;BYHOUR=${h.join(",")}` : ""}`),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), days, fc.constantFrom("MO", "SU"))
        .map(([i, d, w]) => `FREQ=WEEKLY;INTERVAL=${i};BYDAY=${d.join(",")};WKST=${w}`),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 }))
        .map(([i, d]) => `FREQ=MONTHLY;INTERVAL=${i};BYMONTHDAY=${d.join(",")}`),
      fc.tuple(fc.constantFrom(1, 2, 3, -1), fc.constantFrom("MO", "TU", "SA")).map(([n, d]) => `FREQ=MONTHLY;BYDAY=${n}${d}`),
      fc.tuple(days, fc.constantFrom(1, 2, -1)).map(([d, p]) => `FREQ=MONTHLY;BYDAY=${d.join(",")};BYSETPOS=${p}`),
      fc
        .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 })
        .map((m) => `FREQ=YEARLY;BYMONTH=${m.join(",")};BYMONTHDAY=1`),
    );
    const start = fc
      .date({ min: new Date("2025-01-01"), max: new Date("2027-01-01"), noInvalidDate: true })
      .map((d) => Math.floor(d.getTime() / 60000) * 60000);
    fc.assert(
      fc.property(ruleText, start, (text, startWall) => {
        const until = startWall + 400 * 24 * HOUR;
        const mine = recurrenceOccurrences(rule(text), startWall, "UTC", HOUR, startWall, until).map((o) => o.start.getTime());
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
          if (at < until) theirs.push(at);
        }
        // ical.js always yields the start first; RFC 5545 leaves a start the rule does not generate
        // undefined. ical.js (2.2.1) applies BYSETPOS in the start's month to the days after the start
        // only (the last Monday of January 2025 from Wednesday 1 January is the 6th, it says): compared
        // from the next month on.
        const from = text.includes("BYSETPOS") ? Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1) : startWall + 1;
        const generated = (list: number[]) => list.filter((t) => t >= from);
        expect(generated(mine)).toEqual(generated(theirs).sort((a, b) => a - b));
      }),
      { numRuns: fcRuns(300) },
    );
  });
});
