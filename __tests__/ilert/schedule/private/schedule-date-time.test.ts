import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { checkEndAfterStart, checkScheduleDateTime } from "../../../../constructs/ilert/schedule/private/schedule-date-time";
import { thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Schedule");

function accepts(value: unknown): boolean {
  try {
    checkScheduleDateTime(scope, "start", value);
    return true;
  } catch (e) {
    if (e instanceof IlertDatadogValidationError) return false;
    throw e;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

describe("checkScheduleDateTime", () => {
  test.each(["2026-01-05T09:00", "2024-02-29T23:59", "2000-02-29T00:00", "2026-12-31T00:00"])("accepts %s", (value) => {
    expect(accepts(value)).toBe(true);
  });

  test.each([
    "2026-01-05",
    "2026-01-05T09:00:00",
    "2026-01-05T09:00Z",
    "2026-01-05T09:00+01:00",
    "2026-01-05 09:00",
    "2026-1-5T9:00",
    "2026-13-01T00:00",
    "2026-00-10T00:00",
    "2026-02-29T00:00",
    "1900-02-29T00:00",
    "2026-04-31T00:00",
    "2026-01-05T24:00",
    "2026-01-05T09:60",
    "+2026-01-05T09:00",
    "12026-01-05T09:00",
  ])("rejects %j", (value) => {
    expect(accepts(value)).toBe(false);
  });

  test("fails with the accepted form", () => {
    const err = thrown(() => checkScheduleDateTime(scope, "layers[0].start", "2026-01-05T09:00:00Z"));
    expect(err.message).toBe(
      'test/Schedule: invalid layers[0].start "2026-01-05T09:00:00Z": expected a date-time "YYYY-MM-DDTHH:mm" in the schedule\'s time zone, e.g. "2026-01-05T09:00"; write the local date and time to the minute, without seconds or zone',
    );
  });

  test("end after start", () => {
    expect(() => checkEndAfterStart(scope, "end", "2026-01-05T09:00", "2026-01-05T09:01", "start")).not.toThrow();
    const err = thrown(() => checkEndAfterStart(scope, "shifts[1].end", "2026-01-05T09:00", "2026-01-05T09:00", "shifts[1].start"));
    expect(err.message).toBe(
      'test/Schedule: invalid shifts[1].end "2026-01-05T09:00": expected a date-time after shifts[1].start "2026-01-05T09:00"; set shifts[1].end later than shifts[1].start',
    );
  });

  test("a start or end known only at apply time is not compared", () => {
    // A token's text ("${TfToken[...]}") sorts before any date-time, so comparing it would refuse a valid shift.
    const later = Token.asString({ Ref: "var.end" });
    const earlier = Token.asString({ Ref: "var.start" });
    expect(() => checkEndAfterStart(scope, "end", "2026-01-05T09:00", later, "start")).not.toThrow();
    expect(() => checkEndAfterStart(scope, "end", earlier, "2026-01-05T09:00", "start")).not.toThrow();
  });

  test("property: a formatted date-time is accepted exactly when it is a real calendar minute", () => {
    const parts = fc.record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
    });
    fc.assert(
      fc.property(parts, ({ year, month, day, hour, minute }) => {
        const date = new Date(Date.UTC(2000, 0, 1));
        date.setUTCFullYear(year, month - 1, day);
        date.setUTCHours(hour, minute);
        const real =
          date.getUTCFullYear() === year &&
          date.getUTCMonth() === month - 1 &&
          date.getUTCDate() === day &&
          date.getUTCHours() === hour &&
          date.getUTCMinutes() === minute;
        expect(accepts(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`)).toBe(real);
      }),
      { numRuns: fcRuns(1000) },
    );
  });

  test("property: any input is accepted or rejected with IlertDatadogValidationError, never another exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{3,6}$/), fc.anything()),
        (value) => void accepts(value),
      ),
      { numRuns: fcRuns(1000) },
    );
  });
});
