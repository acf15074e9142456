import { TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertDatadogValidationError } from "../../../constructs/core/errors";
import { Team, TeamMemberRole, TeamProps, TeamVisibility } from "../../../constructs/ilert/people/team";
import { IUser, User } from "../../../constructs/ilert/people/user";
import { ownHandle } from "../../helpers/handles";
import { only, synth, thrown } from "../../helpers/synth";

describe("Team", () => {
  test("declares an ilert_team whose members reference declared, looked-up and existing users", () => {
    const { tf } = synth((stack) => {
      const alice = new User(stack, "Alice", { email: "alice@example.com", firstName: "Alice", lastName: "Smith" });
      new Team(stack, "Payments", {
        name: "Payments",
        visibility: TeamVisibility.PRIVATE,
        members: [
          { user: alice, role: TeamMemberRole.ADMIN },
          { user: User.fromEmail(stack, "Bob", "bob@example.com") },
          { user: User.fromId(stack, "Carol", "43"), role: TeamMemberRole.STAKEHOLDER },
        ],
      });
    });
    const alice = only(tf, "resource", "ilert_user").name;
    const bob = only(tf, "data", "ilert_user").name;
    expect(only(tf, "resource", "ilert_team").body).toEqual({
      name: "Payments",
      visibility: "PRIVATE",
      member: [
        { user: `\${ilert_user.${alice}.id}`, role: "ADMIN" },
        { user: `\${data.ilert_user.${bob}.id}` },
        { user: "43", role: "STAKEHOLDER" },
      ],
    });
  });

  test("Team.fromName looks the team up through the ilert_team data source; Team.fromId takes the id", () => {
    const { tf } = synth((stack) => {
      expect(Team.fromId(stack, "ById", "11").teamId).toBe("11");
      Team.fromName(stack, "ByName", "Payments");
    });
    expect(only(tf, "data", "ilert_team").body).toEqual({ name: "Payments" });
  });

  test("TeamVisibility.custom passes a value of a newer provider through unchecked, marked as custom", () => {
    const visibility = TeamVisibility.custom("INTERNAL");
    expect([visibility.isCustom, TeamVisibility.PRIVATE.isCustom]).toEqual([true, false]);
    const { tf } = synth((stack) => new Team(stack, "Payments", { name: "Payments", visibility }));
    expect(only(tf, "resource", "ilert_team").body).toEqual({ name: "Payments", visibility: "INTERNAL" });
  });

  describe("fails", () => {
    /** Team "Payments" with `props` changed. */
    const payments = (stack: TerraformStack, props: Partial<TeamProps> = {}) => new Team(stack, "Payments", { name: "Payments", ...props });

    test.each<[string, (stack: TerraformStack) => unknown, string]>([
      [
        "on a member that is not a user handle",
        (stack) => payments(stack, { members: [{ user: "42" as any }] }),
        'test/Payments: invalid members[0].user "42": expected a user handle; pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "on a member whose own user handle has a non-numeric id",
        (stack) => payments(stack, { members: [{ user: ownHandle<IUser>(stack, "Alice", { userId: "alice" }) }] }),
        'test/Payments: invalid members[0].user.userId "alice": expected digits (a numeric iLert id); set userId of the user handle test/Alice to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "on a role given as a plain string",
        (stack) => payments(stack, { members: [{ user: User.fromId(stack, "U", "1"), role: "ADMIN" as any }] }),
        'test/Payments: invalid members[0].role "ADMIN": expected one of "ADMIN", "USER", "RESPONDER", "STAKEHOLDER", "VIEWER"; use TeamMemberRole.ADMIN instead of a plain string',
      ],
      [
        "on a member that is not an object (plain JavaScript or JSON)",
        (stack) => payments(stack, { members: [null as never] }),
        "test/Payments: invalid members[0] null: expected { user: IUser, role?: TeamMemberRole }; pass { user, role }",
      ],
      [
        "on a visibility given as a plain string",
        (stack) => payments(stack, { visibility: "PRIVATE" as any }),
        'test/Payments: invalid visibility "PRIVATE": expected one of "PUBLIC", "PRIVATE"; use TeamVisibility.PRIVATE instead of a plain string',
      ],
      [
        "on an empty name",
        (stack) => payments(stack, { name: "" }),
        'test/Payments: invalid name "": expected a string of 1-255 bytes (UTF-8); use a team name of 1-255 bytes',
      ],
      [
        "on a misspelled required prop",
        (stack) => new Team(stack, "Payments", { nme: "Payments" } as never),
        "test/Payments: missing name: expected name, found nme, which TeamProps does not have; did you mean name?",
      ],
      [
        "on props that are not an object",
        (stack) => new Team(stack, "Payments", null as never),
        "test/Payments: invalid props null: expected an object; pass { name: ... }",
      ],
      [
        "on a provider of the wrong kind as ilertProvider",
        (stack) => payments(stack, { ilertProvider: new DatadogProvider(stack, "Wrong", {}) as never }),
        "test/Payments: invalid ilertProvider \"a Datadog provider\": expected an iLert provider; pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default",
      ],
      [
        "on a key a member does not have",
        (stack) => payments(stack, { members: [{ user: User.fromId(stack, "U", "1"), rol: "ADMIN" } as never] }),
        'test/Payments: invalid members[0].rol "ADMIN": expected a key of TeamMember; did you mean role?',
      ],
      [
        "on members that are not a list",
        (stack) => payments(stack, { members: "alice" as never }),
        'test/Payments: invalid members "alice": expected a list; pass a list of { user, role }',
      ],
      [
        "on a team id that is not numeric",
        (stack) => Team.fromId(stack, "ById", "payments"),
        'test/ById: invalid teamId "payments": expected digits (a numeric iLert id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
      ],
      [
        "on a provider of the wrong kind for a look-up",
        (stack) => Team.fromName(stack, "ByName", "Payments", { ilertProvider: new DatadogProvider(stack, "Wrong", {}) as never }),
        "test/ByName: invalid ilertProvider \"a Datadog provider\": expected an iLert provider; pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default",
      ],
      [
        "on a key adoption does not have",
        (stack) => payments(stack).adoptExisting({ teamId: "12", importBlock: false } as never),
        "test/Payments: invalid importBlock false: expected a key of AdoptTeamProps; did you mean importBlocks?",
      ],
      [
        "on adoptExisting props that are not an object",
        (stack) => payments(stack).adoptExisting(null as never),
        'test/Payments: invalid props null: expected an object; pass { teamId: "1234" }',
      ],
    ])("%s", (_label, build, message) => {
      const err = thrown(() => synth(build));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(message);
    });
  });
});
