import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { isDate } from "../../../../constructs/core/calendar-date";
import { exceptionBlocks } from "../../../../constructs/ilert/alert-source/private/exception-blocks";
import { SupportStatus } from "../../../../constructs/ilert/alert-source/support-status";
import { thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Hours");

describe("exceptionBlocks", () => {
  test("one block per exception: its days, its status (OUTSIDE unless given), its name escaped for Terraform", () => {
    expect(
      exceptionBlocks(scope, "exceptions", [
        { name: "Christmas", firstDay: "2026-12-24", lastDay: "2026-12-26" },
        { name: "Release ${weekend}", firstDay: "2027-01-09", supportStatus: SupportStatus.DURING },
        { name: "Newer", firstDay: "2027-02-01", supportStatus: SupportStatus.custom("PARTIAL") },
      ]),
    ).toEqual([
      { name: "Christmas", start: "2026-12-24", end: "2026-12-26", supportStatus: "OUTSIDE" },
      { name: "Release $${weekend}", start: "2027-01-09", end: "2027-01-09", supportStatus: "DURING" },
      { name: "Newer", start: "2027-02-01", end: "2027-02-01", supportStatus: "PARTIAL" },
    ]);
  });

  test("unset: no blocks; an empty list: none either", () => {
    expect([exceptionBlocks(scope, "exceptions", undefined), exceptionBlocks(scope, "exceptions", [])]).toEqual([undefined, []]);
  });

  test("days known only at apply time are passed on unchecked, not compared with the other day", () => {
    // A token's text ("${TfToken[...]}") sorts before any date, so comparing it would refuse a valid exception.
    const day = Token.asString({ Ref: "var.day" });
    expect(
      exceptionBlocks(scope, "exceptions", [
        { name: "Release", firstDay: "2026-12-24", lastDay: day },
        { name: "Audit", firstDay: day, lastDay: "2026-12-24" },
      ]),
    ).toEqual([
      { name: "Release", start: "2026-12-24", end: day, supportStatus: "OUTSIDE" },
      { name: "Audit", start: day, end: "2026-12-24", supportStatus: "OUTSIDE" },
    ]);
  });

  test.each<[string, unknown, string]>([
    [
      "exceptions that are not a list",
      { name: "Christmas", firstDay: "2026-12-24" },
      'test/Hours: invalid exceptions {"name":"Christmas","firstDay":"2026-12-24"}: expected a list; pass a list of exceptions, or leave it unset',
    ],
    [
      "an exception given as a plain day",
      ["2026-12-24"],
      'test/Hours: invalid exceptions[0] "2026-12-24": expected { name, firstDay: "YYYY-MM-DD", lastDay?, supportStatus? }; describe the exception as an object',
    ],
    [
      "a null exception (plain JavaScript or JSON)",
      [null],
      'test/Hours: invalid exceptions[0] null: expected { name, firstDay: "YYYY-MM-DD", lastDay?, supportStatus? }; describe the exception as an object',
    ],
    [
      "a day with a time",
      [{ name: "Christmas", firstDay: "2026-12-24T00:00" }],
      'test/Hours: invalid exceptions[0].firstDay "2026-12-24T00:00": expected a date "YYYY-MM-DD", e.g. "2026-12-24"; write the day as year-month-day, without a time',
    ],
    [
      "a day that does not exist",
      [{ name: "Leap", firstDay: "2026-02-28", lastDay: "2026-02-29" }],
      'test/Hours: invalid exceptions[0].lastDay "2026-02-29": expected a date "YYYY-MM-DD", e.g. "2026-12-24"; write the day as year-month-day, without a time',
    ],
    [
      "no name",
      [{ firstDay: "2026-12-24" }],
      'test/Hours: missing exceptions[0].name: expected a string of 1-255 bytes (UTF-8); name the exception in 1-255 bytes, e.g. "Christmas"',
    ],
    [
      "a status as a plain string",
      [{ name: "Christmas", firstDay: "2026-12-24", supportStatus: "OUTSIDE" }],
      'test/Hours: invalid exceptions[0].supportStatus "OUTSIDE": expected one of "DURING", "OUTSIDE"; use SupportStatus.OUTSIDE instead of a plain string',
    ],
    [
      "a misspelled optional key",
      [{ name: "Christmas", firstDay: "2026-12-24", lastday: "2026-12-26" }],
      'test/Hours: invalid exceptions[0].lastday "2026-12-26": expected a key of SupportHoursException; did you mean lastDay?',
    ],
    [
      "a key an exception does not have",
      [{ name: "Christmas", firstDay: "2026-12-24", recurring: true }],
      "test/Hours: invalid exceptions[0].recurring true: expected a key of SupportHoursException: name, firstDay, lastDay, supportStatus; remove recurring, or use one of those",
    ],
  ])("fails for %s", (_what, value, message) => {
    expect(thrown(() => exceptionBlocks(scope, "exceptions", value)).message).toBe(message);
  });

  test("property: accepted exactly when both days are real YYYY-MM-DD dates and the last is not before the first", () => {
    const day = fc.oneof(
      fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(day, fc.option(day, { nil: undefined }), (firstDay, lastDay) => {
        const last = lastDay ?? firstDay;
        const accepted = isDate(firstDay) && isDate(last) && last >= firstDay;
        let blocks: unknown;
        try {
          blocks = exceptionBlocks(scope, "exceptions", [{ name: "Holiday", firstDay, lastDay }]);
        } catch (e) {
          if (!(e instanceof IlertDatadogValidationError)) throw e;
        }
        expect(blocks !== undefined).toBe(accepted);
        if (accepted) expect(blocks).toEqual([{ name: "Holiday", start: firstDay, end: last, supportStatus: "OUTSIDE" }]);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
