import * as fc from "fast-check";
import { DatadogPayload, EscalationPolicy, EscalationTarget, IlertDatadogIntegration, User } from "../../constructs";
import { escapeTerraformTemplate } from "../../tools";
import { only, synth } from "../helpers/synth";
import { fcRuns, terraformLiteral } from "../helpers/terraform-literal";

// Strings rich in the characters that matter to Terraform templates and JSON.
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom("$", "%", "{", "}", "\\", '"', "\n", "~", "a", "é", "😀") }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "${var.api_key}",
    "%{ for x in y }${x}%{ endfor }",
    "$${escaped}",
    '${file("/etc/passwd")}',
    "%%{",
    "$$$${",
    '"},"x":"',
    "\\u0000",
  ),
);

describe("user text reaches the provider exactly as written", () => {
  test("escapeTerraformTemplate round-trips through Terraform's template reading", () => {
    fc.assert(
      fc.property(hostile, (text) => terraformLiteral(escapeTerraformTemplate(text)) === text),
      { numRuns: fcRuns(2000) },
    );
  });

  test("names, templates and payload values of an integration", () => {
    const nonEmpty = hostile.filter((s) => s.length > 0 && Buffer.byteLength(s) <= 255);
    fc.assert(
      fc.property(
        nonEmpty,
        hostile.filter((s) => s.length > 0),
        // A $ and a capital may be a Datadog variable, refused when unknown (the payload's own tests).
        hostile.filter((s) => !/\$[A-Z]/.test(s)),
        (name, template, note) => {
          const { tf } = synth((stack) => {
            const lead = new User(stack, "Lead", { email: "lead@example.com", firstName: name, lastName: name });
            const policy = new EscalationPolicy(stack, "Policy", {
              name,
              rules: [{ target: EscalationTarget.user(lead), escalationTimeoutMin: 5 }],
            });
            new IlertDatadogIntegration(stack, "I", {
              name,
              webhookName: "hook",
              escalationPolicy: policy,
              summaryTemplate: template,
              payload: DatadogPayload.ilertDefaultWith({ note }, { customVariables: [] }),
            });
          });
          const source = only(tf, "resource", "ilert_alert_source").body;
          expect(terraformLiteral(source.name)).toBe(name);
          expect(terraformLiteral(source.summary_template.text_template)).toBe(template);
          expect(terraformLiteral(only(tf, "resource", "ilert_escalation_policy").body.name)).toBe(name);
          expect(terraformLiteral(only(tf, "resource", "ilert_user").body.first_name)).toBe(name);
          expect(JSON.parse(terraformLiteral(only(tf, "resource", "datadog_webhook").body.payload)).note).toBe(note);
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });
});
