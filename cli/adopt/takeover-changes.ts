import { escapeControlsInLines } from "../../constructs/core/shown-text";
import { mentionedHandles, mentions } from "../../constructs/datadog/private/monitor-message";
import type { SynthesizedStack } from "../../tools";
import type { DatadogAccount } from "./datadog-account";
import type { IlertAccount } from "./ilert-account";
import type { EscalationPolicyJson, MonitorJson } from "./api-shapes";
import { importIds, resolveValue } from "./references";
import { AttributeView, ResourceView, VIEWS } from "./terraform-view";

/**
 * What the first apply would change in the objects a synthesized config adopts: each import block's
 * resource, as synthesized, held against the object it imports as the provider reads it
 * (terraform-view.ts), attribute by attribute. What differs is a setting the config cannot express
 * (or leaves out): the first apply makes it what the config says. Secrets (integration keys and
 * URLs) are never shown.
 */

/** One attribute the first apply changes. */
export interface FieldChange {
  readonly attribute: string;
  /** What it is now, shown (cut short, secrets hidden). */
  readonly now: string;
  /** What the first apply makes it, shown. */
  readonly after: string;
  /** Whether the change replaces the object (a new alert source, with a new integration key). */
  readonly replaces: boolean;
  /** Why the config cannot keep the value, where adopt knows more than "the library cannot express it". */
  readonly why?: string;
}

/** The changes to one adopted object. */
export interface ObjectChanges {
  readonly stack: string;
  /** Its Terraform address, e.g. `ilert_schedule.checkout_Schedule_1A2B3C4D`. */
  readonly address: string;
  /** The adopted object, by type and import id, e.g. `ilert_schedule 67`. */
  readonly object: string;
  readonly changes: readonly FieldChange[];
  /**
   * Differences the first plan shows in a setting the object does not use (the frequency of a policy
   * that does not repeat): not changes of what it does, so they stop nothing; the report lists them
   * with the known diffs, each with its `why`.
   */
  readonly unused: readonly FieldChange[];
}

/** The objects each adopted resource of `stacks` imports, and what the first apply changes in them. */
export function takeoverChanges(stacks: readonly SynthesizedStack[], ilert: IlertAccount, datadog: DatadogAccount): ObjectChanges[] {
  const secrets = secretsOf(ilert);
  return stacks.flatMap((stack) =>
    [...importIds(stack)].flatMap(([address, id]) => {
      const [type, name] = address.split(".");
      const view = VIEWS[type];
      const body = stack.config.resource?.[type]?.[name];
      const object = view && findObject(type, id, ilert, datadog);
      if (view === undefined || body === undefined || object === undefined) {
        return [{ stack: stack.name, address, object: `${type} ${id}`, changes: [missing(view, object)], unused: [] }];
      }
      const declared = resolveValue(body, { stack, ilert, datadog }) as Record<string, unknown>;
      const explained = fieldChanges(view as ResourceView<unknown>, object, declared, secrets).map((change) => {
        const why = EXPLAINED[`${type}.${change.attribute}`]?.(object as never, declared);
        return why === undefined ? change : { ...change, why };
      });
      const unused = explained.filter((c) => UNUSED.has(`${type}.${c.attribute}`) && c.why !== undefined);
      const changes = explained.filter((c) => !unused.includes(c));
      return [{ stack: stack.name, address, object: `${type} ${id}`, changes, unused }];
    }),
  );
}

/**
 * What adopt can say about a change of one attribute (`<type>.<attribute>`) beyond "the library cannot
 * express it"; undefined where it cannot. The attributes in {@link UNUSED} are unused settings when
 * explained: their differences stop nothing.
 */
const EXPLAINED: Readonly<Record<string, (object: never, declared: Record<string, unknown>) => string | undefined>> = {
  "ilert_escalation_policy.frequency": (policy: EscalationPolicyJson, declared) =>
    policy.repeating === true || declared.repeating === true
      ? undefined
      : "unused: the policy does not repeat, so how often it repeats changes nothing; iLert provider 2.20.0 plans its default 1 for a config without one (it accepts 1 to 9, not the 0 read here); whether iLert keeps 1 for a policy that does not repeat, or a later plan shows this again, is UNCERTAIN",
  "datadog_monitor.message": (monitor: MonitorJson, declared) => {
    const now = mentionedHandles(monitor.message ?? "");
    const escalation = monitor.options?.escalation_message;
    const added = [...mentionedHandles(typeof declared.message === "string" ? declared.message : "")].filter((h) => !now.has(h));
    const onlyInEscalation = added.filter((h) => typeof escalation === "string" && mentions(escalation, h));
    if (onlyInEscalation.length === 0) return undefined;
    return `unavoidable: the monitor mentions ${onlyInEscalation.join(", ")} only in its escalation message, which Datadog sends on re-notifications, so today it pages only when it re-notifies; the config app makes every monitor it adopts page through its team's webhook by mentioning it in the message, and cannot declare a mention in the escalation message alone, so after the first apply this monitor also pages on its first alert. To keep it as it is, leave it out of the config (adopt without --monitors lists it and leaves it alone)`;
  },
};

