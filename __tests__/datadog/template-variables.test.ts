import { Testing, TerraformStack } from "cdktf";
import { DatadogPayload } from "../../constructs";
import { DATADOG_TEMPLATE_VARIABLES } from "../../constructs/datadog/template-variables";
import { thrown } from "../helpers/synth";

// The variables of Datadog's webhooks integration docs (shared reference `datadog-webhook.md` §6), `$TAGS[key]` aside.
const DOCUMENTED = [
  "AGGREG_KEY",
  "ALERT_CYCLE_KEY",
  "ALERT_ID",
  "ALERT_METRIC",
  "ALERT_PRIORITY",
  "ALERT_QUERY",
  "ALERT_SCOPE",
  "ALERT_STATUS",
  "ALERT_TITLE",
  "ALERT_TRANSITION",
  "ALERT_TYPE",
  "DATE",
  "EMAIL",
  "EVENT_MSG",
  "EVENT_TITLE",
  "EVENT_TYPE",
  "HOSTNAME",
  "ID",
  "INCIDENT_ATTACHMENTS",
  "INCIDENT_COMMANDER",
  "INCIDENT_CUSTOMER_IMPACT",
  "INCIDENT_FIELDS",
  "INCIDENT_INTEGRATIONS",
  "INCIDENT_TODOS",
  "INCIDENT_MSG",
  "INCIDENT_PUBLIC_ID",
  "INCIDENT_SEVERITY",
  "INCIDENT_STATUS",
  "INCIDENT_TITLE",
  "INCIDENT_URL",
  "INCIDENT_UUID",
  "LAST_UPDATED",
  "LINK",
  "LOGS_SAMPLE",
  "METRIC_NAMESPACE",
  "ORG_ID",
  "ORG_NAME",
  "PRIORITY",
  "SECURITY_RULE_NAME",
  "SECURITY_RULE_ID",
  "SECURITY_RULE_MATCHED_QUERIES",
  "SECURITY_RULE_QUERY",
  "SECURITY_RULE_GROUP_BY_FIELDS",
  "SECURITY_RULE_TYPE",
  "SECURITY_SIGNAL_ID",
  "SECURITY_SIGNAL_SEVERITY",
  "SECURITY_SIGNAL_TITLE",
  "SECURITY_SIGNAL_MSG",
  "SECURITY_SIGNAL_ATTRIBUTES",
  "SNAPSHOT",
  "SYNTHETICS_TEST_NAME",
  "SYNTHETICS_FIRST_FAILING_STEP_NAME",
  "SYNTHETICS_SUMMARY",
  "TAGS",
  "TEXT_ONLY_MSG",
  "USER",
  "USERNAME",
];

function bind(payload: DatadogPayload): string {
  return payload.bind(new TerraformStack(Testing.app(), "test"), "payload");
}

describe("DATADOG_TEMPLATE_VARIABLES", () => {
  test.each(DOCUMENTED)("$%s is accepted in a payload without being declared", (name) => {
    expect(JSON.parse(bind(DatadogPayload.ilertDefaultWith({ field: `$${name}` }))).field).toBe(`$${name}`);
  });

  test("holds exactly the documented variables (it is exported to tools)", () => {
    expect([...DATADOG_TEMPLATE_VARIABLES].sort()).toEqual([...DOCUMENTED].sort());
  });

  test("a third-party-only name such as $DATE_POSIX is refused unless declared", () => {
    expect(thrown(() => bind(DatadogPayload.ilertDefaultWith({ field: "$DATE_POSIX" }))).message).toBe(
      'test: invalid payload.field "$DATE_POSIX": expected only Datadog\'s template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables; fix the spelling of $DATE_POSIX, or list it in customVariables if it is a datadog_webhook_custom_variable',
    );
  });
});
