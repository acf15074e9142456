import * as fc from "fast-check";
import { keepOnCall, onCallShifts, RotationLayer, RotationSchedule, WeeklyWindow } from "../../../tools";
import { DAY_MS, instantOf, parseLocalDateTime } from "../../../tools/on-call/zoned-time";
import { restrictedIntervals, ROTATION_ENGINE_CHOICES, rotationEngineChoicesFor, turnStart } from "../../../tools/on-call/rotation-engine";
import { referenceShifts } from "../../helpers/on-call-reference";
import { fcRuns } from "../../helpers/terraform-literal";

/** Shifts as `user start end` lines (UTC, to the minute), for hand-computed expectations. */
function shifts(schedule: RotationSchedule, from: string, until: string): string[] {
  return onCallShifts(schedule, new Date(from), new Date(until)).map(
    (s) => `${s.user} ${s.start.toISOString().slice(0, 16)}Z ${s.end.toISOString().slice(0, 16)}Z`,
  );
}

const weekdays = (from: string, to: string): WeeklyWindow[] =>
  ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((day) => ({ from: { day, time: from }, to: { day, time: to } }));

describe("recurring schedules", () => {
  test("weekly: the example rotation alternates alice and bob, handing over at 09:00 Berlin, 07:00Z after the clocks go forward", () => {
    const schedule = {
      timezone: "Europe/Berlin",
      layers: [{ name: "Weekly", users: ["alice", "bob"], rotation: "P7D", start: "2026-01-05T09:00" }],
    };
    expect(shifts(schedule, "2026-03-22T23:00Z", "2026-04-05T22:00Z")).toEqual([
      "alice 2026-03-22T23:00Z 2026-03-23T08:00Z",
      "bob 2026-03-23T08:00Z 2026-03-30T07:00Z",
      "alice 2026-03-30T07:00Z 2026-04-05T22:00Z",
    ]);
    expect(onCallShifts(schedule, new Date("2026-03-23T08:00Z"), new Date("2026-03-23T09:00Z"))).toEqual([
      { user: "bob", start: new Date("2026-03-23T08:00Z"), end: new Date("2026-03-23T09:00Z"), layer: "Weekly" },
    ]);
  });

  test("P1W is the same rotation as P7D", () => {
    const layer = { name: "L", users: ["a", "b"], start: "2026-01-05T09:00" };
    const window = ["2026-02-01T00:00Z", "2026-04-01T00:00Z"] as const;
    expect(shifts({ timezone: "UTC", layers: [{ ...layer, rotation: "P1W" }] }, ...window)).toEqual(
      shifts({ timezone: "UTC", layers: [{ ...layer, rotation: "P7D" }] }, ...window),
    );
  });

  test("daily: three users take turns from 08:00, the window cuts the first and last turn", () => {
    const schedule = { timezone: "UTC", layers: [{ name: "D", users: ["a", "b", "c"], rotation: "P1D", start: "2026-01-01T08:00" }] };
    expect(shifts(schedule, "2026-01-02T00:00Z", "2026-01-05T00:00Z")).toEqual([
      "a 2026-01-02T00:00Z 2026-01-02T08:00Z",
      "b 2026-01-02T08:00Z 2026-01-03T08:00Z",
      "c 2026-01-03T08:00Z 2026-01-04T08:00Z",
      "a 2026-01-04T08:00Z 2026-01-05T00:00Z",
    ]);
  });

  test("two layers: a weekday 09:00-17:00 layer wins over the weekly one where it covers", () => {
    const schedule = {
      timezone: "Europe/Berlin",
      layers: [
        { name: "Weekly", users: ["alice", "bob"], rotation: "P7D", start: "2026-01-05T09:00" },
        { name: "Office", users: ["carol"], rotation: "P7D", start: "2026-01-05T00:00", restrictions: weekdays("09:00", "17:00") },
      ],
    };
    // Friday 9 January to Monday 12 January (CET, UTC+1); alice hands over to bob on Monday 09:00.
    expect(shifts(schedule, "2026-01-08T23:00Z", "2026-01-12T23:00Z")).toEqual([
      "alice 2026-01-08T23:00Z 2026-01-09T08:00Z",
      "carol 2026-01-09T08:00Z 2026-01-09T16:00Z",
      "alice 2026-01-09T16:00Z 2026-01-12T08:00Z",
      "carol 2026-01-12T08:00Z 2026-01-12T16:00Z",
      "bob 2026-01-12T16:00Z 2026-01-12T23:00Z",
    ]);
  });

  test("restrictions cut turns, they do not shift them; a window wrapping over the weekend; gaps stay gaps", () => {
    const weekend = [{ from: { day: "FRIDAY", time: "18:00" }, to: { day: "MONDAY", time: "08:00" } }];
    const schedule = {
      timezone: "UTC",
      layers: [{ name: "Weekend", users: ["a", "b"], rotation: "P1D", start: "2026-01-01T00:00", restrictions: weekend }],
    };
    // 2026-01-02 is a Friday; turns are daily from midnight: a on the 1st, b the 2nd, a the 3rd, b the 4th, a the 5th.
    expect(shifts(schedule, "2026-01-01T00:00Z", "2026-01-07T00:00Z")).toEqual([
      "b 2026-01-02T18:00Z 2026-01-03T00:00Z",
      "a 2026-01-03T00:00Z 2026-01-04T00:00Z",
      "b 2026-01-04T00:00Z 2026-01-05T00:00Z",
      "a 2026-01-05T00:00Z 2026-01-05T08:00Z",
    ]);
  });

  test("adjacent restriction windows of one turn make one shift", () => {
    const windows = [
      { from: { day: "MONDAY", time: "08:00" }, to: { day: "MONDAY", time: "12:00" } },
      { from: { day: "MONDAY", time: "12:00" }, to: { day: "MONDAY", time: "18:00" } },
    ];
    const schedule = {
      timezone: "UTC",
      layers: [{ name: "L", users: ["a"], rotation: "P7D", start: "2026-01-05T00:00", restrictions: windows }],
    };
    expect(shifts(schedule, "2026-01-05T00:00Z", "2026-01-06T00:00Z")).toEqual(["a 2026-01-05T08:00Z 2026-01-05T18:00Z"]);
  });

  test("a layer that starts late and ends early leaves gaps before and after it", () => {
    const schedule = {
      timezone: "UTC",
      layers: [{ name: "L", users: ["a", "b"], rotation: "P1D", start: "2026-02-02T00:00", end: "2026-02-04T12:00" }],
    };
    expect(shifts(schedule, "2026-02-01T00:00Z", "2026-02-06T00:00Z")).toEqual([
      "a 2026-02-02T00:00Z 2026-02-03T00:00Z",
      "b 2026-02-03T00:00Z 2026-02-04T00:00Z",
      "a 2026-02-04T00:00Z 2026-02-04T12:00Z",
    ]);
  });

  test("when the upper layer ends, the lower one shows through again", () => {
    const schedule = {
      timezone: "UTC",
      layers: [
        { name: "Base", users: ["base"], rotation: "P7D", start: "2026-02-02T00:00" },
        { name: "Cover", users: ["cover"], rotation: "P7D", start: "2026-02-03T00:00", end: "2026-02-04T00:00" },
      ],
    };
    expect(shifts(schedule, "2026-02-02T00:00Z", "2026-02-05T00:00Z")).toEqual([
      "base 2026-02-02T00:00Z 2026-02-03T00:00Z",
      "cover 2026-02-03T00:00Z 2026-02-04T00:00Z",
      "base 2026-02-04T00:00Z 2026-02-05T00:00Z",
    ]);
  });

  test("month rotations hand over on the same day, clamped to the end of shorter months", () => {
    const schedule = { timezone: "UTC", layers: [{ name: "M", users: ["a", "b", "c"], rotation: "P1M", start: "2026-01-31T09:00" }] };
    expect(shifts(schedule, "2026-02-27T00:00Z", "2026-05-02T00:00Z")).toEqual([
      "a 2026-02-27T00:00Z 2026-02-28T09:00Z",
      "b 2026-02-28T09:00Z 2026-03-31T09:00Z",
      "c 2026-03-31T09:00Z 2026-04-30T09:00Z",
      "a 2026-04-30T09:00Z 2026-05-02T00:00Z",
    ]);
  });

  test("a layer that started in year 50 rotates as those that started 400 and 1,200 years later (whole weeks, turns in threes)", () => {
    const since = (start: string) => ({ timezone: "UTC", layers: [{ name: "W", users: ["a", "b", "c"], rotation: "P7D", start }] });
    const window = ["2026-03-01T00:00Z", "2026-04-01T00:00Z"] as const;
    const from1250 = shifts(since("1250-01-05T09:00"), ...window);
    expect(from1250).toHaveLength(5);
    expect(shifts(since("0050-01-05T09:00"), ...window)).toEqual(from1250);
    expect(shifts(since("0450-01-05T09:00"), ...window)).toEqual(from1250);
  });

  test("a window far from the start finds the right turn (year 2030, 12-hour turns)", () => {
    const schedule = { timezone: "UTC", layers: [{ name: "H", users: ["a", "b", "c"], rotation: "PT12H", start: "2026-01-01T00:00" }] };
    // 2030-01-01T00:00Z is 1461 days = 2922 turns after the start: 2922 % 3 = 0, so a.
    expect(shifts(schedule, "2030-01-01T00:00Z", "2030-01-02T00:00Z")).toEqual([
      "a 2030-01-01T00:00Z 2030-01-01T12:00Z",
      "b 2030-01-01T12:00Z 2030-01-02T00:00Z",
    ]);
  });
});

