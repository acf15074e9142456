import * as fc from "fast-check";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { DayOfWeek } from "../../../../constructs/ilert/schedule/day-of-week";
import { restrictionBlocks } from "../../../../constructs/ilert/schedule/private/restriction-blocks";
import { passes, thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Schedule");

const DAYS = [
  DayOfWeek.MONDAY,
  DayOfWeek.TUESDAY,
  DayOfWeek.WEDNESDAY,
  DayOfWeek.THURSDAY,
  DayOfWeek.FRIDAY,
  DayOfWeek.SATURDAY,
  DayOfWeek.SUNDAY,
];

describe("restrictionBlocks", () => {
  test("weekday windows become TIMES_OF_WEEK restriction blocks", () => {
    const weekdays = DAYS.slice(0, 5).map((day) => ({ start: { day, time: "09:00" }, end: { day, time: "17:00" } }));
    const blocks = restrictionBlocks(scope, "restrictions", weekdays);
    expect(blocks.restrictionType).toBe("TIMES_OF_WEEK");
    expect(blocks.restriction).toEqual(
      ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((d) => ({
        from: { dayOfWeek: d, time: "09:00" },
        to: { dayOfWeek: d, time: "17:00" },
      })),
    );
  });

  test("a window may wrap over the weekend", () => {
    const blocks = restrictionBlocks(scope, "restrictions", [
      { start: { day: DayOfWeek.FRIDAY, time: "18:00" }, end: { day: DayOfWeek.MONDAY, time: "08:00" } },
    ]);
    expect(blocks.restriction).toEqual([{ from: { dayOfWeek: "FRIDAY", time: "18:00" }, to: { dayOfWeek: "MONDAY", time: "08:00" } }]);
  });

  test("no restrictions, or an empty list, give no restriction_type", () => {
    expect(restrictionBlocks(scope, "restrictions", undefined)).toEqual({});
    expect(restrictionBlocks(scope, "restrictions", [])).toEqual({});
  });

  test("DayOfWeek.custom passes a value of a newer provider unchecked", () => {
    const blocks = restrictionBlocks(scope, "restrictions", [
      { start: { day: DayOfWeek.custom("HOLIDAY"), time: "00:00" }, end: { day: DayOfWeek.SUNDAY, time: "23:59" } },
    ]);
    expect(blocks.restriction?.[0].from).toEqual({ dayOfWeek: "HOLIDAY", time: "00:00" });
  });

  describe("fails", () => {
    test.each<[string, unknown, string]>([
      [
        "a day given as a plain string",
        [{ start: { day: "MONDAY", time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "17:00" } }],
        'test/Schedule: invalid restrictions[0].start.day "MONDAY": expected one of "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"; use DayOfWeek.MONDAY instead of a plain string',
      ],
      [
        "a missing day",
        [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { time: "17:00" } }],
        "test/Schedule: missing restrictions[0].end.day: expected a DayOfWeek; e.g. DayOfWeek.MONDAY",
      ],
      [
        "a time past 23:59",
        [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "24:00" } }],
        'test/Schedule: invalid restrictions[0].end.time "24:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
      ],
      [
        "a time without leading zero",
        [{ start: { day: DayOfWeek.MONDAY, time: "9:00" }, end: { day: DayOfWeek.MONDAY, time: "17:00" } }],
        'test/Schedule: invalid restrictions[0].start.time "9:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
      ],
      [
        "a window without start",
        [{ end: { day: DayOfWeek.MONDAY, time: "17:00" } }],
        'test/Schedule: missing restrictions[0].start: expected { day: DayOfWeek, time: "HH:mm" }; e.g. { day: DayOfWeek.MONDAY, time: "09:00" }',
      ],
      [
        "a window that is not an object",
        ["Mon 09:00-17:00"],
        'test/Schedule: invalid restrictions[0] "Mon 09:00-17:00": expected { start: TimeOfWeek, end: TimeOfWeek }; e.g. { start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "17:00" } }',
      ],
      [
        "a key a time of the week does not have",
        [{ start: { day: DayOfWeek.MONDAY, time: "09:00", zone: "UTC" }, end: { day: DayOfWeek.MONDAY, time: "17:00" } }],
        'test/Schedule: invalid restrictions[0].start.zone "UTC": expected a key of TimeOfWeek: day, time; remove zone, or use one of those',
      ],
      [
        "a key a window does not have",
        [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "17:00" }, timezone: "UTC" }],
        'test/Schedule: invalid restrictions[0].timezone "UTC": expected a key of LayerRestriction: start, end; remove timezone, or use one of those',
      ],
      [
        "a restriction that is not a list",
        { start: {}, end: {} },
        'test/Schedule: invalid restrictions {"start":{},"end":{}}: expected a list; pass a list of { start, end } windows, or leave it unset',
      ],
    ])("on %s", (_label, value, message) => {
      const err = thrown(() => restrictionBlocks(scope, "restrictions", value));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(message);
    });
  });
});

describe("DayOfWeek", () => {
  test("property: a restriction day is accepted exactly when it is a DayOfWeek, never another exception", () => {
    const day = fc.oneof(
      fc.constantFrom(...DAYS),
      fc.string().map((s) => DayOfWeek.custom(s)),
      fc.constantFrom(...DAYS.map((d) => d.value)),
      fc.anything(),
    );
    fc.assert(
      fc.property(day, (d) => {
        const ok = passes(() =>
          restrictionBlocks(scope, "restrictions", [{ start: { day: d, time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "10:00" } }]),
        );
        expect(ok).toBe(d instanceof DayOfWeek);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
