import * as fc from "fast-check";
import ICAL from "ical.js";
import { FREQUENCIES, parseRecurrenceRule, RecurrenceRule, WEEKDAYS } from "../../../constructs/datadog/maintenance/recurrence-rule";
import { fcRuns } from "../../helpers/terraform-literal";

const rule = (text: string): RecurrenceRule => {
  const parsed = parseRecurrenceRule(text);
  if ("problem" in parsed) throw new Error(`refused ${text}: ${parsed.problem.accepted}`);
  return parsed.rule;
};
const problem = (text: string) => {
  const parsed = parseRecurrenceRule(text);
  return "problem" in parsed ? parsed.problem : undefined;
};

const BYDAY_ACCEPTED =
  "BYDAY a list of weekdays SU, MO, TU, WE, TH, FR, SA, each optionally after an ordinal from 1 to 53 or -53 to -1 (e.g. 1MO, -1FR)";

describe("parseRecurrenceRule", () => {
  test("every part, parsed", () => {
    expect(rule("FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA,-1FR,TU;BYSETPOS=1,-1;UNTIL=20261231T230000Z;WKST=SU")).toEqual({
      freq: "MONTHLY",
      interval: 2,
      byDay: [{ ordinal: 1, day: "SA" }, { ordinal: -1, day: "FR" }, { day: "TU" }],
      bySetPos: [1, -1],
      until: { date: "20261231", time: "230000" },
      wkst: "SU",
    });
    expect(rule("FREQ=YEARLY;COUNT=3;BYMONTH=1,12;BYMONTHDAY=-1;BYHOUR=0,23;BYMINUTE=30;BYSECOND=60;BYYEARDAY=-366;BYWEEKNO=53")).toEqual({
      freq: "YEARLY",
      interval: 1,
      count: 3,
      byMonth: [1, 12],
      byMonthDay: [-1],
      byHour: [0, 23],
      byMinute: [30],
      bySecond: [60],
      byYearDay: [-366],
      byWeekNo: [53],
      wkst: "MO",
    });
  });

  test.each<[string, Omit<RecurrenceRule, "interval" | "wkst">]>([
    // A date: no time at all; February 29 of a leap year (the year is the date's first four digits).
    ["FREQ=DAILY;UNTIL=20240229", { freq: "DAILY", until: { date: "20240229" } }],
    // A leap second: RFC 5545's time-second is 00-60.
    ["FREQ=DAILY;UNTIL=20261231T235960Z", { freq: "DAILY", until: { date: "20261231", time: "235960" } }],
    ["FREQ=DAILY;COUNT=999999", { freq: "DAILY", count: 999999 }],
    ["FREQ=DAILY;BYSECOND=0,60;BYMINUTE=0,59", { freq: "DAILY", bySecond: [0, 60], byMinute: [0, 59] }],
    ["FREQ=YEARLY;BYWEEKNO=-53,-1,1,53", { freq: "YEARLY", byWeekNo: [-53, -1, 1, 53] }],
    // Only an ordinal BYDAY is refused with BYWEEKNO.
    ["FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", { freq: "YEARLY", byWeekNo: [1], byDay: [{ day: "MO" }] }],
  ])("accepts %j: exactly %j", (text, parts) => expect(rule(text)).toStrictEqual({ interval: 1, wkst: "MO", ...parts }));

  test.each<[string, string, string]>([
    [
      "RRULE:FREQ=DAILY",
      "the rule's parts without the RRULE: prefix",
      'remove "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
    ],
    [
      "",
      'an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
      "write the rule's parts, starting with FREQ",
    ],
    [
      " ",
      'an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
      "write the rule's parts, starting with FREQ",
    ],
    [
      "FREQ=DAILY;RRULE:BYDAY=MO",
      'the parts FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST (RFC 5545, upper case), each "NAME=value", separated by ";", without spaces',
      'remove or correct "RRULE:BYDAY=MO", e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
    ],
    [
      "FREQ=DAILY;DTSTART=20260101T090000",
      "a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule)",
      "remove DTSTART: the recurrence's start is its start field, its length its duration",
    ],
    [
      "FREQ=DAILY;duration=PT1H",
      "a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule)",
      "remove DURATION: the recurrence's start is its start field, its length its duration",
    ],
    [
      "FREQ=DAILY;BYWEEKDAY=MO",
      'the parts FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST (RFC 5545, upper case), each "NAME=value", separated by ";", without spaces',
      'remove or correct "BYWEEKDAY=MO", e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
    ],
    ["FREQ=DAILY;COUNT", 'a value for COUNT ("COUNT=...")', "give COUNT a value, or remove it"],
    ["FREQ=DAILY;FREQ=WEEKLY", "each part once (FREQ is given twice)", "keep one FREQ"],
    [
      "BYDAY=MO",
      'a rule with FREQ, e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
      "add FREQ=DAILY, WEEKLY, MONTHLY or YEARLY",
    ],
    ["FREQ=FORTNIGHTLY", "FREQ one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY", 'correct "FREQ=FORTNIGHTLY"'],
    ["FREQ=DAILY;INTERVAL=0", "INTERVAL a whole number from 1 to 999999", 'correct "INTERVAL=0"'],
    ["FREQ=DAILY;INTERVAL=-1", "INTERVAL a whole number from 1 to 999999", 'correct "INTERVAL=-1"'],
    ["FREQ=DAILY;COUNT=1000000", "COUNT a whole number from 1 to 999999", 'correct "COUNT=1000000"'],
    ["FREQ=WEEKLY;BYDAY=MON", BYDAY_ACCEPTED, 'correct "BYDAY=MON"'],
    ["FREQ=MONTHLY;BYDAY=54MO", BYDAY_ACCEPTED, 'correct "BYDAY=54MO"'],
    ["FREQ=WEEKLY;BYDAY=+MO", BYDAY_ACCEPTED, 'correct "BYDAY=+MO"'],
    ["FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY a list of numbers from 1 to 31 or -31 to -1", 'correct "BYMONTHDAY=0"'],
    ["FREQ=YEARLY;BYMONTH=-1", "BYMONTH a list of numbers from 1 to 12", 'correct "BYMONTH=-1"'],
    ["FREQ=DAILY;BYHOUR=24", "BYHOUR a list of numbers from 0 to 23", 'correct "BYHOUR=24"'],
    ["FREQ=DAILY;BYHOUR=1,24", "BYHOUR a list of numbers from 0 to 23", 'correct "BYHOUR=1,24"'],
    ["FREQ=DAILY;BYMINUTE=-1", "BYMINUTE a list of numbers from 0 to 59", 'correct "BYMINUTE=-1"'],
    ["FREQ=DAILY;BYSECOND=-1", "BYSECOND a list of numbers from 0 to 60", 'correct "BYSECOND=-1"'],
    ["FREQ=DAILY;WKST=XX", "WKST one of SU, MO, TU, WE, TH, FR, SA", 'correct "WKST=XX"'],
    ["FREQ=DAILY;COUNT=2;UNTIL=20260101", "no COUNT with UNTIL (RFC 5545: at most one of them)", "keep COUNT or UNTIL"],
    [
      "FREQ=WEEKLY;BYDAY=1MO",
      "no ordinal BYDAY (e.g. 1MO) with FREQ=WEEKLY (RFC 5545: only MONTHLY or YEARLY)",
      "remove the ordinals, or use FREQ=MONTHLY",
    ],
    [
      "FREQ=WEEKLY;BYDAY=MO,1TU",
      "no ordinal BYDAY (e.g. 1MO) with FREQ=WEEKLY (RFC 5545: only MONTHLY or YEARLY)",
      "remove the ordinals, or use FREQ=MONTHLY",
    ],
    ["FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", "no ordinal BYDAY with BYWEEKNO (RFC 5545)", "remove the ordinals or BYWEEKNO"],
    // One ordinal among the days is enough.
    ["FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO,TU", "no ordinal BYDAY with BYWEEKNO (RFC 5545)", "remove the ordinals or BYWEEKNO"],
    // Not YEARLY: BYWEEKNO is the problem, whatever the days.
    ["FREQ=MONTHLY;BYDAY=1MO;BYWEEKNO=1", "no BYWEEKNO with FREQ=MONTHLY (RFC 5545: only YEARLY)", "use FREQ=YEARLY, or remove BYWEEKNO"],
    ["FREQ=MONTHLY;BYDAY=MO,XX", BYDAY_ACCEPTED, 'correct "BYDAY=MO,XX"'],
    ["FREQ=MONTHLY;BYDAY=0MO", BYDAY_ACCEPTED, 'correct "BYDAY=0MO"'],
    // A space after ";" is part of the next name.
    [
      "FREQ=DAILY; INTERVAL=2",
      'the parts FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST (RFC 5545, upper case), each "NAME=value", separated by ";", without spaces',
      'remove or correct " INTERVAL=2", e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)',
    ],
    ["FREQ=WEEKLY;BYMONTHDAY=1", "no BYMONTHDAY with FREQ=WEEKLY (RFC 5545)", "use BYDAY, or FREQ=MONTHLY"],
    ["FREQ=DAILY;BYYEARDAY=1", "no BYYEARDAY with FREQ=DAILY (RFC 5545)", "use FREQ=YEARLY, or remove BYYEARDAY"],
    ["FREQ=WEEKLY;BYYEARDAY=1", "no BYYEARDAY with FREQ=WEEKLY (RFC 5545)", "use FREQ=YEARLY, or remove BYYEARDAY"],
    ["FREQ=MONTHLY;BYYEARDAY=1", "no BYYEARDAY with FREQ=MONTHLY (RFC 5545)", "use FREQ=YEARLY, or remove BYYEARDAY"],
    ["FREQ=MONTHLY;BYWEEKNO=1", "no BYWEEKNO with FREQ=MONTHLY (RFC 5545: only YEARLY)", "use FREQ=YEARLY, or remove BYWEEKNO"],
    [
      "FREQ=MONTHLY;BYSETPOS=1",
      "no BYSETPOS without another BY part (RFC 5545: it selects among their occurrences)",
      "add e.g. BYDAY, or remove BYSETPOS",
    ],
  ])("refuses %j", (text, accepted, fix) => expect(problem(text)).toEqual({ accepted, fix }));

  test.each([
    "2026-12-31",
    "20260230",
    "120261231",
    // A date-time without Z: RFC 5545 wants UNTIL in UTC when the start is local to a time zone, as a downtime's.
    "20261231T230000",
    "20261231T2300Z",
    "20261231T240000Z",
    "20261231T236000Z",
    "20261231T235961Z",
  ])("refuses UNTIL=%s", (until) =>
    expect(problem(`FREQ=DAILY;UNTIL=${until}`)).toEqual({
      accepted: "UNTIL a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS, in UTC with a trailing Z (e.g. 20261231T230000Z)",
      fix: `correct "UNTIL=${until}"`,
    }),
  );

  describe("property", () => {
    const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 3 });
    const signed = (max: number) => fc.integer({ min: 1, max }).chain((n) => fc.constantFrom(n, -n));
    /** Rules the RFC allows, as parts in random order, with what they should parse to. */
    const validRule = fc
      .record(
        {
          freq: fc.constantFrom(...FREQUENCIES),
          interval: fc.integer({ min: 1, max: 99 }),
          end: fc.oneof(
            fc.constant(undefined),
            fc.integer({ min: 1, max: 500 }).map((count) => ({ count })),
            fc.constant({ until: "20301231T235959Z" }),
          ),
          byHour: list(fc.integer({ min: 0, max: 23 })),
          byMonth: list(fc.integer({ min: 1, max: 12 })),
          byMonthDay: list(signed(31)),
          byDay: list(fc.constantFrom(...WEEKDAYS)),
          wkst: fc.constantFrom(...WEEKDAYS),
        },
        { requiredKeys: ["freq"] },
      )
      .map((r) => (r.freq === "WEEKLY" ? { ...r, byMonthDay: undefined } : r));
    const text = (r: any): string[] =>
      [
        `FREQ=${r.freq}`,
        r.interval !== undefined && `INTERVAL=${r.interval}`,
        r.end?.count !== undefined && `COUNT=${r.end.count}`,
        r.end?.until !== undefined && `UNTIL=${r.end.until}`,
        r.byHour && `BYHOUR=${r.byHour.join(",")}`,
        r.byMonth && `BYMONTH=${r.byMonth.join(",")}`,
        r.byMonthDay && `BYMONTHDAY=${r.byMonthDay.join(",")}`,
        r.byDay && `BYDAY=${r.byDay.join(",")}`,
        r.wkst && `WKST=${r.wkst}`,
      ].filter((p): p is string => typeof p === "string");

    test("every rule the RFC allows (parts in any order) is accepted, as written, and ical.js reads it alike", () => {
      fc.assert(
        fc.property(
          validRule.chain((r) => fc.shuffledSubarray(text(r), { minLength: text(r).length }).map((parts) => ({ r, parts }))),
          ({ r, parts }) => {
            const parsed = rule(parts.join(";"));
            expect(parsed).toMatchObject({ freq: r.freq, interval: r.interval ?? 1, wkst: r.wkst ?? "MO" });
            expect(parsed.byHour).toEqual(r.byHour);
            expect(parsed.byDay?.map((d) => d.day)).toEqual(r.byDay);
            const ical = ICAL.Recur.fromString(parts.join(";"));
            expect([ical.freq, ical.interval, ical.count ?? undefined]).toEqual([parsed.freq, parsed.interval, parsed.count]);
          },
        ),
        { numRuns: fcRuns(500) },
      );
    });

    test("a rule with DTSTART, DTEND or DURATION anywhere is refused, naming it", () => {
      fc.assert(
        fc.property(
          validRule,
          fc.constantFrom("DTSTART=20260101T090000", "DTEND=20260101T100000", "DURATION=PT1H"),
          fc.nat(),
          (r, part, at) => {
            const parts = text(r);
            parts.splice(at % (parts.length + 1), 0, part);
            expect(problem(parts.join(";"))?.fix).toBe(
              `remove ${part.split("=")[0]}: the recurrence's start is its start field, its length its duration`,
            );
          },
        ),
        { numRuns: fcRuns(300) },
      );
    });

    test("any text is accepted or refused with a reason, never an exception; an accepted one has a FREQ", () => {
      const piece = fc.oneof(
        fc.constantFrom("FREQ=DAILY", "FREQ=WEEKLY", "BYDAY=MO", "COUNT=2", "UNTIL=20260101", "INTERVAL=", "=", ";"),
        fc.string({ maxLength: 8 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
          const parsed = parseRecurrenceRule(pieces.join(";"));
          if ("rule" in parsed) expect(FREQUENCIES).toContain(parsed.rule.freq);
          else expect(parsed.problem.accepted.length).toBeGreaterThan(0);
        }),
        { numRuns: fcRuns(1000) },
      );
    });
  });
});
