import * as fc from "fast-check";
import { DURATION_PATTERN, localStart, utcInstant } from "../../../../constructs/datadog/maintenance/private/downtime-times";
import { fcRuns } from "../../../helpers/terraform-literal";

describe("utcInstant", () => {
  test.each<[unknown, string | undefined]>([
    ["2026-12-24T22:00:00Z", "2026-12-24T22:00:00Z"],
    ["2026-12-24T22:00Z", "2026-12-24T22:00:00Z"],
    ["2026-12-24T23:00+01:00", "2026-12-24T22:00:00Z"],
    ["2026-12-31T23:30:15-05:30", "2027-01-01T05:00:15Z"],
    ["2026-12-24T22:00+23:59", "2026-12-23T22:01:00Z"],
    ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"],
    ["9998-12-31T23:59:59Z", "9998-12-31T23:59:59Z"],
    ["2026-12-24T22:00:00", undefined],
    ["2026-12-24 22:00:00Z", undefined],
    ["2026-02-29T22:00:00Z", undefined],
    ["2026-12-24T24:00:00Z", undefined],
    ["2026-12-24T22:00:60Z", undefined],
    ["2026-12-24T22:00:00+24:00", undefined],
    ["2026-12-24T22:00:00+00:60", undefined],
    ["2026-12-24T22:00:00.5Z", undefined],
    // The whole value must be one: nothing before or after.
    ["x2026-12-24T22:00:00Z", undefined],
    ["2026-12-24T22:00:00Z5", undefined],
    ["0000-01-01T00:00:00Z", undefined],
    ["9999-01-01T00:00:00Z", undefined],
    [1767225600000, undefined],
  ])("%j: %j", (value, expected) => expect(utcInstant(value)).toBe(expected));

  test("property: the same instant as Date reads it, written with seconds and Z", () => {
    const offset = fc.oneof(
      fc.constant("Z"),
      fc
        .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
        .map(([s, h, m]) => `${s}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1971-01-01"), max: new Date("9997-12-31"), noInvalidDate: true }),
        offset,
        fc.boolean(),
        (date, zone, seconds) => {
          const local = date.toISOString().slice(0, seconds ? 19 : 16);
          const text = `${local}${zone}`;
          expect(utcInstant(text)).toBe(new Date(Date.parse(text)).toISOString().replace(/\.000Z$/, "Z"));
        },
      ),
      { numRuns: fcRuns(1000) },
    );
  });
});

describe("localStart", () => {
  test.each<[unknown, string | undefined]>([
    ["2026-01-06T22:00", "2026-01-06T22:00:00"],
    ["2026-01-06T22:00:30", "2026-01-06T22:00:30"],
    ["2026-01-06T22:00Z", undefined],
    ["2026-01-06", undefined],
    ["2026-01-32T22:00", undefined],
    ["2026-01-06T22:60", undefined],
    ["2026-01-06T22:00:60", undefined],
    ["12026-01-06T22:00", undefined],
  ])("%j: %j", (value, expected) => expect(localStart(value)).toBe(expected));
});

describe("DURATION_PATTERN", () => {
  test.each<[string, boolean]>([
    ["2h", true],
    ["90m", true],
    ["1d", true],
    ["1w", true],
    ["0h", false],
    ["02h", false],
    ["1.5h", false],
    ["1H", false],
    ["PT2H", false],
    ["h", false],
    ["2hx", false],
    ["x2h", false],
  ])("%j: %s", (value, accepted) => expect(DURATION_PATTERN.test(value)).toBe(accepted));
});
