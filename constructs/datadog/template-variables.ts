/**
 * The `$VARIABLE`s Datadog substitutes in webhook payloads (Datadog's webhooks integration docs; see
 * shared reference `datadog-webhook.md` §6). Kept in one place so a new variable is one line.
 * `$TAGS[key]` is matched separately. Third-party-only names such as `$DATE_POSIX` are not listed.
 */
export const DATADOG_TEMPLATE_VARIABLES: ReadonlySet<string> = new Set([
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
]);

/**
 * A `$NAME` reference in payload text: upper-case letters, digits and `_`, not followed by a
 * lower-case letter, optionally followed by a `[key]` (only `$TAGS[key]` is defined). Text such as
 * `$name`, `US$5` or `$Foo` is not a reference.
 */
export const TEMPLATE_VARIABLE_REFERENCE = /\$([A-Z][A-Z0-9_]*)(?![a-z])(\[[^\]]*\])?/g;
