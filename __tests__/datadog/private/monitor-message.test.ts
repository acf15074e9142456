import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { IlertDatadogValidationError, MonitorTransition, MonitorWiringOptions } from "../../../constructs";
import {
  addNotificationHandle,
  mentionedHandles,
  mentions,
  mentionsIn,
  parseMessage,
} from "../../../constructs/datadog/private/monitor-message";
import { thrown } from "../../helpers/synth";
import { fcRuns } from "../../helpers/terraform-literal";

const HANDLE = "@webhook-ilert-payments";

function add(message: string, options?: MonitorWiringOptions): string {
  return addNotificationHandle(new TerraformStack(Testing.app(), "test"), "message", message, HANDLE, options);
}

function addError(message: unknown, options?: MonitorWiringOptions): string {
  const err = thrown(() => add(message as string, options));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

describe("addNotificationHandle", () => {
  describe("wiring modes", () => {
    test("every notification: the handle on a new line", () => {
      expect(add("Error rate is {{value}}%")).toBe("Error rate is {{value}}%\n@webhook-ilert-payments");
      expect(add("")).toBe("@webhook-ilert-payments");
    });

    test("some transitions: one conditional block each, recovery added so alerts resolve", () => {
      expect(add("CPU high", { transitions: [MonitorTransition.ALERT] })).toBe(
        "CPU high\n{{#is_alert}}@webhook-ilert-payments{{/is_alert}}{{#is_recovery}}@webhook-ilert-payments{{/is_recovery}}",
      );
      expect(
        add("", {
          transitions: [MonitorTransition.NO_DATA, MonitorTransition.WARNING, MonitorTransition.RECOVERY, MonitorTransition.WARNING],
        }),
      ).toBe(
        "{{#is_no_data}}@webhook-ilert-payments{{/is_no_data}}{{#is_warning}}@webhook-ilert-payments{{/is_warning}}{{#is_recovery}}@webhook-ilert-payments{{/is_recovery}}",
      );
    });

    test("without recoveries only when asked explicitly", () => {
      expect(add("", { transitions: [MonitorTransition.ALERT], resolveOnRecovery: false })).toBe(
        "{{#is_alert}}@webhook-ilert-payments{{/is_alert}}",
      );
      expect(add("", { resolveOnRecovery: false })).toBe("{{^is_recovery}}@webhook-ilert-payments{{/is_recovery}}");
    });

    test("a custom conditional with arguments is closed by its name", () => {
      expect(add("", { transitions: [MonitorTransition.custom("is_priority 'P1'")], resolveOnRecovery: false })).toBe(
        "{{#is_priority 'P1'}}@webhook-ilert-payments{{/is_priority}}",
      );
    });
  });

  describe("does not duplicate the handle", () => {
    test.each([
      "Disk full @webhook-ilert-payments",
      "{{#is_warning}}@webhook-ilert-payments{{/is_warning}}",
      "@webhook-ilert-payments, @slack-ops",
    ])("%j is left unchanged", (message) => {
      expect(add(message, { transitions: [MonitorTransition.ALERT] })).toBe(message);
    });

    test("a longer handle with the same prefix is another webhook", () => {
      expect(add("@webhook-ilert-payments-eu")).toBe("@webhook-ilert-payments-eu\n@webhook-ilert-payments");
      expect(add("@webhook-ilert-payments_2")).toBe("@webhook-ilert-payments_2\n@webhook-ilert-payments");
    });

    test("adding twice is adding once, and the result always parses (property)", () => {
      const text = fc.string({ unit: "grapheme" }).filter((s) => !s.includes("{") && !s.includes("}"));
      const options = fc.record({
        transitions: fc.option(
          fc.subarray([MonitorTransition.ALERT, MonitorTransition.WARNING, MonitorTransition.NO_DATA], { minLength: 1 }),
          { nil: undefined },
        ),
      });
      fc.assert(
        fc.property(text, options, (message, opts) => {
          const once = add(message, opts);
          expect(add(once, opts)).toBe(once);
          const parsed = parseMessage(once);
          expect(parsed.ok && mentionsIn(parsed, HANDLE).length).toBeGreaterThan(0);
        }),
      );
    });
  });

  describe("rejects messages Datadog would route nothing for (DataDog/terraform-provider-datadog#1882)", () => {
    test.each([
      ["{{#is_alert}}CPU high", '"{{#is_alert}}" is never closed'],
      ["{{#is_alert}}CPU high{{/is_warning}}", '"{{/is_warning}}" at offset 21 closes "{{#is_alert}}"'],
      [
        '{{#is_alert}}{{#is_match "env" "prod"}}x{{/is_alert}}{{/is_match}}',
        '"{{/is_alert}}" at offset 40 closes "{{#is_match \\"env\\" \\"prod\\"}}"', // tags shown as JSON strings
      ],
      ["CPU high{{/is_alert}}", '"{{/is_alert}}" at offset 8 closes no open block'],
      ["CPU {{value} high", 'the "{{" at offset 4 is not closed by "}}"'],
      ["CPU {{value {{host.name}}", 'the "{{" at offset 4 is not closed by "}}"'],
      ["CPU value}} high", 'a "}}" at offset 9 closes no "{{"'],
      ["{{#}}x{{/}}", 'the tag "{{#}}" at offset 0 names no conditional'],
      ["{{value}} x}}", 'a "}}" at offset 11 closes no "{{"'],
      ["CPU {{{host.name}} high", 'the "{{" at offset 4 is not closed by "}}}"'],
      // Spaces around a tag's # or ^ and its name are not part of the tag: it is shown without them.
      ["{{ #is_alert }}CPU high", '"{{#is_alert}}" is never closed'],
      ["{{^ is_recovery}}CPU high", '"{{^is_recovery}}" is never closed'],
    ])("%j", (message, problem) => {
      expect(addError(message)).toBe(
        `test: invalid message ${JSON.stringify(message)}: expected a message whose {{#...}}/{{^...}} blocks and {{...}} tags are closed and properly nested; ${problem}; Datadog accepts such a message but routes no notification (DataDog/terraform-provider-datadog#1882)`,
      );
    });

    test("well-formed templates pass: variables, unescaped variables, nested and negated blocks", () => {
      const message = '{{#is_alert}}{{^is_match "env" "staging"}}{{{host.name}}} at {{value}}{{/is_match}}{{/is_alert}}';
      expect(add(message)).toBe(`${message}\n@webhook-ilert-payments`);
    });
  });

  describe("options", () => {
    test("recovery cannot be both selected and opted out of", () => {
      expect(addError("", { transitions: [MonitorTransition.RECOVERY], resolveOnRecovery: false })).toBe(
        "test: invalid resolveOnRecovery false: expected true when transitions include MonitorTransition.RECOVERY; remove RECOVERY from transitions, or resolveOnRecovery: false",
      );
    });

    test("transitions are MonitorTransition constants, at least one", () => {
      expect(addError("", { transitions: [] })).toBe(
        "test: invalid transitions []: expected a list of at least 1 item; list MonitorTransition constants, e.g. [MonitorTransition.ALERT], or leave transitions unset to notify on every transition",
      );
      expect(addError("", { transitions: ["is_alert"] as unknown as MonitorTransition[] })).toBe(
        'test: invalid transitions[0] "is_alert": expected MonitorTransition.ALERT, WARNING, NO_DATA, RECOVERY or MonitorTransition.custom("..."); use the MonitorTransition constants instead of plain strings',
      );
    });

    test("a custom conditional must keep the template valid", () => {
      expect(addError("", { transitions: [MonitorTransition.custom("is_alert}}")] })).toBe(
        'test: invalid transitions ["is_alert}}"]: expected Datadog conditionals such as is_alert_recovery; a "}}" at offset 13 closes no "{{"',
      );
    });

    test("options are an object (plain JavaScript or JSON)", () => {
      expect(addError("", null as never)).toBe(
        "test: invalid options null: expected an object; pass { transitions, resolveOnRecovery }, or no options",
      );
    });

    test("the message is a string", () => {
      expect(addError(42)).toBe("test: invalid message 42: expected a string; write the monitor message as a string");
    });
  });

  test("a message with Terraform references is not parsed, and still gets the handle once", () => {
    const message = `{{#is_alert}}${Token.asString({ Ref: "var.message" })}`;
    const wired = add(message);
    expect(wired).toBe(`${message}\n@webhook-ilert-payments`);
    expect(add(wired)).toBe(wired);
  });

  test("a handle with a Terraform reference (a webhook name from a variable) is found where the message interpolates it", () => {
    const handle = `@webhook-${Token.asString({ Ref: "var.webhook_name" })}`;
    const message = `Disk full ${handle}`;
    expect(addNotificationHandle(new TerraformStack(Testing.app(), "test"), "message", message, handle)).toBe(message);
  });
});

describe("parseMessage / mentionsIn", () => {
  test("report the blocks around each mention", () => {
    const parsed = parseMessage('@webhook-x {{#is_alert}}{{^is_match "env" "dev"}}@webhook-x{{/is_match}}{{/is_alert}}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(mentionsIn(parsed, "@webhook-x")).toEqual([
      [],
      [
        { conditional: "is_alert", negated: false },
        { conditional: 'is_match "env" "dev"', negated: true },
      ],
    ]);
  });
});

describe("mentionedHandles", () => {
  test("finds exactly the handles mentions() finds, in one scan (property)", () => {
    // Texts dense in handle characters, "@" and "webhook-", so that handles touch and overlap.
    const piece = fc.constantFrom("@webhook-", "@", "a", "b", "-", "_", "1", " ", "{{#is_alert}}", "\n");
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    const handle = fc.array(fc.constantFrom("a", "b", "-", "_", "1"), { minLength: 1, maxLength: 4 }).map((n) => `@webhook-${n.join("")}`);
    fc.assert(
      fc.property(text, handle, (message, h) => {
        expect(mentionedHandles(message).has(h)).toBe(mentions(message, h));
      }),
      { numRuns: fcRuns(2000) },
    );
  });

  test("lists each handle of a message", () => {
    expect([...mentionedHandles("@webhook-a@webhook-b-c {{#is_alert}}@webhook-a{{/is_alert}} mail@webhook-")]).toEqual([
      "@webhook-a",
      "@webhook-b-c",
    ]);
  });
});
