import { Testing, TerraformStack } from "cdktf";
import { AutoResolutionTimeout, TeamMemberRole, TeamVisibility, UserRole } from "../../../constructs";
import { checkEnum } from "../../../constructs/core/private/check-enum";
import { Fruit } from "../../helpers/provider-enum";
import { thrown } from "../../helpers/synth";

describe("checkEnum", () => {
  const scope = new TerraformStack(Testing.app(), "test");

  test("passes constants, custom values and undefined", () => {
    expect(() => checkEnum(scope, "role", UserRole.ADMIN, UserRole)).not.toThrow();
    expect(() => checkEnum(scope, "role", UserRole.custom("OWNER"), UserRole)).not.toThrow();
    expect(() => checkEnum(scope, "role", undefined, UserRole)).not.toThrow();
  });

  test("names the constant for a plain string that is a known value", () => {
    expect(thrown(() => checkEnum(scope, "autoResolutionTimeout", "PT2H", AutoResolutionTimeout)).message).toMatch(
      /^test: invalid autoResolutionTimeout "PT2H": expected one of .*; use AutoResolutionTimeout.HOURS_2 instead of a plain string$/,
    );
  });

  test("lists the values for anything else, including another class's constant", () => {
    expect(thrown(() => checkEnum(scope, "visibility", TeamMemberRole.ADMIN, TeamVisibility)).message).toBe(
      'test: invalid visibility "ADMIN": expected one of "PUBLIC", "PRIVATE"; use one of the TeamVisibility constants, or TeamVisibility.custom("...") for a value a newer provider accepts',
    );
  });

  test("names no static of the class that is not one of its constants (Fruit.PRIORITY is AlertPriority.HIGH)", () => {
    expect(thrown(() => checkEnum(scope, "fruit", "HIGH", Fruit)).message).toBe(
      'test: invalid fruit "HIGH": expected one of "APPLE", "PEAR"; use one of the Fruit constants, or Fruit.custom("...") for a value a newer provider accepts',
    );
  });
});
