import { TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertDatadogValidationError } from "../../../constructs/core/errors";
import { User, UserLanguage, UserProps, UserRole } from "../../../constructs/ilert/people/user";
import { only, synth, thrown } from "../../helpers/synth";

/** User "Alice" with the required props, and `props` changed. */
function alice(stack: TerraformStack, props: Partial<UserProps> = {}): User {
  return new User(stack, "Alice", { email: "alice@example.com", firstName: "A", lastName: "B", ...props });
}

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

  test("UserRole.custom and UserLanguage.custom pass values of a newer provider through unchecked, marked as custom", () => {
    const role = UserRole.custom("OWNER");
    const language = UserLanguage.custom("fr");
    expect([role.isCustom, language.isCustom, UserRole.ADMIN.isCustom, UserLanguage.GERMAN.isCustom]).toEqual([true, true, false, false]);
    const { tf } = synth((stack) => alice(stack, { role, language }));
    expect(only(tf, "resource", "ilert_user").body).toMatchObject({ role: "OWNER", language: "fr" });
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
        (stack) => alice(stack, { email: "alice" }),
        'test/Alice: invalid email "alice": expected an email address, 1-255 bytes (UTF-8); use the person\'s email address',
      ],
      [
        "on a declared user's props that are not an object",
        (stack) => new User(stack, "Alice", null as never),
        "test/Alice: invalid props null: expected an object; pass { email, firstName, lastName }",
      ],
      [
        "on an empty first name",
        (stack) => alice(stack, { firstName: "" }),
        'test/Alice: invalid firstName "": expected a string of 1-255 bytes (UTF-8); set firstName to the person\'s first name',
      ],
      [
        "on an empty last name",
        (stack) => alice(stack, { lastName: "" }),
        'test/Alice: invalid lastName "": expected a string of 1-255 bytes (UTF-8); set lastName to the person\'s last name',
      ],
      [
        "on an empty position",
        (stack) => alice(stack, { position: "" }),
        'test/Alice: invalid position "": expected a string of 1-255 bytes (UTF-8); set position to text of 1-255 bytes, or leave it unset',
      ],
      [
        "on a role given as a plain string",
        (stack) => alice(stack, { role: "ADMIN" as never }),
        'test/Alice: invalid role "ADMIN": expected one of "ADMIN", "USER", "RESPONDER", "STAKEHOLDER", "GUEST", "VIEWER"; use UserRole.ADMIN instead of a plain string',
      ],
      [
        "on a language given as a plain string",
        (stack) => alice(stack, { language: "de" as never }),
        'test/Alice: invalid language "de": expected one of "en", "de"; use UserLanguage.GERMAN instead of a plain string',
      ],
      [
        "on a sendNoInvitation that is not a boolean",
        (stack) => alice(stack, { sendNoInvitation: "yes" as never }),
        'test/Alice: invalid sendNoInvitation "yes": expected true or false; set sendNoInvitation to a boolean',
      ],
      [
        "on a provider of the wrong kind as ilertProvider",
        (stack) => alice(stack, { ilertProvider: new DatadogProvider(stack, "Wrong", {}) as never }),
        "test/Alice: invalid ilertProvider \"a Datadog provider\": expected an iLert provider; pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default",
      ],
      [
        "on a key adoption does not have",
        (stack) => alice(stack).adoptExisting({ userId: "12", importBlock: false } as never),
        "test/Alice: invalid importBlock false: expected a key of AdoptUserProps; did you mean importBlocks?",
      ],
      [
        "on adoptExisting props that are not an object",
        (stack) => alice(stack).adoptExisting(null as never),
        'test/Alice: invalid props null: expected an object; pass { userId: "1234" }',
      ],
    ])("%s", (_label, build, message) => {
      const err = thrown(() => synth(build));
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect(err.message).toBe(message);
    });
  });
});
