import { Rotation } from "../../../constructs";

// How a schedule checks a rotation and reads its duration: private/checked-rotation.test.ts.
describe("Rotation", () => {
  test("daily, weekly and every() hold the ISO-8601 duration written to Terraform, unchecked until a schedule uses it", () => {
    expect([Rotation.daily(), Rotation.weekly(), Rotation.every("P14D"), Rotation.every("2 weeks")].map((r) => r.duration)).toEqual([
      "P1D",
      "P7D",
      "P14D",
      "2 weeks",
    ]);
  });
});
