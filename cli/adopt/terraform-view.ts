import type {
  AlertSourceJson,
  EscalationPolicyJson,
  IlertRef,
  MonitorJson,
  ScheduleJson,
  TeamJson,
  UserJson,
  WebhookJson,
} from "./api-shapes";

/**
 * An API object as the Terraform provider holds it after reading it (iLert 2.20.0, Datadog 3.82.0):
 * attribute by attribute, in the names and shapes of the synthesized `cdk.tf.json`, with what the
 * provider plans for an attribute the configuration leaves out. The takeover check
 * (takeover-changes.ts) holds the synthesized resource against this, so the config is judged by what
 * deploys, not by a second model of the config. Each entry was read off the provider's schema and
 * its read (`transform*Resource`, `updateMonitorState`, the webhook's `updateState`).
 */

/** What the provider plans when the configuration leaves an attribute out. */
export type Absent =
  /** Optional and computed: the object's value stays. */
  | "computed"
  /** Optional without default: an SDKv2 provider reads the zero value as "unset" ("" / 0 / false / none), so only another value is cleared. */
  | "zero"
  /** Optional with a schema default: the default is sent. */
  | { readonly default: unknown };

/** One attribute of a view. */
export interface AttributeView<T> {
  readonly name: string;
  /** The attribute's value as the provider reads it from the object; undefined where the object does not tell (not compared). */
  readonly read: (object: T) => unknown;
  readonly absent: Absent;
  /** Whether a change of it replaces the object (for an alert source: a new integration key). */
  readonly forceNew?: boolean;
  /** Whether it is a set: the order of its items does not matter. */
  readonly set?: boolean;
}

/** How one resource type reads an object of its API. */
export interface ResourceView<T> {
  readonly type: string;
  readonly attributes: readonly AttributeView<T>[];
}

const ids = (refs: readonly IlertRef[] | null | undefined) => (refs ?? []).map((r) => ({ id: r.id }));
const template = (value: unknown) => {
  const text = (value as { textTemplate?: unknown } | null | undefined)?.textTemplate;
  return typeof text === "string" && text !== "" ? [{ text_template: text }] : [];
};
/**
 * An API field as an SDKv2 provider reads it: `d.Set(name, object.GetField())`, so a field the API
 * leaves out reads as its type's zero value (`zero`).
 */
const field =
  <T>(name: string, zero: unknown = "") =>
  (object: T) =>
    (object as Record<string, unknown>)[name] ?? zero;
/** An API field the provider reads only when the API answers it (the attribute stays unset otherwise). */
const ifAnswered =
  <T>(name: string) =>
  (object: T) =>
    (object as Record<string, unknown>)[name] ?? undefined;
const required = <T>(name: string, read: (o: T) => unknown = field(name)): AttributeView<T> => ({ name, read, absent: "zero" });
const zero = <T>(name: string, read: (o: T) => unknown): AttributeView<T> => ({ name, read, absent: "zero" });
const withDefault = <T>(name: string, read: (o: T) => unknown, value: unknown): AttributeView<T> => ({
  name,
  read,
  absent: { default: value },
});

