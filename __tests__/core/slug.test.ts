import * as fc from "fast-check";
import { kebabSlug } from "../../constructs/core/slug";

describe("kebabSlug", () => {
  test.each([
    ["Zürich on-call", "", "zurich-on-call"],
    ["  Payments API (EU)  ", "", "payments-api-eu"],
    ["search_team v2", "", "search-team-v2"],
    ["search_team v2", "_", "search_team-v2"],
    ["--Ünïcode__", "_", "unicode__"],
    ["日本", "", ""],
  ])("%j (keeping %j) -> %j", (text, keep, slug) => {
    expect(kebabSlug(text, keep as "_" | "")).toBe(slug);
  });

  test("is lower-case kebab form of the kept characters, for any text, and a fixed point", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("" as const, "_" as const), (text, keep) => {
        const slug = kebabSlug(text, keep);
        const word = keep === "_" ? "[a-z0-9_]+" : "[a-z0-9]+";
        expect(slug).toMatch(new RegExp(`^(${word}(-${word})*)?$`));
        expect(kebabSlug(slug, keep)).toBe(slug);
      }),
    );
  });
});
