import * as fc from "fast-check";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { checkIsoDuration } from "../../../../constructs/ilert/schedule/private/iso-duration";
import { thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Schedule");

/** Whether the check accepts `value`; any error but the library's fails the test. */
function accepts(value: unknown): boolean {
  try {
    checkIsoDuration(scope, "duration", value, "fix it");
    return true;
  } catch (e) {
    if (e instanceof IlertDatadogValidationError) return false;
    throw e;
  }
}

const ACCEPTED = 'whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"';

describe("checkIsoDuration", () => {
  test.each(["P1D", "P7D", "P14D", "P365D", "PT1H", "PT8H", "PT12H", "PT24H", "PT36H"])("accepts %s", (value) => {
    expect(accepts(value)).toBe(true);
  });

  // Each ISO-8601 form iLert does not document, with how to write it instead.
  test.each([
    ["P1W", 'write it as "P7D"'],
    ["P2W", 'write it as "P14D"'],
    ["P10W", 'write it as "P70D"'],
    ["P12M", 'calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"'],
    ["P10Y", 'calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"'],
    ["P1M", 'calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"'],
    ["P1Y", 'calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"'],
    ["P1Y2M3DT4H5M6S", 'calendar months and years have no fixed length; give days, e.g. "P30D" or "P365D"'],
    ["PT1S", "iLert rotates in whole hours or days; round it to whole hours"],
    ["PT30M", "iLert rotates in whole hours or days; round it to whole hours"],
    ["PT90M", "iLert rotates in whole hours or days; round it to whole hours"],
    ["PT120M", 'write it as "PT2H"'],
    ["PT3600S", 'write it as "PT1H"'],
    ["P1DT12H", 'write it as "PT36H"'],
    ["P1DT24H", 'write it as "P2D"'],
    ["P0DT1H", 'write it as "PT1H"'],
    ["P07D", 'write it as "P7D"'],
    ["PT08H", 'write it as "PT8H"'],
    ["P0D", "give a duration greater than zero"],
    ["PT0H0M", "give a duration greater than zero"],
  ])("refuses %s: %s", (value, fix) => {
    const err = thrown(() => checkIsoDuration(scope, "layers[0].rotation", value, "fix it"));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(`test/Schedule: invalid layers[0].rotation "${value}": expected ${ACCEPTED}; ${fix}`);
  });

  test.each(["", "P", "PT", "P1", "1D", "p7d", "P7d", "P1.5D", "PT1.5H", "P1WT1H", "P1W2D", "P-1D", "P1DT", "PT1D", " P7D", "P7D "])(
    "refuses %j, which is no ISO-8601 duration, with the caller's fix",
    (value) => {
      const err = thrown(() => checkIsoDuration(scope, "duration", value, "fix it"));
      expect(err.message).toBe(`test/Schedule: invalid duration ${JSON.stringify(value)}: expected ${ACCEPTED}; fix it`);
    },
  );

  test("rejects values of other types", () => {
    for (const value of [7, null, ["P7D"], { duration: "P7D" }, true]) expect(accepts(value)).toBe(false);
  });

  test("skips tokens", () => {
    expect(accepts("${TfToken[TOKEN.99]}")).toBe(true);
  });

  test("property: durations built from whole units are accepted exactly when they are one non-zero count of days or of hours", () => {
    const unit = fc.option(fc.nat({ max: 400 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ y: unit, mo: unit, d: unit, h: unit, mi: unit, s: unit }), ({ y, mo, d, h, mi, s }) => {
        const part = (n: number | undefined, letter: string) => (n === undefined ? "" : `${n}${letter}`);
        const time = part(h, "H") + part(mi, "M") + part(s, "S");
        const text = `P${part(y, "Y")}${part(mo, "M")}${part(d, "D")}${time ? `T${time}` : ""}`;
        const given = [y, mo, d, h, mi, s].filter((n) => n !== undefined);
        const onlyDays = given.length === 1 && d !== undefined && d > 0;
        const onlyHours = given.length === 1 && h !== undefined && h > 0;
        expect(accepts(text)).toBe(onlyDays || onlyHours);
      }),
      { numRuns: fcRuns(500) },
    );
  });

  test("property: any input is accepted or rejected with IlertDatadogValidationError, never another exception", () => {
    const durationish = fc.stringMatching(/^P?[0-9WYMDTHS.\- ]{0,8}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), durationish, fc.anything()), (value) => void accepts(value)),
      { numRuns: fcRuns(1000) },
    );
  });
});
