import { evaluateMessage } from "./message-template";
import { MonitorState, Transition } from "./transitions";

/**
 * Renders a webhook's payload template for one monitor notification, as Datadog does: its `$VARIABLES`
 * (https://docs.datadoghq.com/integrations/webhooks/#usage) replaced by the event's values. Pure.
 */

/** The monitor fields a notification carries. */
export interface AlertMonitor {
  readonly id: number;
  readonly name: string;
  readonly message: string;
  readonly query: string;
  readonly type: string;
  readonly tags: readonly string[];
  readonly priority: number | null;
}

/** One monitor notification. */
export interface AlertEvent {
  readonly monitor: AlertMonitor;
  readonly transition: Transition;
  /** The monitor's state before and after the notification. */
  readonly before: MonitorState;
  readonly after: MonitorState;
  /** The event's id (`$ID`) and time in epoch milliseconds (`$DATE`). */
  readonly eventId: number;
  readonly date: number;
  readonly org: { readonly id: number; readonly name: string };
}

/** A rendered webhook request body. */
export interface RenderedBody {
  readonly body: string;
  readonly contentType: string;
}

/**
 * `$EVENT_TYPE` by monitor type, as the docs list the values. A type missing here makes rendering
 * throw instead of guessing.
 */
const EVENT_TYPES: Readonly<Record<string, string>> = {
  "query alert": "query_alert_monitor",
  "metric alert": "query_alert_monitor",
  composite: "composite_monitor",
  "event alert": "event_alert",
  "event-v2 alert": "event_v2_alert",
  "log alert": "log_alert",
  "process alert": "process_alert",
  "rum alert": "rum_alert",
  "service check": "service_check",
  "synthetics alert": "synthetics_alert",
  "trace-analytics alert": "trace_analytics_alert",
  "ci-pipelines alert": "ci_pipelines_alert",
  "ci-tests alert": "ci_tests_alert",
  "error-tracking alert": "error_tracking_alert",
};

/** The value of every variable the fake renders for `event` (`$TAGS[key]` aside: see `render`). */
export function eventVariables(event: AlertEvent): Record<string, string> {
  const { monitor, transition } = event;
  const eventType = EVENT_TYPES[monitor.type];
  if (eventType === undefined) throw new Error(`the fake does not know the $EVENT_TYPE of a "${monitor.type}" monitor`);
  const message = evaluateMessage(monitor.message, { ...event, priority: monitor.priority });
  const title = `[${transition}] ${monitor.name}`;
  return {
    ALERT_TRANSITION: transition,
    ALERT_ID: String(monitor.id),
    ALERT_PRIORITY: monitor.priority === null ? "" : `P${monitor.priority}`,
    ALERT_TITLE: title,
    ALERT_TYPE: alertType(event),
    ALERT_QUERY: monitor.query,
    // A simple (ungrouped) alert has no triggering scope or host; the fake models no groups.
    ALERT_SCOPE: "",
    HOSTNAME: "",
    EVENT_TITLE: title,
    EVENT_MSG: message,
    TEXT_ONLY_MSG: textOnly(message),
    EVENT_TYPE: eventType,
    // UNCERTAIN: the docs give no exact form of the event URL; this is the event explorer's.
    LINK: `https://app.datadoghq.com/event/event?id=${event.eventId}`,
    DATE: String(event.date),
    LAST_UPDATED: String(event.date),
    ID: String(event.eventId),
    ORG_ID: String(event.org.id),
    ORG_NAME: event.org.name,
    PRIORITY: "normal",
    TAGS: monitor.tags.join(","),
  };
}

/** `$ALERT_TYPE`: success for a recovery, warning for a warning, error otherwise (UNCERTAIN for No Data). */
function alertType(event: AlertEvent): string {
  if (event.transition === "Recovered") return "success";
  return event.after === "Warn" ? "warning" : "error";
}

/**
 * `$TEXT_ONLY_MSG`: the message without markdown. UNCERTAIN: Datadog documents only that markdown is
 * removed and links become raw URLs; this keeps a link's text followed by its URL.
 */
function textOnly(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")
    .replace(/%%%|\*\*|__|`/g, "")
    .replace(/^#+\s*/gm, "");
}

/**
 * `template` with its variables replaced, the longest name first (`$ALERT_TITLE` before a shorter
 * name it starts with); an unknown `$WORD` stays as written. A value substituted inside a JSON
 * string literal is JSON-escaped, so a JSON template stays valid JSON. UNCERTAIN: Datadog does not
 * document this escaping; its default payload quotes `$EVENT_MSG`, which is multi-line markdown,
 * so without it Datadog's own template would post invalid JSON.
 */
export function render(template: string, variables: Readonly<Record<string, string>>, tags: readonly string[]): string {
  const names = Object.keys(variables).sort((a, b) => b.length - a.length);
  const variable = new RegExp(`\\$(?:TAGS\\[([^\\]]*)\\]|(${names.join("|")}))`, "y");
  let out = "";
  let inString = false;
  let escaped = false;
  for (let at = 0; at < template.length;) {
    variable.lastIndex = at;
    const match = template.charAt(at) === "$" ? variable.exec(template) : null;
    if (match) {
      const value = match[1] !== undefined ? tagValue(tags, match[1]) : variables[match[2]];
      out += inString ? JSON.stringify(value).slice(1, -1) : value;
      at += match[0].length;
      continue;
    }
    const c = template.charAt(at++);
    out += c;
    if (escaped) escaped = false;
    else if (inString && c === "\\") escaped = true;
    else if (c === '"') inString = !inString;
  }
  return out;
}

/** `$TAGS[key]`: the value of tag `key`, empty when the tag is missing or has no value (docs). */
function tagValue(tags: readonly string[], key: string): string {
  const tag = tags.find((t) => t === key || t.startsWith(`${key}:`));
  return tag === undefined ? "" : tag.slice(key.length + 1);
}

/**
 * The body Datadog posts for `event` to a webhook with this payload template and encoding. With
 * `form`, the docs say the payload is still written as JSON and Datadog URL-encodes it; the fake
 * form-encodes the rendered object's top-level fields (a non-string value as its JSON text) —
 * UNCERTAIN beyond the docs' flat example.
 */
export function renderWebhookBody(template: string, encodeAs: string, event: AlertEvent): RenderedBody {
  const body = render(template, eventVariables(event), event.monitor.tags);
  if (encodeAs === "json") return { body, contentType: "application/json" };
  const fields: unknown = JSON.parse(body);
  if (typeof fields !== "object" || fields === null || Array.isArray(fields))
    throw new Error("a form-encoded payload must be a JSON object");
  const form = new URLSearchParams(
    Object.entries(fields).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v)]),
  );
  return { body: form.toString(), contentType: "application/x-www-form-urlencoded" };
}
