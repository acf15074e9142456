import * as fc from "fast-check";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { checkedRotation } from "../../../../constructs/ilert/schedule/private/checked-rotation";
import { Rotation } from "../../../../constructs/ilert/schedule/rotation";
import { thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Schedule");

describe("Rotation", () => {
  test("daily, weekly and every() give the provider's ISO-8601 durations", () => {
    expect(checkedRotation(scope, "rotation", Rotation.daily())).toBe("P1D");
    expect(checkedRotation(scope, "rotation", Rotation.weekly())).toBe("P7D");
    expect(checkedRotation(scope, "rotation", Rotation.every("P14D"))).toBe("P14D");
    expect(checkedRotation(scope, "rotation", Rotation.every("PT12H"))).toBe("PT12H");
  });

  test("fails on a duration that is not ISO-8601", () => {
    const err = thrown(() => checkedRotation(scope, "layers[0].rotation", Rotation.every("2 weeks")));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(
      'test/Schedule: invalid layers[0].rotation "2 weeks": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; give whole days or hours, e.g. Rotation.every("P14D") or Rotation.every("PT12H")',
    );
  });

  test("fails on a plain string, naming the Rotation to use", () => {
    const err = thrown(() => checkedRotation(scope, "layers[0].rotation", "P7D"));
    expect(err.message).toBe(
      'test/Schedule: invalid layers[0].rotation "P7D": expected a Rotation; use Rotation.daily(), Rotation.weekly() or Rotation.every("P7D")',
    );
  });

  test("fails on a look-alike that is not a string, naming an example duration instead of its value", () => {
    const err = thrown(() => checkedRotation(scope, "layers[0].rotation", { duration: "P7D" }));
    expect(err.message).toBe(
      'test/Schedule: invalid layers[0].rotation {"duration":"P7D"}: expected a Rotation; use Rotation.daily(), Rotation.weekly() or Rotation.every("P14D")',
    );
  });

  test("property: any rotation is accepted or rejected with IlertDatadogValidationError, never another exception", () => {
    const input = fc.oneof(
      fc.string().map((s) => Rotation.every(s)),
      fc.stringMatching(/^P[0-9WDTH]{0,5}$/).map((s) => Rotation.every(s)),
      fc.anything(),
    );
    fc.assert(
      fc.property(input, (value) => {
        try {
          const duration = checkedRotation(scope, "rotation", value);
          expect(value).toBeInstanceOf(Rotation);
          expect(duration).toBe((value as Rotation).duration);
        } catch (e) {
          if (!(e instanceof IlertDatadogValidationError)) throw e;
        }
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