describe("clock changes", () => {
  const daily = (timezone: string, start: string): RotationSchedule => ({
    timezone,
    layers: [{ name: "D", users: ["a", "b"], rotation: "P1D", start }],
  });
  const weekly = (timezone: string, start: string): RotationSchedule => ({
    timezone,
    layers: [{ name: "W", users: ["a", "b"], rotation: "P7D", start }],
  });

  test("Europe/Berlin spring-forward (29 March 2026): the daily 09:00 hand-over moves from 08:00Z to 07:00Z, the turn in between lasts 23 hours", () => {
    expect(shifts(daily("Europe/Berlin", "2026-03-27T09:00"), "2026-03-27T08:00Z", "2026-03-31T07:00Z")).toEqual([
      "a 2026-03-27T08:00Z 2026-03-28T08:00Z",
      "b 2026-03-28T08:00Z 2026-03-29T07:00Z",
      "a 2026-03-29T07:00Z 2026-03-30T07:00Z",
      "b 2026-03-30T07:00Z 2026-03-31T07:00Z",
    ]);
  });

  test("Europe/Berlin fall-back (25 October 2026): the hand-over moves from 07:00Z to 08:00Z, the turn in between lasts 25 hours", () => {
    expect(shifts(daily("Europe/Berlin", "2026-10-23T09:00"), "2026-10-23T07:00Z", "2026-10-27T08:00Z")).toEqual([
      "a 2026-10-23T07:00Z 2026-10-24T07:00Z",
      "b 2026-10-24T07:00Z 2026-10-25T08:00Z",
      "a 2026-10-25T08:00Z 2026-10-26T08:00Z",
      "b 2026-10-26T08:00Z 2026-10-27T08:00Z",
    ]);
  });

  test("America/New_York spring-forward (8 March 2026): the weekly Monday 09:00 hand-over moves from 14:00Z to 13:00Z", () => {
    expect(shifts(weekly("America/New_York", "2026-03-02T09:00"), "2026-03-02T14:00Z", "2026-03-16T13:00Z")).toEqual([
      "a 2026-03-02T14:00Z 2026-03-09T13:00Z",
      "b 2026-03-09T13:00Z 2026-03-16T13:00Z",
    ]);
  });

  test("America/New_York fall-back (1 November 2026): the weekly Monday 09:00 hand-over moves from 13:00Z to 14:00Z", () => {
    expect(shifts(weekly("America/New_York", "2026-10-26T09:00"), "2026-10-26T13:00Z", "2026-11-09T14:00Z")).toEqual([
      "a 2026-10-26T13:00Z 2026-11-02T14:00Z",
      "b 2026-11-02T14:00Z 2026-11-09T14:00Z",
    ]);
  });

  test("12-hour turns keep their local hand-over times, so the night of the change is 11 hours long (New York)", () => {
    const schedule = {
      timezone: "America/New_York",
      layers: [{ name: "H", users: ["day", "night"], rotation: "PT12H", start: "2026-03-07T08:00" }],
    };
    expect(shifts(schedule, "2026-03-07T13:00Z", "2026-03-08T12:00Z")).toEqual([
      "day 2026-03-07T13:00Z 2026-03-08T01:00Z",
      "night 2026-03-08T01:00Z 2026-03-08T12:00Z",
    ]);
  });

  test("a hand-over at a local time the clocks skip happens when they resume; one they repeat, at its first occurrence", () => {
    // Berlin skips 02:00-03:00 on 29 March 2026 and repeats 02:00-03:00 on 25 October 2026.
    expect(shifts(daily("Europe/Berlin", "2026-03-28T02:30"), "2026-03-28T00:00Z", "2026-03-30T12:00Z")).toEqual([
      "a 2026-03-28T01:30Z 2026-03-29T01:30Z",
      "b 2026-03-29T01:30Z 2026-03-30T00:30Z",
      "a 2026-03-30T00:30Z 2026-03-30T12:00Z",
    ]);
    expect(shifts(daily("Europe/Berlin", "2026-10-24T02:30"), "2026-10-24T00:00Z", "2026-10-26T12:00Z")).toEqual([
      "a 2026-10-24T00:30Z 2026-10-25T00:30Z",
      "b 2026-10-25T00:30Z 2026-10-26T01:30Z",
      "a 2026-10-26T01:30Z 2026-10-26T12:00Z",
    ]);
  });

  test("restriction windows are local times: weekdays 09:00-17:00 in New York across the spring-forward", () => {
    const schedule = {
      timezone: "America/New_York",
      layers: [{ name: "O", users: ["o"], rotation: "P7D", start: "2026-03-02T00:00", restrictions: weekdays("09:00", "17:00") }],
    };
    expect(shifts(schedule, "2026-03-06T00:00Z", "2026-03-10T00:00Z")).toEqual([
      "o 2026-03-06T14:00Z 2026-03-06T22:00Z",
      "o 2026-03-09T13:00Z 2026-03-09T21:00Z",
    ]);
  });
});

