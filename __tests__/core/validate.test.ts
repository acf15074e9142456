import { Testing, TerraformStack } from "cdktf";
import { checkInstance } from "../../constructs/core/validate";
import { thrown } from "../helpers/synth";

class Apple {
  private constructor(public readonly kind: string) {}
  public static red(): Apple {
    return new Apple("red");
  }
}

class Pear {}

describe("checkInstance", () => {
  const scope = new TerraformStack(Testing.app(), "test");

  test("returns an instance, typed", () => {
    const apple = Apple.red();
    expect(checkInstance(scope, "fruit", apple, Apple, "use Apple.red()").kind).toBe("red");
  });

  test("refuses a look-alike object, saying a/an before the class name", () => {
    expect(thrown(() => checkInstance(scope, "fruit", { kind: "red" }, Apple, "use Apple.red()")).message).toBe(
      'test: invalid fruit {"kind":"red"}: expected an Apple; use Apple.red()',
    );
    expect(thrown(() => checkInstance(scope, "fruit", "pear", Pear, "use new Pear()")).message).toBe(
      'test: invalid fruit "pear": expected a Pear; use new Pear()',
    );
  });

  test("takes another wording of what is accepted, and a function name as scope", () => {
    expect(thrown(() => checkInstance("makeSalad", "fruit", undefined, Pear, "pass a pear", "a Pear or a Pear-like fruit")).message).toBe(
      "makeSalad: invalid fruit undefined: expected a Pear or a Pear-like fruit; pass a pear",
    );
  });
});
