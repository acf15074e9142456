import * as fc from "fast-check";
import { DAY_MS, formatWall, instantOf, parseLocalDateTime, wallTime } from "../../../tools/on-call/zoned-time";
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
});

describe("parseLocalDateTime and formatWall", () => {
  test("a schedule date-time is read as the UTC milliseconds of its fields, and written back for people", () => {
    expect(parseLocalDateTime("2026-03-29T02:30")).toBe(Date.UTC(2026, 2, 29, 2, 30));
    expect(formatWall(parseLocalDateTime("2026-03-29T02:30") + DAY_MS)).toBe("2026-03-30 02:30");
  });

  test.each(["2026-03-29", "2026-03-29T02:30:00", "2026-3-29T02:30", " 2026-03-29T02:30", "${var.start}"])("throws for %j", (value) => {
    expect(() => parseLocalDateTime(value)).toThrow(`not a schedule date-time "YYYY-MM-DDTHH:mm": ${JSON.stringify(value)}`);
  });
});
