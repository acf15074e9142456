import { TerraformStack, Testing } from "cdktf";
import { SupportHours } from "../../../constructs";
import { thrown } from "../../helpers/synth";

describe("SupportHours.fromId", () => {
  test("a handle with the id, at its construct path", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const hours = SupportHours.fromId(stack, "Hours", "42");
    expect([hours.node.path, hours.supportHoursId]).toEqual(["s/Hours", "42"]);
  });

  test("refuses an id that is not a numeric iLert id", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(thrown(() => SupportHours.fromId(stack, "Hours", "office-hours")).message).toBe(
      's/Hours: invalid supportHoursId "office-hours": expected digits (a numeric iLert id); use the numeric id shown in the support hours\' iLert URL, e.g. "1234"',
    );
  });
});
