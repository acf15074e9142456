import * as fc from "fast-check";
import { Lazy, Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { supportDaysBlock } from "../../../../constructs/ilert/alert-source/private/support-days-block";
import { DayOfWeek } from "../../../../constructs/ilert/schedule/day-of-week";
import { thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Hours");
const DAYS = DayOfWeek.values();

describe("supportDaysBlock", () => {
  test("one block per day, named as the provider names it, with the entry's hours", () => {
    expect(
      supportDaysBlock(scope, "supportDays", [
        { days: [DayOfWeek.MONDAY, DayOfWeek.SUNDAY], start: "00:00", end: "23:59" },
        { days: [DayOfWeek.WEDNESDAY], start: "09:30", end: "09:31" },
      ]),
    ).toEqual({
      monday: { start: "00:00", end: "23:59" },
      sunday: { start: "00:00", end: "23:59" },
      wednesday: { start: "09:30", end: "09:31" },
    });
  });

  test.each<[string, unknown, string]>([
    [
      "a list without days",
      [{ days: [], start: "08:00", end: "17:00" }],
      "test/Hours: invalid supportDays[0].days []: expected a list of at least 1 item; list at least one day, e.g. [DayOfWeek.MONDAY]",
    ],
    [
      "a day as a plain string",
      [{ days: ["MONDAY"], start: "08:00", end: "17:00" }],
      'test/Hours: invalid supportDays[0].days[0] "MONDAY": expected one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"; use DayOfWeek.MONDAY instead of a plain string',
    ],
    [
      "a custom day, which has no block",
      [{ days: [DayOfWeek.custom("HOLIDAY")], start: "08:00", end: "17:00" }],
      'test/Hours: invalid supportDays[0].days[0] "HOLIDAY": expected a DayOfWeek constant (support hours have one block per day of the week); e.g. DayOfWeek.MONDAY',
    ],
    [
      // Refused even when spelled like a constant: a custom value is not checked to be a day of the week.
      "a custom day spelled like a constant",
      [{ days: [DayOfWeek.custom("MONDAY")], start: "08:00", end: "17:00" }],
      'test/Hours: invalid supportDays[0].days[0] "MONDAY": expected a DayOfWeek constant (support hours have one block per day of the week); e.g. DayOfWeek.MONDAY',
    ],
    [
      // What plain JavaScript passes for a misspelled constant, e.g. DayOfWeek.MONDAYS.
      "a day that is undefined",
      [{ days: [DayOfWeek.MONDAY, undefined], start: "08:00", end: "17:00" }],
      "test/Hours: missing supportDays[0].days[1]: expected a DayOfWeek; e.g. DayOfWeek.MONDAY",
    ],
    [
      "a time without two-digit hours",
      [{ days: [DayOfWeek.MONDAY], start: "8:00", end: "17:00" }],
      'test/Hours: invalid supportDays[0].start "8:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
    ],
    [
      "an end past 23:59",
      [{ days: [DayOfWeek.MONDAY], start: "08:00", end: "24:00" }],
      'test/Hours: invalid supportDays[0].end "24:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
    ],
    [
      "an end equal to the start",
      [{ days: [DayOfWeek.MONDAY], start: "08:00", end: "08:00" }],
      'test/Hours: invalid supportDays[0].end "08:00": expected a time after supportDays[0].start "08:00" (one window within each day); set end later than start; for support until midnight, "23:59"; for support past midnight, give the next day its own hours from "00:00"',
    ],
    [
      "an entry that is not an object",
      ["Mon-Fri"],
      'test/Hours: invalid supportDays[0] "Mon-Fri": expected { days, start: "HH:mm", end: "HH:mm" }; describe the days and their hours as an object',
    ],
    [
      "a null entry (plain JavaScript or JSON)",
      [null],
      'test/Hours: invalid supportDays[0] null: expected { days, start: "HH:mm", end: "HH:mm" }; describe the days and their hours as an object',
    ],
    [
      "a misspelled key",
      [{ days: [DayOfWeek.MONDAY], start: "08:00", ends: "17:00" }],
      "test/Hours: missing supportDays[0].end: expected end, found ends, which SupportDays does not have; did you mean end?",
    ],
    [
      "a key SupportDays does not have",
      [{ days: [DayOfWeek.MONDAY], start: "08:00", end: "17:00", timezone: "UTC" }],
      'test/Hours: invalid supportDays[0].timezone "UTC": expected a key of SupportDays: days, start, end; remove timezone, or use one of those',
    ],
  ])("fails for %s", (_what, value, message) => {
    expect(thrown(() => supportDaysBlock(scope, "supportDays", value)).message).toBe(message);
  });

  test("a time known only at apply time is passed on, not compared with the other", () => {
    const end = Lazy.stringValue({ produce: () => "17:00" });
    expect(supportDaysBlock(scope, "supportDays", [{ days: [DayOfWeek.MONDAY], start: "23:00", end }])).toEqual({
      monday: { start: "23:00", end },
    });
  });

  test("a day made without the class's factories (plain JavaScript), whose value is no day of the week, is refused", () => {
    const forged = new (DayOfWeek as unknown as new (value: string) => DayOfWeek)("FUNDAY");
    expect(thrown(() => supportDaysBlock(scope, "supportDays", [{ days: [forged], start: "08:00", end: "17:00" }])).message).toBe(
      'test/Hours: invalid supportDays[0].days[0] "FUNDAY": expected a DayOfWeek constant (support hours have one block per day of the week); e.g. DayOfWeek.MONDAY',
    );
  });

  test("property: accepted exactly when every time is HH:mm, every end after its start and every day listed once", () => {
    const time = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
        .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
      fc.string({ maxLength: 6 }),
    );
    const entry = fc.record({ days: fc.subarray(DAYS, { minLength: 1 }), start: time, end: time });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const valid = (t: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t);
        const days = entries.flatMap((e) => e.days);
        const accepted = entries.every((e) => valid(e.start) && valid(e.end) && e.start < e.end) && new Set(days).size === days.length;
        let block: object | undefined;
        try {
          block = supportDaysBlock(scope, "supportDays", entries);
        } catch (e) {
          if (!(e instanceof IlertDatadogValidationError)) throw e;
        }
        expect(block !== undefined).toBe(accepted);
        if (block !== undefined) {
          const expected = Object.fromEntries(
            entries.flatMap((e) => e.days.map((d) => [d.value.toLowerCase(), { start: e.start, end: e.end }])),
          );
          expect(block).toEqual(expected);
        }
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
