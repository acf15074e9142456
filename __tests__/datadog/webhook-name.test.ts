import * as fc from "fast-check";
import { Fn, TerraformStack, Testing, Token } from "cdktf";
import { Construct } from "constructs";
import { checkWebhookName, deriveWebhookName, WEBHOOK_NAME_PATTERN } from "../../constructs/datadog/webhook-name";
import { thrown } from "../helpers/synth";
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

describe("checkWebhookName", () => {
  const scope = new Construct(Testing.app(), "Scope");
  const expected = 'expected only letters, digits, "-" and "_"';
  const applyTime = "Datadog rejects other characters only at apply time";

  test("accepts letters of either case, digits, - and _, and unresolved tokens", () => {
    expect(() => checkWebhookName(scope, "webhookName", "Ilert_Payments-2")).not.toThrow();
    expect(() => checkWebhookName(scope, "webhookName", Fn.lower("Not Checked"))).not.toThrow();
  });

  test("rejects other characters, suggesting the name's slug", () => {
    expect(thrown(() => checkWebhookName(scope, "webhookName", "My Hook (EU)")).message).toBe(
      `Scope: invalid webhookName "My Hook (EU)": ${expected}; rename it, e.g. "my-hook-eu"; ${applyTime}`,
    );
  });

  test("without a suggestion when no slug is left, or the value is not a string", () => {
    expect(thrown(() => checkWebhookName(scope, "adopt.webhookName", "!!")).message).toBe(
      `Scope: invalid adopt.webhookName "!!": ${expected}; rename it; ${applyTime}`,
    );
    expect(thrown(() => checkWebhookName(scope, "webhookName", 42)).message).toBe(
      `Scope: invalid webhookName 42: ${expected}; rename it; ${applyTime}`,
    );
    expect(thrown(() => checkWebhookName(scope, "webhookName", "")).message).toBe(
      `Scope: invalid webhookName "": ${expected}; rename it; ${applyTime}`,
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

  describe("checkWebhookName", () => {
    const scope = new TerraformStack(Testing.app(), "w");
    const accepted = 'expected only letters, digits, "-" and "_"';
    const apply = "Datadog rejects other characters only at apply time";

    test("accepts names of letters, digits, - and _, and tokens", () => {
      for (const name of ["ilert-payments", "A_b-9", Token.asString({ Ref: "n" })]) {
        expect(() => checkWebhookName(scope, "webhookName", name)).not.toThrow();
      }
    });

    test("refuses other characters, suggesting the kebab form", () => {
      expect(thrown(() => checkWebhookName(scope, "webhookName", "My Hook")).message).toBe(
        `w: invalid webhookName "My Hook": ${accepted}; rename it, e.g. "my-hook"; ${apply}`,
      );
    });

    test("suggests nothing when no character is usable, or the value is no string", () => {
      expect(thrown(() => checkWebhookName(scope, "webhookName", "日本")).message).toBe(
        `w: invalid webhookName "日本": ${accepted}; rename it; ${apply}`,
      );
      expect(thrown(() => checkWebhookName(scope, "webhookName", "")).message).toBe(
        `w: invalid webhookName "": ${accepted}; rename it; ${apply}`,
      );
      expect(thrown(() => checkWebhookName(scope, "hook", 7)).message).toBe(`w: invalid hook 7: ${accepted}; rename it; ${apply}`);
    });
  });
});
