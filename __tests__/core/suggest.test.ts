import fc from "fast-check";
import { suggest } from "../../constructs/core/suggest";

describe("suggest", () => {
  const keys = ["webhookName", "escalationTimeoutMin", "name", "rotation", "P1"];

  test("the same letters in another case, whatever the distance", () => {
    expect(suggest("WEBHOOKNAME", keys)).toBe("webhookName");
    expect(suggest("p1", keys)).toBe("P1");
  });

  test("up to 2 edits (a transposition is one), and at most a third of the key's length", () => {
    expect(suggest("webhookNam", keys)).toBe("webhookName");
    expect(suggest("escalationTimeoutMn", keys)).toBe("escalationTimeoutMin");
    expect(suggest("rotaiton", keys)).toBe("rotation");
    expect(suggest("rtaiton", keys)).toBe("rotation");
    // 3 edits: none.
    expect(suggest("rtaitn", keys)).toBeUndefined();
    // "name" allows 1 edit (4 / 3).
    expect(suggest("nme", keys)).toBe("name");
    expect(suggest("nm", keys)).toBeUndefined();
    expect(suggest("colour", keys)).toBeUndefined();
  });

  test("the nearest of several", () => {
    expect(suggest("rotatio", ["rotations", "rotation"])).toBe("rotation");
  });

  test("a known key suggests itself; no options, no suggestion", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), (options) => {
        expect(suggest(options[0], options)).toBeDefined();
        expect(suggest(options[0], [])).toBeUndefined();
      }),
    );
  });
});