describe("static schedules", () => {
  test("shifts as declared, in local time; a later shift wins where two overlap; gaps stay gaps", () => {
    const schedule = {
      timezone: "America/New_York",
      shifts: [
        { user: "a", start: "2026-06-01T09:00", end: "2026-06-02T09:00" },
        { user: "b", start: "2026-06-01T21:00", end: "2026-06-02T03:00" },
        { user: "c", start: "2026-06-03T09:00", end: "2026-06-04T09:00" },
      ],
    };
    expect(shifts(schedule, "2026-06-01T00:00Z", "2026-06-04T00:00Z")).toEqual([
      "a 2026-06-01T13:00Z 2026-06-02T01:00Z",
      "b 2026-06-02T01:00Z 2026-06-02T07:00Z",
      "a 2026-06-02T07:00Z 2026-06-02T13:00Z",
      "c 2026-06-03T13:00Z 2026-06-04T00:00Z",
    ]);
    expect(onCallShifts(schedule, new Date("2026-06-01T00:00Z"), new Date("2026-06-01T13:00Z"))).toEqual([]);
    expect(onCallShifts(schedule, new Date("2026-06-01T13:00Z"), new Date("2026-06-01T14:00Z"))[0]).not.toHaveProperty("layer");
  });
});

describe("what cannot be computed", () => {
  const layer: RotationLayer = { name: "L", users: ["a"], rotation: "P1D", start: "2026-01-01T00:00" };
  const at = [new Date("2026-01-01T00:00Z"), new Date("2026-01-02T00:00Z")] as const;

  test.each([
    [{ timezone: "Mars/Olympus", layers: [layer] }, /time zone|timeZone/i],
    [{ timezone: "UTC", layers: [{ ...layer, rotation: "P0D" }] }, 'layer "L": not an ISO-8601 rotation: "P0D"'],
    [{ timezone: "UTC", layers: [{ ...layer, start: "${var.start}" }] }, 'not a schedule date-time "YYYY-MM-DDTHH:mm": "${var.start}"'],
    [{ timezone: "UTC", layers: [{ ...layer, users: [] }] }, 'layer "L" has no users'],
    [
      {
        timezone: "UTC",
        layers: [{ ...layer, restrictions: [{ from: { day: "MONTAG", time: "09:00" }, to: { day: "MONDAY", time: "17:00" } }] }],
      },
      'not a restriction time of week: {"day":"MONTAG","time":"09:00"}',
    ],
  ])("%j throws %s", (schedule, message) => {
    expect(() => onCallShifts(schedule, ...at)).toThrow(message);
  });

  test("an empty or reversed window has no shifts", () => {
    expect(onCallShifts({ timezone: "UTC", layers: [layer] }, at[1], at[1])).toEqual([]);
    expect(onCallShifts({ timezone: "UTC", layers: [layer] }, at[1], at[0])).toEqual([]);
  });
});

