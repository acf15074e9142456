import type { SynthesizedStack } from "../../tools";
import type { DatadogAccount } from "./datadog-account";
import type { IlertAccount } from "./ilert-account";

/**
 * The values of a synthesized stack as the providers will see them, for the objects adopt read:
 * Terraform's escapes undone (`$${` -> `${`), and each reference (`${...}`) to an adopted resource,
 * a lookup (data source) or an alert source's integration URL replaced by what the accounts hold.
 * A reference to something not known before apply (a created object) becomes {@link UNKNOWN}.
 */

/** What stands for a value Terraform knows only at apply (a reference to an object it creates). */
export const UNKNOWN = "(known after apply)";

/** What references resolve against. */
export interface ResolutionContext {
  readonly stack: SynthesizedStack;
  readonly ilert: IlertAccount;
  readonly datadog: DatadogAccount;
}

/** The import id of each adopted resource of `stack`, by address. */
export function importIds(stack: SynthesizedStack): Map<string, string> {
  return new Map((stack.config.import ?? []).map((block) => [String(block.to), String(block.id)]));
}

/** `value` (a synthesized attribute value) with escapes undone and references resolved, at any depth. */
export function resolveValue(value: unknown, context: ResolutionContext): unknown {
  if (typeof value === "string") return resolveString(value, context);
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, context));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, context)]));
  return value;
}

function resolveString(text: string, context: ResolutionContext): string {
  return text.replace(/\$\$\{|%%\{|\$\{([^}]*)\}/g, (match, expression: string | undefined) =>
    match === "$${" ? "${" : match === "%%{" ? "%{" : (resolveReference(expression!.trim(), context) ?? UNKNOWN),
  );
}

/** The value of one reference (`ilert_schedule.X.id`, `data.ilert_user.Y.id`, ...), if the accounts tell it. */
function resolveReference(expression: string, context: ResolutionContext): string | undefined {
  const { stack, ilert } = context;
  const parts = expression.split(".");
  if (parts[0] === "data") {
    const [, type, name, attribute] = parts;
    const body = stack.config.data?.[type]?.[name];
    if (body === undefined || attribute !== "id") return undefined;
    const key = (k: string) => {
      const v = body[k];
      return typeof v === "string" ? resolveString(v, context) : undefined;
    };
    const byName = <T extends { id: number; name: string }>(objects: Iterable<T>) => [...objects].find((o) => o.name === key("name"))?.id;
    switch (type) {
      case "ilert_user":
        return asText([...ilert.users.values()].find((u) => u.email === key("email"))?.id);
      case "ilert_team":
        return asText(byName(ilert.teams.values()));
      case "ilert_schedule":
        return asText(byName(ilert.schedules.values()));
      case "ilert_escalation_policy":
        return asText(byName(ilert.escalationPolicies.values()));
      default:
        return undefined;
    }
  }
  const [type, name, attribute] = parts;
  const id = importIds(stack).get(`${type}.${name}`);
  if (id === undefined) return undefined;
  if (attribute === "id") return id;
  if (type === "ilert_alert_source" && attribute === "integration_url") {
    return ilert.datadogSources.find((s) => String(s.id) === id)?.integrationUrl;
  }
  return undefined;
}

function asText(id: number | undefined): string | undefined {
  return id === undefined ? undefined : String(id);
}
