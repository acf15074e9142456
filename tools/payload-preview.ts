import { DatadogPayload } from "../constructs/datadog/datadog-payload";
import { TEMPLATE_VARIABLE_REFERENCE } from "../constructs/datadog/private/template-variable-reference";

/**
 * How substituted values are written into the payload text. UNCERTAIN: Datadog does not document
 * it (datadog-webhook.md §7.1). The preview assumes that a value inside a JSON string is
 * JSON-escaped (quotes, backslashes, control characters), as Datadog's own default payload and
 * iLert's template, which quote multi-line messages, need, and that a value elsewhere is inserted
 * as it is. A live test may change this; it is the only place to change.
 */
export const PREVIEW_ESCAPING_ASSUMPTION =
  "assumes Datadog JSON-escapes values substituted inside JSON strings (undocumented; verify with a request-capture endpoint)";

function substituted(value: string, inJsonString: boolean): string {
  return inJsonString ? JSON.stringify(value).slice(1, -1) : value;
}

/** Values for a {@link SampleEvent}: Datadog variables by name without `$`, and tags for `$TAGS[key]`. */
export interface SampleEventProps {
  /**
   * Values of Datadog template variables, e.g. `{ EVENT_MSG: "Disk full" }`.
   * @default - the sample's values
   */
  readonly variables?: Readonly<Record<string, string>>;
  /**
   * The event's tags, e.g. `{ service: "payments" }`: `$TAGS[key]` reads them and `$TAGS` lists them.
   * @default - the sample's tags
   */
  readonly tags?: Readonly<Record<string, string>>;
}

const TAGS = { env: "prod", service: "payments" };

const COMMON: Readonly<Record<string, string>> = {
  AGGREG_KEY: "9bd4ac313a4d1e8fc6b2c6f0f5e1a7d3",
  ALERT_CYCLE_KEY: "6917447950306386212",
  ALERT_ID: "1234567",
  ALERT_METRIC: "trace.http.request.errors",
  ALERT_PRIORITY: "P2",
  ALERT_QUERY: "sum(last_5m):sum:trace.http.request.errors{service:payments} > 50",
  ALERT_SCOPE: "service:payments,env:prod",
  EVENT_TYPE: "query_alert_monitor",
  HOSTNAME: "payments-api-1",
  METRIC_NAMESPACE: "trace",
  ORG_ID: "123456",
  ORG_NAME: "Example Org",
  PRIORITY: "normal",
};

const TRIGGERED: Readonly<Record<string, string>> = {
  ...COMMON,
  ALERT_TRANSITION: "Triggered",
  ALERT_TYPE: "error",
  ALERT_STATUS: "sum(last_5m):sum:trace.http.request.errors{service:payments} > 50 (value 72)",
  ALERT_TITLE: "[Triggered on {service:payments}] Payments API errors",
  EVENT_TITLE: "[Triggered on {service:payments}] Payments API errors",
  EVENT_MSG: '%%%\nErrors on "checkout" are at 72 (threshold 50).\n\n[Monitor Status](https://app.datadoghq.com/monitors/1234567)\n%%%',
  TEXT_ONLY_MSG: 'Errors on "checkout" are at 72 (threshold 50).\n\nMonitor Status: https://app.datadoghq.com/monitors/1234567',
  DATE: "1767258000000",
  LAST_UPDATED: "1767258000000",
  ID: "8123456789012345678",
  LINK: "https://app.datadoghq.com/event/event?id=8123456789012345678",
};

const RECOVERED: Readonly<Record<string, string>> = {
  ...COMMON,
  ALERT_TRANSITION: "Recovered",
  ALERT_TYPE: "success",
  ALERT_STATUS: "sum(last_5m):sum:trace.http.request.errors{service:payments} > 50 (value 3)",
  ALERT_TITLE: "[Recovered on {service:payments}] Payments API errors",
  EVENT_TITLE: "[Recovered on {service:payments}] Payments API errors",
  EVENT_MSG: '%%%\nErrors on "checkout" are back to 3.\n\n[Monitor Status](https://app.datadoghq.com/monitors/1234567)\n%%%',
  TEXT_ONLY_MSG: 'Errors on "checkout" are back to 3.\n\nMonitor Status: https://app.datadoghq.com/monitors/1234567',
  DATE: "1767258900000",
  LAST_UPDATED: "1767258900000",
  ID: "8123456789012349999",
  LINK: "https://app.datadoghq.com/event/event?id=8123456789012349999",
};

/** A made-up Datadog monitor notification, for previewing what a webhook sends. */
export class SampleEvent {
  /** A monitor alert (`$ALERT_TRANSITION` = `Triggered`), with some values replaced. */
  public static triggered(props: SampleEventProps = {}): SampleEvent {
    return new SampleEvent(TRIGGERED, props);
  }

  /** The same monitor's recovery (`Recovered`, same `$ALERT_ID`), with some values replaced. */
  public static recovered(props: SampleEventProps = {}): SampleEvent {
    return new SampleEvent(RECOVERED, props);
  }

  /** The variable values, without `$`; `TAGS` lists the tags as Datadog does (`key:value,...`). */
  public readonly variables: Readonly<Record<string, string>>;
  /** The tags `$TAGS[key]` reads. */
  public readonly tags: Readonly<Record<string, string>>;

  private constructor(base: Readonly<Record<string, string>>, props: SampleEventProps) {
    this.tags = { ...TAGS, ...props.tags };
    const tagList = Object.entries(this.tags).map(([key, value]) => (value === "" ? key : `${key}:${value}`));
    this.variables = { ...base, TAGS: tagList.join(","), ...props.variables };
  }

  /** The transition, e.g. `Triggered`. */
  public get transition(): string {
    return this.variables.ALERT_TRANSITION;
  }

  /** The value of the variable `name` (without `$`), if the sample has one. */
  public value(name: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.variables, name) ? this.variables[name] : undefined;
  }

  /** What `$TAGS[key]` reads: the tag's value, or "" (as Datadog documents) if the event lacks it. */
  public tag(key: string): string {
    return Object.prototype.hasOwnProperty.call(this.tags, key) ? this.tags[key] : "";
  }
}

/**
 * The body Datadog would post for `event` with this payload template (a {@link DatadogPayload} or
 * the template text as Datadog stores it): each `$VARIABLE` and `$TAGS[key]` the event has a value for
 * is substituted (see {@link PREVIEW_ESCAPING_ASSUMPTION}); others, such as custom variables, stay
 * as written.
 */
export function renderPayload(payload: DatadogPayload | string, event: SampleEvent): string {
  const template = typeof payload === "string" ? payload : payload.toJson();
  const variable = new RegExp(TEMPLATE_VARIABLE_REFERENCE.source, "y");
  let out = "";
  let inString = false;
  // Stryker disable next-line EqualityOperator: a step at the end (`<=`) reads no character and appends "".
  for (let i = 0; i < template.length;) {
    // The pattern is sticky and begins with `$`: it matches only where a variable starts.
    variable.lastIndex = i;
    const match = variable.exec(template);
    if (match) {
      const [whole, name, bracket] = match;
      const isTag = name === "TAGS" && bracket !== undefined;
      const value = isTag ? event.tag(bracket.slice(1, -1)) : event.value(name);
      if (value !== undefined) {
        out += substituted(value, inString);
        i += isTag ? whole.length : 1 + name.length;
        continue;
      }
    }
    const char = template[i];
    // An escape pair inside a string is copied whole, so `\"` does not end the string.
    const step = inString && char === "\\" ? 2 : 1;
    if (char === '"') inString = !inString;
    out += template.slice(i, i + step);
    i += step;
  }
  return out;
}
