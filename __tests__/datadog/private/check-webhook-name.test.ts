import { Fn, TerraformStack, Testing, Token } from "cdktf";
import { Construct } from "constructs";
import { checkWebhookName } from "../../../constructs/datadog/private/check-webhook-name";
import { thrown } from "../../helpers/synth";

describe("checkWebhookName", () => {
  const scope = new Construct(Testing.app(), "Scope");
  const expected = 'expected only letters, digits, "-" and "_"';
  const applyTime = "Datadog rejects other characters only at apply time";

  test("accepts letters of either case, digits, - and _, and unresolved tokens", () => {
    expect(() => checkWebhookName(scope, "webhookName", "Ilert_Payments-2")).not.toThrow();
    expect(() => checkWebhookName(scope, "webhookName", Fn.lower("Not Checked"))).not.toThrow();
  });

  test.each([
    ["My Hook (EU)", "my-hook-eu"],
    ["Team_A hook", "team_a-hook"], // "_" is kept: Datadog accepts it
  ])("rejects other characters, suggesting the name's slug: %j", (name, slug) => {
    expect(thrown(() => checkWebhookName(scope, "webhookName", name)).message).toBe(
      `Scope: invalid webhookName ${JSON.stringify(name)}: ${expected}; rename it, e.g. "${slug}"; ${applyTime}`,
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

// Cases added to kill the mutants StrykerJS made of webhook-name.ts (docs/testing.md), when checkWebhookName was there.
describe("mutation-pinned cases", () => {
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
