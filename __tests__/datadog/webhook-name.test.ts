import * as fc from "fast-check";
import { deriveWebhookName, WEBHOOK_NAME_PATTERN } from "../../constructs/datadog/webhook-name";
import { fcRuns } from "../helpers/terraform-literal";

describe("deriveWebhookName", () => {
  test.each<[string, string | undefined]>([
    ["Payments", "ilert-payments"],
    ["Payments API (prod)", "ilert-payments-api-prod"],
    ["  --Checkout--  ", "ilert-checkout"],
    ["Zahlungsverkehr Köln", "ilert-zahlungsverkehr-koln"],
    ["ﬁnance_ops", "ilert-finance_ops"],
    ["a.b/c:d", "ilert-a-b-c-d"],
    ["!!!", undefined],
    ["", undefined],
    ["日本", undefined],
  ])("%j -> %j", (name, expected) => {
    expect(deriveWebhookName(name)).toBe(expected);
  });

  test("always a valid webhook name, or undefined when nothing of the name is left", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (name) => {
        const derived = deriveWebhookName(name);
        if (derived !== undefined) expect(derived).toMatch(WEBHOOK_NAME_PATTERN);
        else expect(name.normalize("NFKD").toLowerCase()).not.toMatch(/[a-z0-9_]/);
      }),
      { numRuns: fcRuns(300) },
    );
  });

  test("keeps an already-valid slug as it is, a derived name included: the result is ilert- and the slug", () => {
    const slug = fc.stringMatching(/^[a-z0-9_]+(-[a-z0-9_]+)*$/);
    fc.assert(
      fc.property(slug, (s) => {
        const derived = deriveWebhookName(s);
        expect(derived).toBe(`ilert-${s}`);
        expect(deriveWebhookName(derived!)).toBe(`ilert-${derived}`);
      }),
      { numRuns: fcRuns(300) },
    );
  });
});

// Cases added to kill the mutants StrykerJS made of webhook-name.ts (docs/testing.md).
describe("mutation-pinned cases", () => {
  describe("deriveWebhookName", () => {
    test("prefixes ilert- to the name in lower-case kebab form", () => {
      expect(deriveWebhookName("Payments API")).toBe("ilert-payments-api");
      expect(deriveWebhookName("payments_api")).toBe("ilert-payments_api");
      expect(deriveWebhookName("API v2.1 (EU)")).toBe("ilert-api-v2-1-eu");
    });

    test("drops accents, folds compatibility forms and trims separators at both ends", () => {
      expect(deriveWebhookName("Zahlungsüberwachung Café")).toBe("ilert-zahlungsuberwachung-cafe");
      expect(deriveWebhookName("ＡＰＩ")).toBe("ilert-api"); // full-width letters, folded by NFKD
      expect(deriveWebhookName("--  Payments  --")).toBe("ilert-payments");
      expect(deriveWebhookName("  a  ")).toBe("ilert-a");
    });

    test("is undefined when no webhook-name character is left", () => {
      expect(deriveWebhookName("")).toBeUndefined();
      expect(deriveWebhookName("日本")).toBeUndefined();
      expect(deriveWebhookName(" - ")).toBeUndefined();
    });
  });

  describe("WEBHOOK_NAME_PATTERN", () => {
    test("matches whole names of letters, digits, - and _ only", () => {
      for (const name of ["a", "Z", "0", "-", "_", "ilert-Payments_2"]) expect(WEBHOOK_NAME_PATTERN.test(name)).toBe(true);
      for (const name of ["", "a b", " a", "a ", "a.b", "(a)", "ä", "a\n"]) expect(WEBHOOK_NAME_PATTERN.test(name)).toBe(false);
    });
  });
});
