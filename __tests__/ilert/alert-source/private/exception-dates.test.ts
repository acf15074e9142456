import * as fc from "fast-check";
import { exceptionBounds, readExceptionBounds } from "../../../../constructs/ilert/alert-source/private/exception-dates";
import { fcRuns } from "../../../helpers/terraform-literal";

describe("exception dates (the one place of iLert's UNCERTAIN exception form)", () => {
  test("the first and the last day, as dates", () => {
    expect(exceptionBounds({ firstDay: "2026-12-24", lastDay: "2026-12-26" })).toEqual({ start: "2026-12-24", end: "2026-12-26" });
  });

  test("reads back what it writes, for every pair of days", () => {
    const day = fc
      .date({ min: new Date("1970-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (firstDay, lastDay) => {
        const { start, end } = exceptionBounds({ firstDay, lastDay });
        expect(readExceptionBounds(start, end)).toEqual({ firstDay, lastDay });
      }),
      { numRuns: fcRuns(500) },
    );
  });

  test.each<[unknown, unknown]>([
    ["2026-12-24T00:00:00Z", "2026-12-26"],
    ["${var.start}", "2026-12-26"],
    [undefined, "2026-12-26"],
  ])("another form is not read: %j, %j", (start, end) => expect(readExceptionBounds(start, end)).toBeUndefined());
});
