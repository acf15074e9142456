/**
 * How a synthesized value reaches an alert source's integration key or URL, which the iLert provider
 * marks sensitive. Terraform carries that mark through functions, locals and whole-resource
 * references, and fails `terraform plan` for an output that is not `sensitive` unless the value is
 * wrapped in `nonsensitive(...)`.
 */

/** The sensitive attributes of `ilert_alert_source` (resource and data source); a reference may name none (undefined). */
const SENSITIVE_ATTRIBUTES: ReadonlySet<string | undefined> = new Set(["integration_key", "integration_url"]);

// `ilert_alert_source.<name>` or `data.ilert_alert_source.<name>`, then the attribute if one is named.
const ALERT_SOURCE_REFERENCE = /\b(?:data\.)?ilert_alert_source\.[A-Za-z0-9_-]+(?:\.([A-Za-z0-9_]+))?/g;
const LOCAL_REFERENCE = /\blocal\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const NONSENSITIVE_CALL = /\bnonsensitive\(/;

/** What a value exposes, and the locals it goes through (`local.<name>`, outermost first). */
export interface Exposure {
  /** `integration_key`, `integration_url`, or a whole `ilert_alert_source.<name>` reference. */
  readonly exposed: string;
  readonly via: readonly string[];
}

/** The sensitive attribute the text references directly (outside `nonsensitive(...)`), if any. */
export function directExposure(text: string): string | undefined {
  for (const [, attribute] of withoutNonsensitive(text).matchAll(ALERT_SOURCE_REFERENCE)) {
    if (SENSITIVE_ATTRIBUTES.has(attribute)) return attribute;
  }
  return undefined;
}

/**
 * What the text exposes indirectly: a whole alert source (which holds both attributes), or a
 * sensitive value reached through locals (`locals` maps each local's name to its text). Each local
 * is followed once: `memo` holds what each exposes (undefined while it is being followed, so a
 * cycle ends).
 */
export function indirectExposure(
  text: string,
  locals: ReadonlyMap<string, string>,
  memo: Map<string, Exposure | undefined>,
): Exposure | undefined {
  const visible = withoutNonsensitive(text);
  for (const [reference, attribute] of visible.matchAll(ALERT_SOURCE_REFERENCE)) {
    if (attribute === undefined) return { exposed: reference, via: [] };
  }
  for (const [, name] of visible.matchAll(LOCAL_REFERENCE)) {
    const found = localExposure(name, locals, memo);
    if (found) return { exposed: found.exposed, via: [`local.${name}`, ...found.via] };
  }
  return undefined;
}

function localExposure(name: string, locals: ReadonlyMap<string, string>, memo: Map<string, Exposure | undefined>): Exposure | undefined {
  if (memo.has(name)) return memo.get(name);
  memo.set(name, undefined);
  const text = locals.get(name);
  if (text === undefined) return undefined;
  const attribute = directExposure(text);
  const found = attribute === undefined ? indirectExposure(text, locals, memo) : { exposed: attribute, via: [] };
  memo.set(name, found);
  return found;
}

/** The text with every `nonsensitive(...)` call removed: Terraform lets such values be shown. */
function withoutNonsensitive(text: string): string {
  // Stryker disable next-line StringLiteral: equivalent, a text put first that ends in no word character and holds no reference adds no match and takes no \b away
  let visible = "";
  let rest = text;
  // A loop, not recursion: an output may hold any number of calls.
  for (let call = NONSENSITIVE_CALL.exec(rest); call !== null; call = NONSENSITIVE_CALL.exec(rest)) {
    visible += rest.slice(0, call.index);
    const inside = rest.slice(call.index + call[0].length);
    rest = inside.slice(closingParenthesis(inside) + 1);
  }
  return visible + rest;
}

/** The index in `text` of the parenthesis that closes one opened just before it (the length when none does). */
function closingParenthesis(text: string): number {
  let depth = 1;
  for (const { 0: parenthesis, index } of text.matchAll(/[()]/g)) {
    depth += parenthesis === "(" ? 1 : -1;
    if (depth === 0) return index;
  }
  return text.length;
}
