import fc from "fast-check";
import { suggest } from "../../constructs/core/suggest";
import { fcRuns } from "../helpers/terraform-literal";

/**
 * The edit distance suggest means, by its definition (optimal string alignment): insertions,
 * deletions, substitutions and transpositions of two neighbours, each character edited at most once.
 */
function referenceDistance(a: string, b: string, memo = new Map<string, number>()): number {
  if (a === "" || b === "") return a.length + b.length;
  const key = `${a.length},${b.length}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const edits = [
    referenceDistance(a.slice(1), b, memo) + 1,
    referenceDistance(a, b.slice(1), memo) + 1,
    referenceDistance(a.slice(1), b.slice(1), memo) + (a[0] === b[0] ? 0 : 1),
  ];
  if (a[0] === b[1] && a[1] === b[0]) edits.push(referenceDistance(a.slice(2), b.slice(2), memo) + 1);
  const distance = Math.min(...edits);
  memo.set(key, distance);
  return distance;
}

// Few letters, so that random words share letters, repeat them and swap them.
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "B"), maxLength: 9 });

describe("suggest", () => {
  const keys = ["webhookName", "escalationTimeoutMin", "name", "rotation", "P1"];

  test("the same letters in another case, whatever the distance", () => {
    expect(suggest("WEBHOOKNAME", keys)).toBe("webhookName");
    expect(suggest("p1", keys)).toBe("P1");
    // Lengths compared once lower-cased: "İ" is "i" and a combining dot.
    expect(suggest("İİİ", ["i\u0307i\u0307i\u0307"])).toBe("i\u0307i\u0307i\u0307");
  });

  test("up to 2 edits (a transposition is one), and at most a third of the key's length", () => {
    expect(suggest("webhookNam", keys)).toBe("webhookName");
    expect(suggest("webhookNa", keys)).toBe("webhookName");
    expect(suggest("WebhookNameXY", keys)).toBe("webhookName");
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

  test.each([
    ["rotatio", ["rotations", "rotation"], "rotation"],
    ["rotatio", ["rotation", "rotations"], "rotation"],
    ["cat", ["bat", "hat"], "bat"],
    ["cat", ["hat", "bat"], "hat"],
  ])("the nearest of several, the first of equally near ones: %j of %j is %j", (value, options, expected) => {
    expect(suggest(value, options)).toBe(expected);
  });

  test("property: an option is suggested alone exactly when its length is within 2 and its distance within 2 and a third of its length", () => {
    fc.assert(
      fc.property(word, word, (value, option) => {
        const [a, b] = [value.toLowerCase(), option.toLowerCase()];
        const near = Math.abs(a.length - b.length) <= 2 && referenceDistance(a, b) <= Math.min(2, Math.floor(option.length / 3));
        expect(suggest(value, [option])).toBe(near ? option : undefined);
      }),
      { numRuns: fcRuns(2000) },
    );
  });

  test("property: of several options, the nearest of those suggested alone, the first of equally near ones", () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (value, options) => {
        const distance = (o: string) => referenceDistance(value.toLowerCase(), o.toLowerCase());
        const candidates = options.filter((o) => suggest(value, [o]) === o);
        const nearest = Math.min(...candidates.map(distance));
        expect(suggest(value, options)).toBe(candidates.find((o) => distance(o) === nearest));
      }),
      { numRuns: fcRuns(1000) },
    );
  });

  // Without the length filter the answer is the same, after minutes: a mutation run sees that as a
  // timeout. Speed is measured by `npm run bench`, not by a timed test.
  test("a value of megabytes: no option is within 2 characters of its length", () => {
    expect(suggest("k".repeat(1_000_000), keys)).toBeUndefined();
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
