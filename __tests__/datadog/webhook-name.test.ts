import { Testing, TerraformStack, Token } from "cdktf";
import { checkWebhookName, deriveWebhookName, WEBHOOK_NAME_PATTERN } from "../../constructs/datadog/webhook-name";
import { thrown } from "../helpers/synth";

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
