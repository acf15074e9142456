import { adoptedIlertId } from "../../../constructs/core/private/adopt-resource";
import { synth, thrown } from "../../helpers/synth";

// adoptionOptions and adoptResource are tested through every adoptExisting and Adoption.adopt, in
// __tests__/core/adoption.test.ts.
describe("adoptedIlertId", () => {
  test("takes digits, or a positive integer from JSON, as the string the provider imports by", () => {
    synth((stack) => {
      expect(adoptedIlertId(stack, "scheduleId", "42", "fix")).toBe("42");
      expect(adoptedIlertId(stack, "scheduleId", 42, "fix")).toBe("42");
    });
  });

  test.each([[0], [-3], [1.5], ["x"]])("refuses %j, shown as given", (id) => {
    const message = thrown(() => synth((stack) => adoptedIlertId(stack, "scheduleId", id, "use the number in its URL"))).message;
    expect(message).toBe(`test: invalid scheduleId ${JSON.stringify(id)}: expected digits (a numeric iLert id); use the number in its URL`);
  });
});
