import * as fc from "fast-check";
import { DAY_MS, formatWall, instantOf, parseLocalDateTime, utcMillis, wallTime } from "../../../tools/on-call/zoned-time";
import { fcRuns } from "../../helpers/terraform-literal";

const utc = (text: string): number => Date.parse(`${text}Z`);
const wall = (text: string): number => parseLocalDateTime(text);

// Clock changes of 2026: Berlin springs forward 02:00 -> 03:00 on 29 March and falls back 03:00 ->
// 02:00 on 25 October; New York springs forward 02:00 -> 03:00 on 8 March and falls back 02:00 ->
// 01:00 on 1 November.
describe.each<[string, { gap: string; gapInstant: string; overlap: string; first: string; second: string; offsetBefore: number }]>([
  [
    "Europe/Berlin",
    {
      gap: "2026-03-29T02:30",
      gapInstant: "2026-03-29T01:30",
      overlap: "2026-10-25T02:30",
      first: "2026-10-25T00:30",
      second: "2026-10-25T01:30",
      offsetBefore: 1,
    },
  ],
  [
    "America/New_York",
    {
      gap: "2026-03-08T02:30",
      gapInstant: "2026-03-08T07:30",
      overlap: "2026-11-01T01:30",
      first: "2026-11-01T05:30",
      second: "2026-11-01T06:30",
      offsetBefore: -5,
    },
  ],
])("%s", (zone, c) => {
  test("wallTime: the local reading at an instant, milliseconds kept", () => {
    expect(formatWall(wallTime(utc("2026-01-15T12:00"), zone))).toBe(`2026-01-15 ${String(12 + c.offsetBefore).padStart(2, "0")}:00`);
    expect(wallTime(utc("2026-01-15T12:00:00.789"), zone) % 1000).toBe(789);
  });

  test("instantOf a skipped wall time is moved forward by the gap (RFC 5545, Temporal 'compatible')", () => {
    expect(instantOf(wall(c.gap), zone)).toBe(utc(c.gapInstant));
    expect(formatWall(wallTime(utc(c.gapInstant), zone))).toBe(formatWall(wall(c.gap) + 3_600_000));
  });

  test("instantOf a wall time that occurs twice is its first occurrence", () => {
    expect(wallTime(utc(c.first), zone)).toBe(wall(c.overlap));
    expect(wallTime(utc(c.second), zone)).toBe(wall(c.overlap));
    expect(instantOf(wall(c.overlap), zone)).toBe(utc(c.first));
  });

  test("instantOf and wallTime are inverse wherever the wall time exists once or twice", () => {
    fc.assert(
      fc.property(fc.integer({ min: utc("2025-12-01T00:00"), max: utc("2027-02-01T00:00") }), (instant) => {
        const local = wallTime(instant, zone);
        const back = instantOf(local, zone);
        expect(wallTime(back, zone)).toBe(local);
        // The first occurrence: the same instant, or the one an hour earlier in a fall-back overlap.
        expect([0, 3_600_000]).toContain(instant - back);
      }),
      { numRuns: fcRuns(200) },
    );
  });
});

