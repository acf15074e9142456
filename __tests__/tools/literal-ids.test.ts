import { ID_KEYS, idKind, literalIds, loginEmails, walkValues } from "../../tools/literal-ids";

describe("literal ids", () => {
  test("the kind follows the key a value sits under, or the key above its id", () => {
    expect(idKind(["escalation_policy"])).toBe("ilert_escalation_policy");
    expect(idKind(["escalation_rule", 0, "user"])).toBe("ilert_user");
    expect(idKind(["team", 1, "id"])).toBe("ilert_team");
    expect(idKind(["schedule_layer", 0, "user", 2, "id"])).toBe("ilert_user");
    expect(idKind(["name"])).toBeUndefined();
    expect(idKind([])).toBeUndefined();
    // An object's own keys only: "constructor" names no kind.
    expect(idKind(["constructor"])).toBeUndefined();
    expect(idKind(["support_hours", "id"])).toBeUndefined();
    expect(idKind(["support_hours", "id"], { ...ID_KEYS, support_hours: "ilert_support_hour" })).toBe("ilert_support_hour");
    // A path of indexes alone has no key, even when the keys name "undefined".
    expect(idKind([0, 1], { undefined: "ilert_user" })).toBeUndefined();
  });

  test("a literal id is digits alone, without a leading zero", () => {
    expect(literalIds({ user: "12", users: [7], team: "12x", teams: ["x12", "012", "1.5", ""] })).toEqual([
      { type: "ilert_user", id: "12", at: ["user"] },
      { type: "ilert_user", id: "7", at: ["users", 0] },
    ]);
  });

  test("literalIds finds digits under known keys, never references or other values", () => {
    const body = {
      name: "1234",
      escalation_policy: "4711",
      team: [{ id: 12 }, { id: "${ilert_team.t.id}" }],
      escalation_rule: [{ user: "0815" }, { schedule: "99", escalation_timeout: 15 }],
      "//": { metadata: { user: "5" } },
    };
    expect(literalIds(body)).toEqual([
      { type: "ilert_escalation_policy", id: "4711", at: ["escalation_policy"] },
      { type: "ilert_team", id: "12", at: ["team", 0, "id"] },
      { type: "ilert_schedule", id: "99", at: ["escalation_rule", 1, "schedule"] },
    ]);
  });

  test("walkValues visits strings and numbers with their paths, and skips cdktf's metadata", () => {
    const seen: [string, string][] = [];
    walkValues({ a: [1, { b: "x" }], "//": { c: "y" }, d: null, e: true }, [], (at, value) => seen.push([at.join("."), value]));
    expect(seen).toEqual([
      ["a.0", "1"],
      ["a.1.b", "x"],
    ]);
  });

  test("loginEmails maps a user id to the login email its contact is looked up by", () => {
    expect(
      loginEmails({
        ilert_user_email_contact: {
          a: { user: { id: 4711 }, target: "carol@example.com" },
          b: { user: { id: "${data.ilert_user.x.id}" }, target: "dollar$${x}@example.com" },
          c: { user: {}, target: "nobody@example.com" },
        },
      }),
    ).toEqual(
      new Map([
        ["4711", "carol@example.com"],
        ["${data.ilert_user.x.id}", "dollar${x}@example.com"],
      ]),
    );
    expect(loginEmails(undefined)).toEqual(new Map());
  });
});