describe("properties", () => {
  const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago"];
  const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
  const localDateTime = fc
    .tuple(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }), time)
    .map(([ms, t]) => `${new Date(ms).toISOString().slice(0, 10)}T${t}`);
  const window = fc.record({ from: fc.constantFrom(...DAYS), to: fc.constantFrom(...DAYS), fromTime: time, toTime: time }).map((w) => ({
    from: { day: w.from, time: w.fromTime },
    to: { day: w.to, time: w.toTime },
  }));
  const layer = fc
    .record({
      users: fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 3 }),
      rotation: fc.constantFrom("PT8H", "PT12H", "P1D", "P7D", "P2W", "P1M", "P1DT12H"),
      start: localDateTime,
      end: fc.option(localDateTime, { nil: undefined }),
      restrictions: fc.option(fc.array(window, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    })
    .map((l) => ({ name: "L", ...l, end: l.end !== undefined && l.end > l.start ? l.end : undefined }));
  const schedule = fc.record({
    timezone: fc.constantFrom(...ZONES),
    layers: fc.array(layer, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => ({ ...l, name: `L${i}` }))),
  });
  const instant = fc.integer({ min: Date.UTC(2025, 6, 1), max: Date.UTC(2027, 6, 1) });
  const span = fc.integer({ min: 1, max: 21 * 24 * 60 }).map((minutes) => minutes * 60_000);

  test("shifts lie in the window, in time order, never overlap, and name a user of their layer", () => {
    fc.assert(
      fc.property(schedule, instant, span, (s, from, length) => {
        const result = onCallShifts(s, new Date(from), new Date(from + length));
        let previousEnd = from;
        for (const shift of result) {
          expect(shift.start.getTime()).toBeGreaterThanOrEqual(previousEnd);
          expect(shift.end.getTime()).toBeGreaterThan(shift.start.getTime());
          expect(shift.end.getTime()).toBeLessThanOrEqual(from + length);
          expect(s.layers.find((l) => l.name === shift.layer)?.users).toContain(shift.user);
          previousEnd = shift.end.getTime();
        }
      }),
      { numRuns: 150 },
    );
  });

  test("the same shifts as the engine as first written (every turn against every window, each layer cut piece by piece)", () => {
    // Windows of up to three days, half of them around the clock changes of the zones above, and
    // layers and shifts starting up to 30 days before (the reference counts every turn from the
    // first, and its cost grows with the square of the turns). Turns of less than an hour too: at a
    // time the clocks skip, a later turn can start before an earlier one (02:40 and 03:00 both at 03:00).
    const changes = [
      "2026-03-08T10:00Z",
      "2026-03-29T01:00Z",
      "2026-04-04T15:00Z",
      "2026-04-05T03:00Z",
      "2026-10-25T01:00Z",
      "2026-11-01T06:00Z",
    ];
    const nearChange = fc
      .constantFrom(...changes.map((t) => Date.parse(t)))
      .chain((t) => fc.integer({ min: t - 2 * 86_400_000, max: t + 86_400_000 }));
    const days = fc.integer({ min: 1, max: 3 * 24 * 60 }).map((minutes) => minutes * 60_000);
    const minuteTime = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 20, 30, 40))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    const scenario = fc.tuple(fc.oneof(instant, nearChange), days).chain(([from, length]) => {
      const near = fc
        .tuple(fc.integer({ min: from - 30 * 86_400_000, max: from + length }), minuteTime)
        .map(([ms, t]) => `${new Date(ms).toISOString().slice(0, 10)}T${t}`);
      const minuteWindow = fc
        .record({ from: fc.constantFrom(...DAYS), to: fc.constantFrom(...DAYS), fromTime: minuteTime, toTime: minuteTime })
        .map((w) => ({ from: { day: w.from, time: w.fromTime }, to: { day: w.to, time: w.toTime } }));
      const nearLayer = fc
        .record({
          users: fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 3 }),
          rotation: fc.constantFrom("PT20M", "PT30M", "PT1H", "PT8H", "PT12H", "P1D", "P7D", "P1M", "P1DT12H"),
          start: near,
          end: fc.option(near, { nil: undefined }),
          restrictions: fc.option(fc.array(minuteWindow, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        })
        .map((l) => ({ name: "L", ...l, end: l.end !== undefined && l.end > l.start ? l.end : undefined }));
      const layered = fc.record({
        timezone: fc.constantFrom(...ZONES),
        layers: fc.array(nearLayer, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l, i) => ({ ...l, name: `L${i}` }))),
      });
      const shift = fc
        .tuple(fc.constantFrom("a", "b", "c"), near, near)
        .map(([user, x, y]) => ({ user, start: x < y ? x : y, end: x < y ? y : x }));
      const fixed = fc.record({ timezone: fc.constantFrom(...ZONES), shifts: fc.array(shift, { maxLength: 6 }) });
      return fc.tuple(fc.oneof(layered, fixed), fc.constant(new Date(from)), fc.constant(new Date(from + length)));
    });
    fc.assert(
      fc.property(scenario, ([s, from, until]) => {
        expect(onCallShifts(s, from, until)).toEqual(referenceShifts(s, from, until));
      }),
      { numRuns: fcRuns(300) },
    );
  });

  test("turns of less than an hour at a skipped hour, cut by a window ending in it: the same shifts as the reference", () => {
    // 02:00, 02:20 and 02:40 do not exist on 29 March in Berlin: 02:00 and 03:00 both start at 01:00Z,
    // so the turn of 03:00 starts before the one of 02:40 (the library writes whole hours and days only).
    const s = {
      timezone: "Europe/Berlin",
      layers: [
        {
          name: "L",
          users: ["a", "b"],
          rotation: "PT20M",
          start: "2026-03-29T00:00",
          restrictions: [{ from: { day: "SUNDAY", time: "00:00" }, to: { day: "SUNDAY", time: "03:20" } }],
        },
      ],
    };
    const [from, until] = [new Date("2026-03-29T00:00Z"), new Date("2026-03-29T02:00Z")];
    expect(onCallShifts(s, from, until)).toEqual(referenceShifts(s, from, until));
  });

  test("who is on call at an instant does not depend on the window it is computed in", () => {
    fc.assert(
      fc.property(schedule, instant, span, span, (s, at, before, after) => {
        const who = (from: number, until: number): string | undefined =>
          onCallShifts(s, new Date(from), new Date(until)).find((x) => x.start.getTime() <= at && at < x.end.getTime())?.user;
        expect(who(at - before, at + after)).toBe(who(at, at + 60_000));
      }),
      { numRuns: 150 },
    );
  });
});