describe("wallTime", () => {
  test("keeps the milliseconds of instants before 1970 too", () => {
    expect(wallTime(-1, "UTC")).toBe(-1);
    expect(wallTime(-1, "Asia/Kolkata")).toBe(-1 + 5.5 * 3_600_000);
  });

  test("throws a RangeError for a time zone Intl does not know", () => {
    expect(() => wallTime(0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });

  test("a clock change of two hours: Antarctica/Troll falls back from +02:00 to +00:00 at 01:00Z", () => {
    // The offsets at the whole hours either side differ by two hours, not one.
    const troll = (instant: string) => formatWall(wallTime(utc(instant), "Antarctica/Troll"));
    expect(["2026-10-25T00:30", "2026-10-25T01:30"].map(troll)).toEqual(["2026-10-25 02:30", "2026-10-25 01:30"]);
  });

  test("asks Intl for one formatter per time zone, however many instants it is asked about", () => {
    // Making one costs far more than using it (Pacific/Chatham: a zone no other test here asks about).
    const made = jest.spyOn(Intl, "DateTimeFormat");
    try {
      for (let hour = 0; hour < 48; hour++) wallTime(utc("2026-04-05T00:00") + hour * 3_600_000, "Pacific/Chatham");
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      jest.restoreAllMocks();
    }
  });

  /** The wall time Intl shows at `instant`, asked each time: the reference for wallTime, which keeps offsets it was told. */
  const formats = new Map<string, Intl.DateTimeFormat>();
  function intlWall(instant: number, timeZone: string): number {
    if (!formats.has(timeZone))
      formats.set(
        timeZone,
        new Intl.DateTimeFormat("en-US", {
          timeZone,
          hourCycle: "h23",
          era: "short",
          year: "numeric",
          month: "numeric",
          day: "numeric",
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
        }),
      );
    const parts = formats.get(timeZone)!.formatToParts(new Date(instant));
    const field = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    const date = new Date(0);
    // Years BC as Intl writes them: 1 BC is year 0.
    date.setUTCFullYear(
      parts.find((p) => p.type === "era")!.value === "BC" ? 1 - field("year") : field("year"),
      field("month") - 1,
      field("day"),
    );
    date.setUTCHours(field("hour"), field("minute"), field("second"), ((instant % 1000) + 1000) % 1000);
    return date.getTime();
  }

  test("is what Intl shows, at any instant of any zone: clock changes, early offsets in seconds, years 1 to 9999", () => {
    // Instants near clock changes, some not on a whole UTC hour (Lord Howe moves half an hour at
    // 15:30Z, Kathmandu moved from +05:30 to +05:45 at 18:30Z, Amsterdam kept +00:19:32 until 1937,
    // Samoa skipped 30 December 2011), one of two hours (Troll), and anywhere in any of these zones.
    const changes: [string, string][] = [
      ["Europe/Berlin", "2026-03-29T01:00Z"],
      ["America/New_York", "2026-11-01T06:00Z"],
      ["Australia/Lord_Howe", "2026-10-03T15:30Z"],
      ["Australia/Lord_Howe", "2026-04-04T15:00Z"],
      ["Asia/Kathmandu", "1985-12-31T18:30Z"],
      ["Europe/Amsterdam", "1937-06-30T23:40Z"],
      ["Pacific/Apia", "2011-12-30T10:00Z"],
      ["Antarctica/Troll", "2026-10-25T01:00Z"],
    ];
    const near = fc
      .constantFrom(...changes)
      .chain(([zone, t]) => fc.tuple(fc.constant(zone), fc.integer({ min: Date.parse(t) - 7_200_000, max: Date.parse(t) + 7_200_000 })));
    const anywhere = fc.tuple(
      fc.constantFrom(...new Set(["UTC", "Asia/Kolkata", ...changes.map(([zone]) => zone)])),
      fc.integer({ min: Date.parse("0001-01-01T00:00Z"), max: Date.parse("9999-12-31T23:59Z") }),
    );
    fc.assert(
      fc.property(fc.oneof(near, anywhere), ([zone, instant]) => {
        expect(wallTime(instant, zone)).toBe(intlWall(instant, zone));
      }),
      { numRuns: fcRuns(2000) },
    );
  });
});

describe("parseLocalDateTime and formatWall", () => {
  test("a schedule date-time is read as the UTC milliseconds of its fields, and written back for people", () => {
    expect(parseLocalDateTime("2026-03-29T02:30")).toBe(Date.UTC(2026, 2, 29, 2, 30));
    expect(formatWall(parseLocalDateTime("2026-03-29T02:30") + DAY_MS)).toBe("2026-03-30 02:30");
  });

  test("24:00, where support hours end at midnight, is the next day's 00:00", () => {
    expect(formatWall(parseLocalDateTime("2026-12-31T24:00"))).toBe("2027-01-01 00:00");
  });

  test("years before 100 are those years, not 1900 to 1999 as Date.UTC reads them", () => {
    expect(new Date(parseLocalDateTime("0050-01-05T09:00")).toISOString()).toBe("0050-01-05T09:00:00.000Z");
    expect(new Date(parseLocalDateTime("0000-02-29T00:00")).toISOString()).toBe("0000-02-29T00:00:00.000Z");
    expect(new Date(utcMillis(99, 13, 1)).toISOString()).toBe("0100-02-01T00:00:00.000Z");
    expect(utcMillis(2026, 2, 29, 2, 30)).toBe(Date.UTC(2026, 2, 29, 2, 30));
  });

  test.each(["2026-03-29", "2026-03-29T02:30:00", "2026-3-29T02:30", " 2026-03-29T02:30", "${var.start}"])("throws for %j", (value) => {
    expect(() => parseLocalDateTime(value)).toThrow(`not a schedule date-time "YYYY-MM-DDTHH:mm": ${JSON.stringify(value)}`);
  });
});