/** The attributes whose explained differences are unused settings, not changes. */
const UNUSED: ReadonlySet<string> = new Set(["ilert_escalation_policy.frequency"]);

/** What adopt cannot compare: an import of a kind without a view, or of an object the accounts did not show. */
function missing(view: unknown, object: unknown): FieldChange {
  const reason =
    view === undefined ? "a kind adopt does not read" : object === undefined ? "an object the accounts do not show" : "no resource";
  return { attribute: "(the object)", now: reason, after: "imported as it is; review the first plan", replaces: false };
}

function findObject(type: string, id: string, ilert: IlertAccount, datadog: DatadogAccount): unknown {
  const byId = <T>(map: ReadonlyMap<number, T>) => map.get(Number(id));
  switch (type) {
    case "ilert_alert_source":
      return ilert.datadogSources.find((s) => String(s.id) === id) ?? ilert.alertSources.find((s) => String(s.id) === id);
    case "ilert_escalation_policy":
      return byId(ilert.escalationPolicies);
    case "ilert_schedule":
      return byId(ilert.schedules);
    case "ilert_team":
      return byId(ilert.teams);
    case "ilert_user":
      return byId(ilert.users);
    case "datadog_webhook":
      return datadog.webhooks.get(id);
    case "datadog_monitor":
      return datadog.monitors.find((m) => String(m.id) === id);
    default:
      return undefined;
  }
}

/** The attributes of `object` that the declared resource would change. */
export function fieldChanges<T>(
  view: ResourceView<T>,
  object: T,
  declared: Record<string, unknown>,
  secrets: readonly string[] = [],
): FieldChange[] {
  return view.attributes.flatMap((attribute) => {
    const now = attribute.read(object);
    if (now === undefined) return [];
    const given = declared[attribute.name];
    const after = given === undefined ? planned(attribute, now) : given;
    const sorted = (v: unknown) => (attribute.set && Array.isArray(v) ? [...v].map(String).sort() : v);
    if (after === undefined || same(sorted(now), sorted(after))) return [];
    return [{ attribute: attribute.name, now: shown(now, secrets), after: shown(after, secrets), replaces: attribute.forceNew === true }];
  });
}

/** What the provider plans for an attribute the configuration leaves out; undefined: it keeps the value. */
function planned<T>(attribute: AttributeView<T>, now: unknown): unknown {
  if (attribute.absent === "computed") return undefined;
  if (attribute.absent === "zero") return zeroOf(now);
  return attribute.absent.default;
}

function zeroOf(value: unknown): unknown {
  if (typeof value === "string") return "";
  if (typeof value === "number") return 0;
  if (typeof value === "boolean") return false;
  if (Array.isArray(value)) return [];
  return null;
}

/** Whether two values are the same to the provider (see {@link normalize}). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/**
 * A value in the one form both sides are compared in: numbers as text (`50`, `"50"`, `50.0` alike:
 * ids and thresholds are written both ways), a block of one as that block (cdktf writes a block of
 * at most one as an object, the provider reads it as a list), and empty values (null, "", [], {})
 * left out of objects, as SDKv2 providers read a zero value as "unset".
 */
export function normalize(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return String(Number(value));
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    return items.length === 1 && typeof items[0] === "object" && items[0] !== null && !Array.isArray(items[0]) ? items[0] : items;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, normalize(v)] as const)
      .filter(([, v]) => !isEmpty(v))
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries);
  }
  return value === undefined ? null : value;
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === "" ||
    value === false ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "object" && value !== null && Object.keys(value).length === 0)
  );
}

/** Every integration key and URL the account holds: text that must never be shown. */
function secretsOf(ilert: IlertAccount): string[] {
  return ilert.datadogSources
    .flatMap((s) => [s.integrationUrl, s.integrationKey])
    .filter((s): s is string => typeof s === "string" && s !== "");
}

/** How much of a value the report shows: enough to see a template or a message, not a whole payload. */
const SHOWN_LENGTH = 300;

/**
 * A value as the report shows it: text as it is (its line feeds kept, other control characters
 * escaped), others as compact JSON; cut short, secrets hidden.
 */
export function shown(value: unknown, secrets: readonly string[] = []): string {
  const text =
    value === null || value === undefined || (Array.isArray(value) && value.length === 0)
      ? "(none)"
      : typeof value === "string" && value !== ""
        ? value
        : JSON.stringify(value);
  // Longest first: a URL holds its key.
  const hidden = [...secrets]
    .sort((a, b) => b.length - a.length)
    .reduce((t, secret) => t.split(secret).join("<hidden: an integration URL or key>"), text);
  const escaped = escapeControlsInLines(hidden);
  return escaped.length > SHOWN_LENGTH ? `${escaped.slice(0, SHOWN_LENGTH - 20)}... (${escaped.length} characters)` : escaped;
}
