import * as fc from "fast-check";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../constructs/core/errors";
import { checkIsoDuration } from "../../../constructs/ilert/schedule/iso-duration";
import { thrown } from "../../helpers/synth";
import { fcRuns } from "../../helpers/terraform-literal";

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

describe("checkIsoDuration", () => {
  test.each(["P1D", "P7D", "P14D", "P1W", "PT8H", "PT12H", "PT30M", "PT90S", "P1DT12H", "P1Y2M3DT4H5M6S", "P0DT1H"])(
    "accepts %s",
    (value) => {
      expect(accepts(value)).toBe(true);
    },
  );

  test.each([
    "",
    "P",
    "PT",
    "P0D",
    "PT0H0M",
    "P1",
    "1D",
    "p7d",
    "P7d",
    "P1.5D",
    "PT1.5H",
    "P1WT1H",
    "P1W2D",
    "P-1D",
    "P1DT",
    "PT1D",
    " P7D",
    "P7D ",
  ])("rejects %j", (value) => {
    expect(accepts(value)).toBe(false);
  });

  test("rejects values of other types", () => {
    for (const value of [7, null, ["P7D"], { duration: "P7D" }, true]) expect(accepts(value)).toBe(false);
  });

  test("skips tokens", () => {
    expect(accepts("${TfToken[TOKEN.99]}")).toBe(true);
  });

  test("fails with the construct path, the value, the accepted form and the fix", () => {
    const err = thrown(() => checkIsoDuration(scope, "layers[0].rotation", "7 days", "use Rotation.weekly()"));
    expect(err.message).toBe(
      'test/Schedule: invalid layers[0].rotation "7 days": expected an ISO-8601 duration of whole units greater than zero, e.g. "P1D", "P7D", "P14D" or "PT12H"; use Rotation.weekly()',
    );
  });

  test("property: durations built from whole units are accepted exactly when some unit is non-zero", () => {
    const unit = fc.option(fc.nat({ max: 400 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ y: unit, mo: unit, d: unit, h: unit, mi: unit, s: unit }), ({ y, mo, d, h, mi, s }) => {
        const part = (n: number | undefined, letter: string) => (n === undefined ? "" : `${n}${letter}`);
        const time = part(h, "H") + part(mi, "M") + part(s, "S");
        const text = `P${part(y, "Y")}${part(mo, "M")}${part(d, "D")}${time ? `T${time}` : ""}`;
        const nonZero = [y, mo, d, h, mi, s].some((n) => n !== undefined && n > 0);
        expect(accepts(text)).toBe(nonZero);
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
