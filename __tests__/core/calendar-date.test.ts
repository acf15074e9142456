import * as fc from "fast-check";
import { isDate, isRealDate } from "../../constructs/core/calendar-date";
import { fcRuns } from "../helpers/terraform-literal";

describe("isRealDate", () => {
  test.each<[number, number, number, boolean]>([
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, -1, 1, false],
    [2026, 1.5, 1, false],
    [2026, NaN, 1, false],
    [2026, 1, 0, false],
    [50, 1, 1, true],
  ])("%d-%d-%d: %s", (y, m, d, real) => expect(isRealDate(y, m, d)).toBe(real));

  test("agrees with the calendar of Date for every day of years 1970-2400", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d));
        expect(isRealDate(y, m, d)).toBe(date.getUTCMonth() === m - 1 && date.getUTCDate() === d);
      }),
      { numRuns: fcRuns(2000) },
    );
  });
});

describe("isDate", () => {
  test.each<[unknown, boolean]>([
    ["2026-12-24", true],
    ["0050-01-01", true],
    ["2026-12-24T00:00", false],
    ["2026-2-4", false],
    ["2026-02-30", false],
    [" 2026-12-24", false],
    [20261224, false],
    [undefined, false],
  ])("%j: %s", (value, expected) => expect(isDate(value)).toBe(expected));

  test("any string is a date exactly when it is YYYY-MM-DD of a real day", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (s) => {
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
          expect(isDate(s)).toBe(m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])));
        },
      ),
      { numRuns: fcRuns(1000) },
    );
  });
});
