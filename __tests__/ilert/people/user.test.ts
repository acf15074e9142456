import { IlertDatadogValidationError } from "../../../constructs/core/errors";
import { User, UserLanguage, UserRole } from "../../../constructs/ilert/people/user";
import { only, synth, thrown } from "../../helpers/synth";

describe("User", () => {
  test("declares an ilert_user with every prop it offers, escaping template sequences", () => {
    const { tf } = synth((stack) => {
      new User(stack, "Alice", {
        email: "alice@example.com",
        firstName: "Alice",
        lastName: "O'${Neil}",
        role: UserRole.RESPONDER,
        timezone: "America/New_York",
        language: UserLanguage.GERMAN,
        position: "SRE",
        department: "Payments",
        sendNoInvitation: true,
      });
    });
    expect(only(tf, "resource", "ilert_user").body).toEqual({
      email: "alice@example.com",
      first_name: "Alice",
      last_name: "O'$${Neil}",
      role: "RESPONDER",
      timezone: "America/New_York",
      language: "de",
      position: "SRE",
      department: "Payments",
      send_no_invitation: true,
    });
  });

  test("a declared user's handle knows its email", () => {
    synth((stack) => {
      const user = new User(stack, "Alice", { email: "alice@example.com", firstName: "Alice", lastName: "Smith" });
      expect(user.email).toBe("alice@example.com");
    });
  });

  test("User.fromEmail looks the user up through the ilert_user data source and keeps the email", () => {
    const { tf } = synth((stack) => {
      const user = User.fromEmail(stack, "Lead", "lead@example.com");
      expect(user.email).toBe("lead@example.com");
    });
    expect(only(tf, "data", "ilert_user").body).toEqual({ email: "lead@example.com" });
  });

  test("User.fromId takes the id as is, and optionally the email", () => {
    synth((stack) => {
      const bob = User.fromId(stack, "Bob", "42");
      expect(bob.userId).toBe("42");
      expect(bob.email).toBeUndefined();
      expect(User.fromId(stack, "Carol", "43", { email: "carol@example.com" }).email).toBe("carol@example.com");
    });
  });

  describe("fails", () => {
    test.each<[string, (stack: any) => unknown, string]>([
      [
        "on a non-numeric id",
        (stack) => User.fromId(stack, "Bob", "bob"),
        'test/Bob: invalid userId "bob": expected digits (a numeric iLert id); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
      ],
      [
        "on an id passed as a number from JavaScript",
        (stack) => User.fromId(stack, "Bob", 1234 as any),
        'test/Bob: invalid userId 1234: expected a string of digits (a numeric iLert id); pass the id as a string: "1234"',
      ],
      [
        "on an id above the provider's int64 range",
        (stack) => User.fromId(stack, "Bob", "9223372036854775808"),
        'test/Bob: invalid userId "9223372036854775808": expected an iLert id from 1 to 9223372036854775807 (the provider reads ids as 64-bit integers); use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
      ],
      [
        "on a fromEmail address without @ (same rule as user emails)",
        (stack) => User.fromEmail(stack, "Lead", "lead"),
        'test/Lead: invalid email "lead": expected an email address, 1-255 bytes (UTF-8); pass the user\'s login email',
      ],
      [
        "on a fromId email without @",
        (stack) => User.fromId(stack, "Bob", "42", { email: "bob" }),
        'test/Bob: invalid email "bob": expected an email address, 1-255 bytes (UTF-8); use the user\'s login email, or leave it unset',
      ],
      [
        "on fromId options that are not an object (plain JavaScript or JSON)",
        (stack) => User.fromId(stack, "Bob", "42", null as never),
        "test/Bob: invalid options null: expected an object; pass { email }, or no options",
      ],
      [
        "on fromEmail options that are not an object",
        (stack) => User.fromEmail(stack, "Bob", "bob@example.com", null as never),
        "test/Bob: invalid options null: expected an object; pass { ilertProvider }, or no options",
      ],
      [
        "on a misspelled fromId option (plain JavaScript, or TypeScript without type checks)",
        (stack) => User.fromId(stack, "Bob", "42", { emial: "bob@example.com" } as never),
        'test/Bob: invalid emial "bob@example.com": expected a key of UserFromIdOptions; did you mean email?',
      ],
      [
        "on a misspelled fromEmail option",
        (stack) => User.fromEmail(stack, "Bob", "bob@example.com", { provider: {} } as never),
        "test/Bob: invalid provider {}: expected a key of LookupOptions: ilertProvider; remove provider, or use one of those",
      ],
      [
        "on a misspelled required prop of a declared user",
        (stack) => new User(stack, "Alice", { email: "alice@example.com", firstname: "A", lastName: "B" } as never),
        "test/Alice: missing firstName: expected firstName, found firstname, which UserProps does not have; did you mean firstName?",
      ],
      [
        "on a declared user's email without @",
        (stack) => new User(stack, "Alice", { email: "alice", firstName: "A", lastName: "B" }),
        'test/Alice: invalid email "alice": expected an email address, 1-255 bytes (UTF-8); use the person\'s email address',
      ],
    ])("%s", (_label, build, message) => {
      const err = thrown(() => synth(build));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(message);
    });
  });
});
