/**
 * Enumerations the API checks, taken from ilert-go v3.19.0's constants (and, where ilert-go has none,
 * from the Terraform provider's validation, as noted).
 */

/** `AlertSourceIntegrationTypesAll`. */
export const INTEGRATION_TYPES = (
  "CLOUDWATCH API APPDYNAMICS AUTOTASK AWSBUDGET AWSPHD CRN CHECKMK DATADOG DYNATRACE EMAIL EMAIL2 GITHUB STACKDRIVER GRAFANA " +
  "HEARTBEAT ICINGA INSTANA JIRA KENTIXAM NAGIOS NEWRELIC PINGDOM PROMETHEUS PRTG SMS SOLARWINDS STATUSCAKE TOPDESK MONITOR " +
  "UPTIMEROBOT ZABBIX CONSUL ZAMMAD SIGNALFX SPLUNK KUBERNETES SEMATEXT SENTRY SUMOLOGIC RAYGUN MXTOOLBOX ESWATCHER AMAZONSNS " +
  "KAPACITOR CORTEXXSOAR SYSDIG SERVERDENSITY ZAPIER SERVICENOW SEARCHGUARD AZUREALERTS TERRAFORMCLOUD ZENDESK AUVIK SENSU " +
  "NCENTRAL JUMPCLOUD SALESFORCE GUARDDUTY STATUSHUB IXON APIFORTRESS FRESHSERVICE APPSIGNAL LIGHTSTEP IBMCLOUDFUNCTIONS " +
  "CROWDSTRIKE HUMIO OHDEAR MONGODBATLAS GITLAB HYPERPING PAPRISMACLOUD SAMSARA PANDORAFMS MSSCOM TWILIO CISCOMERAKI CHECKLY " +
  "POSTHOG GOOGLESCC SLACK MSTEAMS UPTIMEKUMA TWILIOERRORS PARTICLE CLOUDFLARE TULIP GRAYLOG CATCHPOINT LOKI CORTEX MIMIR " +
  "HALOPSA INFLUXDB CALLFLOW HALOITSM KIBANA VICTORIAMETRICS HONEYCOMB FOURME KEEP UBIDOTS HETRIXTOOLS POSTMAN CLUSTERCONTROL " +
  "NETDATA AWX KAFKA MQTT RAPIDSPIKE HONEYBADGER HEALTHCHECKSIO MEZMO SERVERGUARD24 CISCOTHOUSANDEYES SITE24X7 ITCONDUCTOR " +
  "SAPFRUN APICA DASH0 ROLLBAR GATUS LIBRENMS PANTHER TEAMCITY ALIBABACLOUD FLEETDM CONNECTWISEPSA DEADMANSSNITCH FORTISOAR " +
  "OPMANAGER CRONITOR DOMOTZ LIVEWATCH HEARTBEAT2"
).split(" ");

/** The types whose integration key is the source's mailbox, sent by the client (the provider's `email`). */
export const MAILBOX_INTEGRATION_TYPES = ["EMAIL", "EMAIL2"];

/** `AlertSourceAlertCreationsAll` (the deprecated incident names included: the API still takes them). */
export const ALERT_CREATIONS = [
  "ONE_INCIDENT_PER_EMAIL",
  "ONE_INCIDENT_PER_EMAIL_SUBJECT",
  "ONE_PENDING_INCIDENT_ALLOWED",
  "ONE_OPEN_INCIDENT_ALLOWED",
  "ONE_ALERT_PER_EMAIL",
  "ONE_ALERT_PER_EMAIL_SUBJECT",
  "ONE_PENDING_ALERT_ALLOWED",
  "ONE_OPEN_ALERT_ALLOWED",
  "OPEN_RESOLVE_ON_EXTRACTION",
  "ONE_ALERT_GROUPED_PER_WINDOW",
  "INTELLIGENT_GROUPING",
];

/** `AlertSourceAlertGroupingWindowsAll`. */
export const ALERT_GROUPING_WINDOWS = ["PT2M", "PT5M", "PT15M", "PT30M", "PT1H", "PT2H", "PT4H", "PT8H", "PT12H", "PT24H"];

/** `AlertSourceStatusesAll`. */
export const ALERT_SOURCE_STATUSES = ["PENDING", "ALL_ACCEPTED", "ALL_RESOLVED", "IN_MAINTENANCE", "DISABLED"];

/** ilert-go has no constants for the priority rule; these are the provider's `alert_priority_rule` values. */
export const ALERT_PRIORITY_RULES = ["HIGH", "LOW", "HIGH_DURING_SUPPORT_HOURS", "LOW_DURING_SUPPORT_HOURS"];

/** `AlertPrioritiesAll`. */
export const PRIORITIES = ["HIGH", "LOW"];

/** `ScheduleTypeAll`, `DayOfWeekAll`. */
export const SCHEDULE_TYPES = ["STATIC", "RECURRING"];
/**
 * A layer's `restrictionType`: the API's only value (its spec; `TIMES_OF_DAY` is a state of the UI
 * only). ilert-go's `RestrictionTypeAll` (`TIME_OF_DAY`, `TIME_OF_WEEK`) is misspelt and unused: the
 * provider passes `restriction_type` through unchecked, and its own schedule example sends `TIMES_OF_WEEK`.
 */
export const RESTRICTION_TYPES = ["TIMES_OF_WEEK"];
export const DAYS_OF_WEEK = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** `UserDutyPreferenceMethodAll`, `UserDutyPreferenceTypeAll`. */
export const DUTY_METHODS = ["EMAIL", "SMS", "PUSH", "WHATSAPP", "TELEGRAM"];
export const DUTY_TYPES = ["ON_CALL"];

/** `UserContactStatusAll`. */
export const CONTACT_STATUSES = ["OK", "LOCKED", "BLACKLISTED"];

/** `TeamVisibilityAll`, `TeamMemberRolesAll`, `UserLanguageAll`. */
export const TEAM_VISIBILITIES = ["PUBLIC", "PRIVATE"];
export const TEAM_MEMBER_ROLES = ["ADMIN", "USER", "RESPONDER", "STAKEHOLDER"];
export const USER_LANGUAGES = ["en", "de"];
/**
 * A user's `role`: the provider 2.20.0's `role` values. ilert-go's `UserRoleAll` lists only USER,
 * ADMIN and STAKEHOLDER, but the API's own sample answers `RESPONDER`, and the provider sends all of
 * these. `VIEWER` (provider 2.23.0+) is not here: 2.20.0 refuses it before any request.
 */
export const USER_ROLES = ["ADMIN", "USER", "RESPONDER", "STAKEHOLDER", "GUEST"];

/** `SupportStatusAll`. */
export const SUPPORT_STATUSES = ["DURING", "OUTSIDE"];