describe("keepOnCall: members change, the person on call stays", () => {
  // alice, bob, carol weekly from Monday 5 January 09:00 Berlin: turn 9 (9 to 16 March) is alice's.
  const layer = { users: ["alice", "bob", "carol"], rotation: "P7D", start: "2026-01-05T09:00" };
  const berlin = (users: string[], start: string): RotationSchedule => ({
    timezone: "Europe/Berlin",
    layers: [{ name: "Weekly", users, rotation: "P7D", start }],
  });

  test("reordered: alice keeps her turn until Monday 16 March 09:00, then bob and carol in the new order", () => {
    const kept = keepOnCall({ ...layer, users: ["bob", "carol", "alice"] }, layer.users, "2026-03-11T12:00", "Europe/Berlin");
    expect(kept).toEqual({
      previousIndex: 0,
      index: 2,
      start: "2025-12-22T09:00",
      turnStart: new Date("2026-03-09T08:00Z"),
      turnEnd: new Date("2026-03-16T08:00Z"),
    });
    // Without it, bob would be on call at once (turn 9 of three users in the new order is bob's).
    expect(shifts(berlin(["bob", "carol", "alice"], layer.start), "2026-03-11T11:00Z", "2026-03-11T12:00Z")).toEqual([
      "bob 2026-03-11T11:00Z 2026-03-11T12:00Z",
    ]);
    expect(shifts(berlin(["bob", "carol", "alice"], kept.start!), "2026-03-11T11:00Z", "2026-04-07T00:00Z")).toEqual([
      "alice 2026-03-11T11:00Z 2026-03-16T08:00Z",
      "bob 2026-03-16T08:00Z 2026-03-23T08:00Z",
      "carol 2026-03-23T08:00Z 2026-03-30T07:00Z",
      "alice 2026-03-30T07:00Z 2026-04-06T07:00Z",
      "bob 2026-04-06T07:00Z 2026-04-07T00:00Z",
    ]);
  });

  test("a member added at the end: alice stays, and dave follows carol", () => {
    const kept = keepOnCall({ ...layer, users: ["alice", "bob", "carol", "dave"] }, layer.users, "2026-03-11T12:00", "Europe/Berlin");
    expect(kept).toMatchObject({ previousIndex: 0, index: 0, start: "2025-12-15T09:00" });
    expect(shifts(berlin(["alice", "bob", "carol", "dave"], kept.start!), "2026-03-09T08:00Z", "2026-04-13T07:00Z")).toEqual([
      "alice 2026-03-09T08:00Z 2026-03-16T08:00Z",
      "bob 2026-03-16T08:00Z 2026-03-23T08:00Z",
      "carol 2026-03-23T08:00Z 2026-03-30T07:00Z",
      "dave 2026-03-30T07:00Z 2026-04-06T07:00Z",
      "alice 2026-04-06T07:00Z 2026-04-13T07:00Z",
    ]);
  });

  test("the person on call removed: no start keeps them (index and start unset)", () => {
    expect(keepOnCall({ ...layer, users: ["bob", "carol"] }, layer.users, "2026-03-11T12:00", "Europe/Berlin")).toEqual({
      previousIndex: 0,
      turnStart: new Date("2026-03-09T08:00Z"),
      turnEnd: new Date("2026-03-16T08:00Z"),
    });
  });

  test("someone else removed, or the order reversed: the start moves back by whole turns, fewer than the users", () => {
    // Turn 1 (12 to 19 January) is bob's; without alice he is index 0 of [bob, carol]: turn 1 becomes an
    // even turn, one turn back from 5 January.
    expect(keepOnCall({ ...layer, users: ["bob", "carol"] }, layer.users, "2026-01-13T00:00", "Europe/Berlin")).toMatchObject({
      previousIndex: 1,
      index: 0,
      start: "2025-12-29T09:00",
    });
    // Turn 0 is alice's; reversed she is index 2: the start moves two turns before the previous one.
    expect(keepOnCall({ ...layer, users: ["carol", "bob", "alice"] }, layer.users, "2026-01-05T09:00", "Europe/Berlin")).toMatchObject({
      previousIndex: 0,
      index: 2,
      start: "2025-12-22T09:00",
    });
  });

  test("a person listed twice keeps the same occurrence (the second stays the second), or their last one", () => {
    const daily = { users: ["a", "b", "a", "c"], rotation: "P1D", start: "2026-01-01T08:00" };
    // Turn 6 (7 January) is index 2, the second "a"; with five users turn 6 must become turn 2 (mod 5): one back.
    expect(keepOnCall({ ...daily, users: ["a", "b", "a", "c", "d"] }, daily.users, "2026-01-07T10:00", "UTC")).toMatchObject({
      previousIndex: 2,
      index: 2,
      start: "2025-12-31T08:00",
    });
    expect(keepOnCall({ ...daily, users: ["a", "b", "c"] }, daily.users, "2026-01-07T10:00", "UTC")).toMatchObject({
      previousIndex: 2,
      index: 0,
      start: "2026-01-01T08:00",
    });
  });

  test("hours: hand-overs counted on the wall clock keep their local times across the clock change", () => {
    const twelve = { users: ["a", "b"], rotation: "PT12H", start: "2026-03-27T09:00" };
    const kept = keepOnCall({ ...twelve, users: ["c", "b", "a"] }, twelve.users, "2026-03-30T10:00", "Europe/Berlin");
    // Turn 6 (Monday 30 March 09:00, summer time) is a's; a is index 2 of [c, b, a]: turn 6 becomes turn 2
    // (mod 3), so the start moves back two turns, to 26 March 09:00 (winter time).
    expect(kept).toMatchObject({ previousIndex: 0, index: 2, start: "2026-03-26T09:00" });
    expect(
      shifts(
        { timezone: "Europe/Berlin", layers: [{ name: "L", ...twelve, users: ["c", "b", "a"], start: kept.start! }] },
        "2026-03-30T07:00Z",
        "2026-03-31T19:00Z",
      ),
    ).toEqual(["a 2026-03-30T07:00Z 2026-03-30T19:00Z", "c 2026-03-30T19:00Z 2026-03-31T07:00Z", "b 2026-03-31T07:00Z 2026-03-31T19:00Z"]);
  });

  test("what it cannot compute: a moment before the start, months, no previous users, an unreadable rotation", () => {
    expect(() => keepOnCall(layer, layer.users, "2026-01-05T08:59", "Europe/Berlin")).toThrow(
      '"2026-01-05T08:59" is before the layer\'s start "2026-01-05T09:00": nobody was on call',
    );
    expect(() => keepOnCall({ ...layer, rotation: "P1M" }, layer.users, "2026-03-11T12:00", "UTC")).toThrow(
      'a rotation of months or years has turns of different lengths, so no start keeps its hand-overs: "P1M"',
    );
    expect(() => keepOnCall(layer, [], "2026-03-11T12:00", "UTC")).toThrow("no previous users: nobody was on call");
    expect(() => keepOnCall({ ...layer, rotation: "weekly" }, layer.users, "2026-03-11T12:00", "UTC")).toThrow(
      'not an ISO-8601 rotation: "weekly"',
    );
  });

  // Members added, removed, moved, replaced, shuffled, or any new list: checked against the engine's
  // own shifts of the layer before and after. One-hour turns only in zones without clock changes: a
  // turn starting in a skipped hour lasts no time there, so it has no shift to look at.
  const zonedRotation: fc.Arbitrary<[string, string]> = fc.oneof(
    fc.tuple(
      fc.constantFrom("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"),
      fc.constantFrom("P1D", "P2D", "P7D", "P14D", "PT8H", "PT12H", "PT24H", "PT3H"),
    ),
    fc.tuple(fc.constantFrom("UTC", "Asia/Kolkata"), fc.constant("PT1H")),
  );
  const label = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
  const previous = fc.array(label, { minLength: 1, maxLength: 6 });
  const change = (users: string[]): fc.Arbitrary<string[]> =>
    fc
      .oneof(
        fc.tuple(fc.nat(users.length), label).map(([i, u]) => [...users.slice(0, i), u, ...users.slice(i)]), // added
        fc.nat(users.length - 1).map((i) => users.filter((_, j) => j !== i)), // removed
        fc.tuple(fc.nat(users.length - 1), fc.nat(users.length - 1)).map(([i, j]) => {
          const moved = users.filter((_, k) => k !== i);
          return [...moved.slice(0, j), users[i], ...moved.slice(j)]; // moved
        }),
        fc.tuple(fc.nat(users.length - 1), label).map(([i, u]) => users.map((x, j) => (j === i ? u : x))), // replaced
        fc.shuffledSubarray(users, { minLength: users.length }), // reordered
        fc.array(label, { minLength: 1, maxLength: 8 }), // anything
      )
      .filter((u) => u.length > 0);
  const scenario = fc
    .record({
      zr: zonedRotation,
      prev: previous,
      startDay: fc.integer({ min: 0, max: 700 }),
      startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      afterMinutes: fc.integer({ min: 0, max: 400 * 24 * 60 }),
    })
    .chain((s) => change(s.prev).map((users) => ({ ...s, users })));

  test("the person on call at the moment stays until the same hand-over, every hand-over stays, the new order continues after them", () => {
    fc.assert(
      fc.property(scenario, ({ zr: [tz, rotation], prev, startDay, startMinute, afterMinutes, users }) => {
        const startWall = Date.UTC(2025, 0, 1 + startDay, 0, startMinute);
        const start = new Date(startWall).toISOString().slice(0, 16);
        const at = new Date(startWall + afterMinutes * 60_000).toISOString().slice(0, 16);
        const atInstant = instantOf(parseLocalDateTime(at), tz);
        fc.pre(atInstant >= instantOf(startWall, tz));
        const kept = keepOnCall({ users, rotation, start }, prev, at, tz);
        const person = prev[kept.previousIndex];
        const layerOf = (u: string[], s: string): RotationSchedule => ({
          timezone: tz,
          layers: [{ name: "L", users: u, rotation, start: s }],
        });
        // Who the engine has on call at the moment, before the change: the person, in the turn reported.
        // Two rounds of the new order and more (a day's turn is 23 to 25 hours long).
        const turnHours = Number(/\d+/.exec(rotation)![0]) * (rotation.startsWith("PT") ? 1 : 24);
        const [from, until] = [kept.turnStart, new Date(kept.turnEnd.getTime() + (2 * users.length + 2) * (turnHours + 1) * 3_600_000)];
        const before = onCallShifts(layerOf(prev, start), from, until);
        expect(before[0]).toMatchObject({ user: person, start: kept.turnStart, end: kept.turnEnd });
        expect(kept.turnStart.getTime()).toBeLessThanOrEqual(atInstant);
        expect(atInstant).toBeLessThan(kept.turnEnd.getTime());
        if (!users.includes(person)) {
          expect(kept.index).toBeUndefined();
          expect(kept.start).toBeUndefined();
          return;
        }
        expect(users[kept.index!]).toBe(person);
        expect(kept.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        // At or before the previous start, fewer than a round of the new order before it: the layer covers all it covered.
        const [newStart, oldStart] = [parseLocalDateTime(kept.start!), parseLocalDateTime(start)];
        expect(newStart).toBeLessThanOrEqual(oldStart);
        expect(oldStart - newStart).toBeLessThan(users.length * (turnHours + 1) * 3_600_000);
        const after = onCallShifts(layerOf(users, kept.start!), from, until);
        // The same turn for the same person, and hand-overs at the same instants.
        expect(after[0]).toMatchObject({ user: person, start: kept.turnStart, end: kept.turnEnd });
        expect(after.map((s) => [s.start.getTime(), s.end.getTime()])).toEqual(before.map((s) => [s.start.getTime(), s.end.getTime()]));
        // From them on, the new order, round and round.
        expect(after.map((s) => s.user)).toEqual(after.map((_, j) => users[(kept.index! + j) % users.length]));
      }),
      { numRuns: fcRuns(300) },
    );
  });
});

describe("rotationEngineChoicesFor: the choices a calendar prints are those that can change the app's shifts", () => {
  const layer = (rotation: string, restrictions: WeeklyWindow[] = []): RotationLayer => ({
    name: "L",
    users: ["a"],
    rotation,
    start: "2026-01-05T09:00",
    restrictions,
  });
  const topics = (...schedules: RotationSchedule[]) => Object.keys(rotationEngineChoicesFor(schedules));
  test.each<[string, RotationSchedule[], string[]]>([
    ["none for no schedule", [], []],
    ["a weekly layer of one user in UTC: hand-overs only", [{ timezone: "UTC", layers: [layer("P1W")] }], ["handOvers"]],
    ["two users: whose turn", [{ timezone: "UTC", layers: [{ ...layer("P1W"), users: ["a", "b"] }] }], ["handOvers", "turns"]],
    ["outside UTC: local times", [{ timezone: "Europe/Berlin", layers: [layer("P1W")] }], ["handOvers", "localTimes"]],
    ["two layers: their order", [{ timezone: "Etc/UTC", layers: [layer("P1W"), layer("PT12H")] }], ["layerOrder", "handOvers"]],
    [
      "restrictions",
      [{ timezone: "UTC", layers: [layer("P1D", [{ from: { day: "MONDAY", time: "09:00" }, to: { day: "FRIDAY", time: "17:00" } }])] }],
      ["restrictions", "handOvers"],
    ],
    [
      "a rotation in months or years (not PT1M minutes)",
      [{ timezone: "UTC", layers: [layer("P1M"), layer("PT1M")] }],
      ["layerOrder", "handOvers", "months"],
    ],
    [
      "a static schedule of two shifts: overlaps",
      [
        {
          timezone: "UTC",
          shifts: [
            { user: "a", start: "2026-01-05T09:00", end: "2026-01-06T09:00" },
            { user: "b", start: "2026-01-06T09:00", end: "2026-01-07T09:00" },
          ],
        },
      ],
      ["staticOverlaps"],
    ],
  ])("%s", (_name, schedules, expected) => expect(topics(...schedules)).toEqual(expected));
});

// What the comparison with the reference (which shares turnStart and restrictedIntervals with the
// engine) cannot see: those two against independent expectations, and the edges of each loop.
describe("edges and the engine's own building blocks", () => {
  const utc = (s: string): number => Date.parse(`${s}Z`);
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
  const intervals = (windows: WeeklyWindow[], tz: string, lo: string, hi: string): string[] =>
    restrictedIntervals(windows, tz, utc(lo), utc(hi)).map(([a, b]) => `${iso(a)} ${iso(b)}`);
  const at = (day: string, time: string) => ({ day, time });

  test("the choices are sentences a calendar can print", () => {
    for (const choice of Object.values(ROTATION_ENGINE_CHOICES)) expect(choice).toMatch(/^[A-Z][^\n]{40,}\.$/);
    expect(Object.keys(ROTATION_ENGINE_CHOICES)).toEqual([
      "layerOrder",
      "restrictions",
      "handOvers",
      "months",
      "localTimes",
      "staticOverlaps",
      "turns",
    ]);
    expect(
      Object.keys(
        rotationEngineChoicesFor([{ timezone: "UTC", layers: [{ name: "Y", users: ["a"], rotation: "P1Y", start: "2026-01-05T09:00" }] }]),
      ),
    ).toEqual(["handOvers", "months"]);
  });

  test("an empty window has no shifts, even for a schedule the engine could not read", () => {
    const now = new Date("2026-01-01T00:00Z");
    expect(onCallShifts({ timezone: "Mars/Olympus", layers: [] }, now, now)).toEqual([]);
    expect(onCallShifts({ timezone: "UTC" }, now, new Date("2026-01-02T00:00Z"))).toEqual([]);
  });

  test("a static shift that ends where the window starts, or lasts no time, has no shift", () => {
    const schedule = {
      timezone: "UTC",
      shifts: [
        { user: "a", start: "2026-01-02T06:00", end: "2026-01-02T07:00" },
        { user: "before", start: "2026-01-01T00:00", end: "2026-01-02T00:00" },
        // Declared last, so that no later shift hides it.
        { user: "empty", start: "2026-01-02T06:30", end: "2026-01-02T06:30" },
      ],
    };
    expect(shifts(schedule, "2026-01-02T00:00Z", "2026-01-03T00:00Z")).toEqual(["a 2026-01-02T06:00Z 2026-01-02T07:00Z"]);
  });

  test("each turn of a one-user layer is a shift of its own; pieces of different layers are not joined", () => {
    expect(
      shifts(
        { timezone: "UTC", layers: [{ name: "D", users: ["a"], rotation: "P1D", start: "2026-01-01T00:00" }] },
        "2026-01-01T12:00Z",
        "2026-01-03T12:00Z",
      ),
    ).toEqual(["a 2026-01-01T12:00Z 2026-01-02T00:00Z", "a 2026-01-02T00:00Z 2026-01-03T00:00Z", "a 2026-01-03T00:00Z 2026-01-03T12:00Z"]);
    const schedule: RotationSchedule = {
      timezone: "UTC",
      layers: [
        { name: "Base", users: ["a"], rotation: "P7D", start: "2026-01-05T00:00" },
        {
          name: "Cover",
          users: ["a"],
          rotation: "P7D",
          start: "2026-01-05T00:00",
          restrictions: [{ from: at("MONDAY", "12:00"), to: at("MONDAY", "18:00") }],
        },
      ],
    };
    expect(onCallShifts(schedule, new Date("2026-01-05T00:00Z"), new Date("2026-01-06T00:00Z")).map((s) => s.layer)).toEqual([
      "Base",
      "Cover",
      "Base",
    ]);
  });

  test("restrictedIntervals: windows in any order, joined where they meet or overlap, clipped, none empty", () => {
    const windows = [
      { from: at("FRIDAY", "09:00"), to: at("FRIDAY", "17:00") },
      { from: at("MONDAY", "12:00"), to: at("MONDAY", "18:00") },
      { from: at("MONDAY", "08:00"), to: at("MONDAY", "12:00") },
      { from: at("MONDAY", "13:00"), to: at("MONDAY", "14:00") },
    ];
    // 2026-01-05 is a Monday.
    expect(intervals(windows, "UTC", "2026-01-05T00:00", "2026-01-13T00:00")).toEqual([
      "2026-01-05T08:00 2026-01-05T18:00",
      "2026-01-09T09:00 2026-01-09T17:00",
      "2026-01-12T08:00 2026-01-12T18:00",
    ]);
    // From the end of Monday's window: nothing of it is left, not even an empty interval.
    expect(intervals(windows, "UTC", "2026-01-05T18:00", "2026-01-09T10:00")).toEqual(["2026-01-09T09:00 2026-01-09T10:00"]);
  });

  test("restrictedIntervals: a window from a time to the same time is the whole week; one wrapping from last week is seen", () => {
    expect(intervals([{ from: at("MONDAY", "09:00"), to: at("MONDAY", "09:00") }], "UTC", "2026-01-07T00:00", "2026-01-08T00:00")).toEqual([
      "2026-01-07T00:00 2026-01-08T00:00",
    ]);
    // Sunday 4 January 2026 lies in the window from Friday 2 January 18:00 to Monday 08:00.
    expect(intervals([{ from: at("FRIDAY", "18:00"), to: at("MONDAY", "08:00") }], "UTC", "2026-01-04T00:00", "2026-01-10T00:00")).toEqual([
      "2026-01-04T00:00 2026-01-05T08:00",
      "2026-01-09T18:00 2026-01-10T00:00",
    ]);
    // Sunday, in a zone ahead of UTC: the local Monday the weeks are counted from is the day after.
    expect(
      intervals([{ from: at("SUNDAY", "22:00"), to: at("MONDAY", "02:00") }], "Asia/Kolkata", "2026-01-04T00:00", "2026-01-05T00:00"),
    ).toEqual(["2026-01-04T16:30 2026-01-04T20:30"]);
  });

  test.each(["24:00", "9:00", "09:0", "09:60", "29:00", "x09:00", "09:00x", "0900", "09:00:00", ""])(
    "restriction time %j is refused",
    (time) => {
      expect(() => restrictedIntervals([{ from: at("MONDAY", time), to: at("TUESDAY", "09:00") }], "UTC", 0, DAY_MS)).toThrow(
        `not a restriction time of week: ${JSON.stringify({ day: "MONDAY", time })}`,
      );
    },
  );

  test("restrictedIntervals: every minute of the week opens a window there (UTC and a zone without clock changes)", () => {
    const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(
        fc.nat(7 * 24 * 60 - 1),
        fc.integer({ min: 1, max: 7 * 24 * 60 }),
        fc.constantFrom(["UTC", 0], ["Asia/Kolkata", 330]),
        (minute, length, [tz, offset]) => {
          const point = (m: number) => at(DAYS[Math.floor(m / 1440) % 7], `${two(Math.floor(m / 60) % 24)}:${two(m % 60)}`);
          const window = { from: point(minute), to: point(minute + length) };
          // Monday 5 January 2026, local midnight, and two weeks on.
          const monday = utc("2026-01-05T00:00") - offset * 60_000;
          const result = restrictedIntervals([window], tz, monday, monday + 14 * DAY_MS);
          // The window of last week, this week and next, clipped to the two weeks, joined where they meet.
          const expected: [number, number][] = [];
          for (const week of [-1, 0, 1]) {
            const start = Math.max(monday, monday + (minute + week * 7 * 24 * 60) * 60_000);
            const end = Math.min(monday + 14 * DAY_MS, monday + (minute + length + week * 7 * 24 * 60) * 60_000);
            if (start >= end) continue;
            if (expected.length > 0 && expected[expected.length - 1][1] === start) expected[expected.length - 1][1] = end;
            else expected.push([start, end]);
          }
          expect(result).toEqual(expected);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });

  test("turnStart: k rotations of days, hours, minutes and seconds on the wall clock, k negative too", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1990-01-01T00:00"), max: utc("2060-01-01T00:00") }),
        fc.record({ days: fc.nat(30), hours: fc.nat(48), minutes: fc.nat(90), seconds: fc.nat(90) }),
        fc.integer({ min: -500, max: 500 }),
        (startWall, d, k) => {
          const rotation = { years: 0, months: 0, ...d };
          expect(turnStart(startWall, rotation, k)).toBe(
            startWall + k * (d.days * DAY_MS + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000),
          );
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });

  test("turnStart: k rotations of months and years, the day clamped to the month's last, the time of day kept", () => {
    const daysIn = (y: number, m: number) =>
      [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m];
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1990-01-01T00:00"), max: utc("2060-01-01T00:00") }),
        fc.record({ years: fc.nat(3), months: fc.nat(14) }).filter((r) => r.years + r.months > 0),
        fc.integer({ min: -100, max: 100 }),
        (startWall, r, k) => {
          const start = new Date(startWall);
          const result = new Date(turnStart(startWall, { ...r, days: 0, hours: 0, minutes: 0, seconds: 0 }, k));
          const months = result.getUTCFullYear() * 12 + result.getUTCMonth() - (start.getUTCFullYear() * 12 + start.getUTCMonth());
          expect(months).toBe(k * (12 * r.years + r.months));
          expect(result.getUTCDate()).toBe(Math.min(start.getUTCDate(), daysIn(result.getUTCFullYear(), result.getUTCMonth())));
          const timeOfDay = (ms: number) => ((ms % DAY_MS) + DAY_MS) % DAY_MS;
          expect(timeOfDay(result.getTime())).toBe(timeOfDay(startWall));
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });

  test("keepOnCall at a hand-over: the turn that starts there", () => {
    const layer = { users: ["alice", "bob", "carol"], rotation: "P7D", start: "2026-01-05T09:00" };
    expect(keepOnCall(layer, layer.users, "2026-01-12T09:00", "Europe/Berlin")).toMatchObject({
      previousIndex: 1,
      turnStart: new Date("2026-01-12T08:00Z"),
      turnEnd: new Date("2026-01-19T08:00Z"),
    });
    expect(() => keepOnCall({ ...layer, rotation: "P1Y" }, layer.users, "2026-03-11T12:00", "UTC")).toThrow(
      'a rotation of months or years has turns of different lengths, so no start keeps its hand-overs: "P1Y"',
    );
  });

  test("keepOnCall: the k-th occurrence of a person listed several times stays the k-th", () => {
    // Daily from 1 January 08:00: turn 3 (4 January) is index 3, the second "a" of [a, b, c, a].
    const daily = { users: ["a", "x", "a", "y", "a"], rotation: "P1D", start: "2026-01-01T08:00" };
    expect(keepOnCall(daily, ["a", "b", "c", "a"], "2026-01-04T10:00", "UTC")).toMatchObject({ previousIndex: 3, index: 2 });
  });

  test("every shift lasts some time, also where turns start in an hour the clocks skip (no restrictions)", () => {
    // 02:00, 02:20 and 02:40 do not exist on 29 March in Berlin: the turn of 02:40 starts (01:40Z)
    // after the turn of 03:00 (01:00Z), and so has no shift.
    // With hourly turns, the turn of 02:00 starts and ends at 01:00Z: it lasts no time.
    for (const rotation of ["PT20M", "PT1H"]) {
      const s = { timezone: "Europe/Berlin", layers: [{ name: "L", users: ["a", "b"], rotation, start: "2026-03-29T00:00" }] };
      const [from, until] = [new Date("2026-03-29T00:30Z"), new Date("2026-03-29T02:10Z")];
      const result = onCallShifts(s, from, until);
      expect(result.filter((x) => !(x.start < x.end))).toEqual([]);
      expect(result).toEqual(referenceShifts(s, from, until));
    }
  });

  test("keepOnCall exactly at a hand-over after the clocks go forward (turns of 23 hours)", () => {
    const daily = { users: ["a", "b", "c"], rotation: "P1D", start: "2026-03-28T09:00" };
    expect(keepOnCall(daily, daily.users, "2026-03-30T09:00", "Europe/Berlin")).toMatchObject({
      previousIndex: 2,
      turnStart: new Date("2026-03-30T07:00Z"),
      turnEnd: new Date("2026-03-31T07:00Z"),
    });
  });

  test("a static schedule of one shift has nothing to overlap", () => {
    const one = { timezone: "UTC", shifts: [{ user: "a", start: "2026-01-05T09:00", end: "2026-01-06T09:00" }] };
    expect(rotationEngineChoicesFor([one])).toEqual({});
  });
});