export const ALERT_SOURCE_VIEW: ResourceView<AlertSourceJson> = {
  type: "ilert_alert_source",
  attributes: [
    required("name"),
    { ...required("integration_type", (s) => s.integrationType), forceNew: true },
    required("escalation_policy", (s) => String(s.escalationPolicy.id)),
    withDefault("alert_creation", field("alertCreation"), "ONE_ALERT_PER_EMAIL"),
    zero("incident_creation", field("incidentCreation")),
    withDefault("active", field("active", false), true),
    zero("incident_priority_rule", field("incidentPriorityRule")),
    withDefault("alert_priority_rule", field("alertPriorityRule"), "HIGH"),
    zero("auto_resolution_timeout", field("autoResolutionTimeout")),
    zero("alert_grouping_window", field("alertGroupingWindow")),
    zero("score_threshold", field("scoreThreshold", 0)),
    zero("event_filter", field("eventFilter")),
    zero("event_type_filter_create", field("eventTypeFilterCreate")),
    zero("event_type_filter_accept", field("eventTypeFilterAccept")),
    zero("event_type_filter_resolve", field("eventTypeFilterResolve")),
    withDefault("email_filtered", ifAnswered("emailFiltered"), false),
    withDefault("email_resolve_filtered", ifAnswered("emailResolveFiltered"), false),
    // The deprecated email settings: the API keeps them for EMAIL sources only, and ignores what the
    // provider sends for others (so the provider's "" against "AND" on every plan changes nothing).
    withDefault("filter_operator", ifAnswered("filterOperator"), "AND"),
    withDefault("resolve_filter_operator", ifAnswered("resolveFilterOperator"), "AND"),
    zero("summary_template", (s) => template(s.summaryTemplate)),
    zero("details_template", (s) => template(s.detailsTemplate)),
    zero("routing_template", (s) => template(s.routingTemplate)),
    zero("alert_key_template", (s) => template(s.alertKeyTemplate)),
    zero("link_template", (s) =>
      ((s.linkTemplates as { text?: string; hrefTemplate?: unknown }[] | null | undefined) ?? []).map((l) => ({
        text: l.text,
        href_template: template(l.hrefTemplate),
      })),
    ),
    zero("priority_template", (s) =>
      s.priorityTemplate
        ? [
            {
              value_template: template(s.priorityTemplate.valueTemplate),
              mapping: (s.priorityTemplate.mappings ?? []).map((m) => ({ value: m.value, priority: m.priority })),
            },
          ]
        : [],
    ),
    zero("team", (s) => ids(s.teams)),
    zero("support_hours", (s) => (typeof s.supportHours?.id === "number" ? [{ id: s.supportHours.id }] : [])),
    {
      ...zero("heartbeat", (s) => {
        const h = s.heartbeat as { summary?: string; intervalSec?: number } | null | undefined;
        return h ? [{ summary: h.summary, interval_sec: h.intervalSec }] : [];
      }),
      forceNew: true,
    },
  ],
};

export const ESCALATION_POLICY_VIEW: ResourceView<EscalationPolicyJson> = {
  type: "ilert_escalation_policy",
  attributes: [
    required("name"),
    zero("escalation_rule", (p) =>
      p.escalationRules.map((r) => ({
        escalation_timeout: r.escalationTimeout,
        user: r.user ? String(r.user.id) : undefined,
        schedule: r.schedule ? String(r.schedule.id) : undefined,
        users: ids(r.users),
        schedules: ids(r.schedules),
        teams: ids(r.teams),
      })),
    ),
    zero("repeating", field("repeating", false)),
    withDefault("frequency", field("frequency", 0), 1),
    withDefault("delay_min", field("delayMin", 0), 0),
    zero("routing_key", field("routingKey")),
    zero("team", (p) => ids(p.teams)),
  ],
};

export const SCHEDULE_VIEW: ResourceView<ScheduleJson> = {
  type: "ilert_schedule",
  attributes: [
    required("name"),
    required("timezone"),
    required("type"),
    zero("schedule_layer", (s) =>
      (s.scheduleLayers ?? []).map((l) => ({
        name: l.name,
        starts_on: l.startsOn,
        ends_on: l.endsOn ?? undefined,
        user: ids(l.users),
        rotation: l.rotation,
        restriction_type: l.restrictionType || undefined,
        restriction: (l.restrictions ?? []).map((r) => ({
          from: [{ day_of_week: r.from.dayOfWeek, time: r.from.time }],
          to: [{ day_of_week: r.to.dayOfWeek, time: r.to.time }],
        })),
      })),
    ),
    zero("shift", (s) => (s.shifts ?? []).map((x) => ({ user: String(x.user.id), start: x.start, end: x.end }))),
    zero("show_gaps", field("showGaps", false)),
    zero("default_shift_duration", field("defaultShiftDuration")),
    zero("team", (s) => ids(s.teams)),
  ],
};

export const TEAM_VIEW: ResourceView<TeamJson> = {
  type: "ilert_team",
  attributes: [
    required("name"),
    withDefault("visibility", field("visibility"), "PUBLIC"),
    zero("member", (t) => (t.members ?? []).map((m) => ({ user: String(m.user.id), role: m.role }))),
  ],
};

