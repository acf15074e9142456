import { IlertDatadogValidationError } from "../../../constructs/core/errors";
import { Team, TeamMemberRole, TeamVisibility } from "../../../constructs/ilert/people/team";
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

  describe("fails", () => {
    test("on a member that is not a user handle", () => {
      const err = thrown(() => synth((stack) => new Team(stack, "Payments", { name: "Payments", members: [{ user: "42" as any }] })));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(
        'test/Payments: invalid members[0].user "42": expected a user handle; pass a User, or User.fromId / User.fromEmail',
      );
    });

    test("on a member whose own user handle has a non-numeric id", () => {
      const err = thrown(() =>
        synth(
          (stack) =>
            new Team(stack, "Payments", { name: "Payments", members: [{ user: ownHandle<IUser>(stack, "Alice", { userId: "alice" }) }] }),
        ),
      );
      expect(err.message).toBe(
        'test/Payments: invalid members[0].user.userId "alice": expected digits (a numeric iLert id); set userId of the user handle test/Alice to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
      );
    });

    test("on a role given as a plain string", () => {
      const err = thrown(() =>
        synth(
          (stack) =>
            new Team(stack, "Payments", { name: "Payments", members: [{ user: User.fromId(stack, "U", "1"), role: "ADMIN" as any }] }),
        ),
      );
      expect(err.message).toBe(
        'test/Payments: invalid members[0].role "ADMIN": expected one of "ADMIN", "USER", "RESPONDER", "STAKEHOLDER", "VIEWER"; use TeamMemberRole.ADMIN instead of a plain string',
      );
    });
  });
});
