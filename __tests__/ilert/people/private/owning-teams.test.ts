import { TerraformStack, Testing, Token } from "cdktf";
import { Team, User } from "../../../../constructs";
import { teamBlocks } from "../../../../constructs/ilert/people/private/owning-teams";
import { thrown } from "../../../helpers/synth";

describe("teamBlocks", () => {
  const stack = new TerraformStack(Testing.app(), "test");

  test("one `team { id }` block per team, in order: a literal id as a number, a looked-up one as a numeric token", () => {
    expect(teamBlocks(stack, [Team.fromId(stack, "Ops", "12"), Team.fromId(stack, "Sre", "7")])).toEqual([{ id: 12 }, { id: 7 }]);
    const [looked] = teamBlocks(stack, [Team.fromName(stack, "Named", "Payments")]);
    expect(Token.isUnresolved(looked.id)).toBe(true);
  });

  test.each<[string, unknown, string]>([
    ["an empty list", [], "invalid teams []: expected a list of at least 1 item; pass at least one team, or leave teams unset"],
    ["not a list", "Ops", 'invalid teams "Ops": expected a list of at least 1 item; pass at least one team, or leave teams unset'],
  ])("refuses %s", (_, teams, message) => {
    expect(thrown(() => teamBlocks(stack, teams)).message).toBe(`test: ${message}`);
  });

  test("refuses a handle that is not a team, naming its index", () => {
    const user = User.fromId(stack, "Ann", "5");
    expect(thrown(() => teamBlocks(stack, [Team.fromId(stack, "A", "1"), user])).message).toBe(
      'test: invalid teams[1] "test/Ann": expected a team handle; pass a Team, or Team.fromId / Team.fromName',
    );
  });
});