export const USER_VIEW: ResourceView<UserJson> = {
  type: "ilert_user",
  attributes: [
    required("first_name", field("firstName")),
    required("last_name", field("lastName")),
    required("email"),
    withDefault("timezone", field("timezone"), "Europe/Berlin"),
    zero("position", field("position")),
    zero("department", field("department")),
    withDefault("language", field("language"), "en"),
    zero("region", field("region")),
    withDefault("role", field("role"), "USER"),
    zero("shift_color", field("shiftColor")),
  ],
};

export const WEBHOOK_VIEW: ResourceView<WebhookJson> = {
  type: "datadog_webhook",
  attributes: [
    required("name"),
    required("url"),
    { name: "payload", read: field("payload"), absent: "computed" },
    zero("custom_headers", field("custom_headers")),
    { name: "encode_as", read: field("encode_as"), absent: "computed" },
  ],
};

/** A monitor option as the provider reads it (`m.Options.GetX()`): the type's zero when the API leaves it out. */
const option =
  (name: string, zero: unknown = "") =>
  (m: MonitorJson) =>
    m.options?.[name] ?? zero;
const THRESHOLD_KEYS = ["ok", "warning", "critical", "unknown", "warning_recovery", "critical_recovery"];

export const MONITOR_VIEW: ResourceView<MonitorJson> = {
  type: "datadog_monitor",
  attributes: [
    required("name"),
    required("type"),
    required("query"),
    required("message"),
    zero("priority", (m) => (typeof m.priority === "number" ? String(m.priority) : "")),
    { name: "tags", read: (m) => [...(m.tags ?? [])], absent: "computed", set: true },
    zero("monitor_thresholds", (m) => {
      const t = m.options?.thresholds ?? {};
      const set = Object.fromEntries(THRESHOLD_KEYS.filter((k) => typeof t[k] === "number").map((k) => [k, t[k]]));
      return Object.keys(set).length === 0 ? [] : [set];
    }),
    withDefault("notify_no_data", option("notify_no_data", false), false),
    // Compared only with no-data alerts on: the provider suppresses the window's diff otherwise.
    withDefault("no_data_timeframe", (m) => (m.options?.notify_no_data === true ? option("no_data_timeframe", 0)(m) : undefined), 10),
    zero("renotify_interval", option("renotify_interval", 0)),
    zero("renotify_occurrences", option("renotify_occurrences", 0)),
    { ...zero("renotify_statuses", option("renotify_statuses", [])), set: true },
    zero("notify_audit", option("notify_audit", false)),
    withDefault("include_tags", option("include_tags", false), true),
    withDefault("require_full_window", option("require_full_window", false), true),
    { name: "evaluation_delay", read: option("evaluation_delay", 0), absent: "computed" },
    zero("new_group_delay", option("new_group_delay", 0)),
    // Read only when answered: left out, the attribute stays unset and the plan sends its default.
    withDefault("new_host_delay", (m) => m.options?.new_host_delay ?? null, 300),
    zero("timeout_h", option("timeout_h", 0)),
    zero("escalation_message", option("escalation_message")),
    zero("on_missing_data", option("on_missing_data")),
    zero("group_retention_duration", option("group_retention_duration")),
    { ...zero("notify_by", option("notify_by", [])), set: true },
    zero("locked", option("locked", false)),
    { ...zero("restricted_roles", (m) => m.restricted_roles ?? []), set: true },
    withDefault("draft_status", field("draft_status", "published"), "published"),
  ],
};

/** The views by resource type: the kinds adopt compares. */
export const VIEWS: Readonly<Record<string, ResourceView<never>>> = Object.fromEntries(
  [ALERT_SOURCE_VIEW, ESCALATION_POLICY_VIEW, SCHEDULE_VIEW, TEAM_VIEW, USER_VIEW, WEBHOOK_VIEW, MONITOR_VIEW].map((v) => [
    v.type,
    v as ResourceView<never>,
  ]),
);
