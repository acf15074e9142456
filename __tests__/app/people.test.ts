import { TerraformStack, Testing } from "cdktf";
import { People } from "../../app/people";

describe("People", () => {
  test("keyOf: the email, or id-<id> (the email given with an id plays no part)", () => {
    expect(People.keyOf("alice@example.com")).toBe("alice@example.com");
    expect(People.keyOf({ id: "4711" })).toBe("id-4711");
    expect(People.keyOf({ id: "4711", email: "bob@example.com" })).toBe("id-4711");
  });

  test("one handle per person and scope: by email looked up, by id with the email given", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "prod");
    const people = new People(stack);
    const alice = people.user("alice@example.com");
    expect(alice.node.path).toBe("prod/User-alice@example.com");
    expect(alice.email).toBe("alice@example.com");
    expect(alice.userId).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/); // the data source's id, known at plan
    expect(people.user("alice@example.com")).toBe(alice);

    const bob = people.user({ id: "4711", email: "bob@example.com" });
    expect([bob.node.path, bob.userId, bob.email]).toEqual(["prod/User-id-4711", "4711", "bob@example.com"]);
    expect(people.user({ id: "4711" })).toBe(bob);
    // The same person by email and by id is seen as two.
    expect(people.user("bob@example.com")).not.toBe(bob);
    // Another scope has handles of its own.
    expect(new People(new TerraformStack(app, "staging")).user("alice@example.com").node.path).toBe("staging/User-alice@example.com");
  });

  test("a person by id with an email is labelled by it in every stack: their login email contact is looked up", () => {
    const stack = new TerraformStack(Testing.app(), "staging");
    const people = new People(stack);
    people.user({ id: "4711", email: "carol@example.com" });
    people.user({ id: "4712" });
    people.user({ id: "9007199254740993", email: "big@example.com" }); // not exact as a number: no lookup
    expect(JSON.parse(Testing.synth(stack)).data.ilert_user_email_contact).toEqual({
      "User-id-4711_LoginEmailContact_9F5F84D7": {
        target: "carol@example.com",
        user: { id: 4711 },
      },
    });
  });
});
