import { IlertDatadogValidationError } from "../../constructs";
import { constructProblem } from "../../app/construct-problem";

describe("constructProblem", () => {
  test("the construct's error at the config path, as a value of the config: no construct path, no prop name", () => {
    const error = new IlertDatadogValidationError("prod/payments/Schedule", {
      prop: "layers[0].rotation",
      received: "P0D",
      accepted: "a positive ISO-8601 duration",
      fix: 'use e.g. "P7D"',
    });
    expect(constructProblem("teams[2].schedule.rotation", error)).toBe(
      'teams[2].schedule.rotation: invalid value "P0D": expected a positive ISO-8601 duration; use e.g. "P7D"',
    );
  });
});
