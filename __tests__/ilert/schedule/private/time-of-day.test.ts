import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { checkTimeOfDay } from "../../../../constructs/ilert/schedule/private/time-of-day";
import { passes, thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Schedule");

describe("checkTimeOfDay", () => {
  test('property: "HH:mm" is accepted exactly when the hour is 0-23 and the minute 0-59', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        const text = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        expect(passes(() => checkTimeOfDay(scope, "time", text))).toBe(h <= 23 && m <= 59);
      }),
      { numRuns: fcRuns(1000) },
    );
  });

  test.each(["109:00", "009:00", " 09:00", "09:00 ", "9:00", "09:5"])(
    "refuses %j: exactly two digits each, nothing around them",
    (text) => {
      expect(thrown(() => checkTimeOfDay(scope, "start", text)).message).toBe(
        `test/Schedule: invalid start ${JSON.stringify(text)}: expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"`,
      );
    },
  );

  test("a time known only at apply time passes", () => {
    expect(passes(() => checkTimeOfDay(scope, "start", Token.asString({ Ref: "var.start" })))).toBe(true);
  });

  test("property: any time is accepted or rejected with IlertDatadogValidationError, never another exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{1,3}:[0-9]{1,3}$/), fc.anything()),
        (v) => void passes(() => checkTimeOfDay(scope, "time", v)),
      ),
      { numRuns: fcRuns(1000) },
    );
  });
});
