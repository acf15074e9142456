import { IConstruct } from "constructs";
import { describeValue } from "../../core/shown-text";
import { checkArray, checkInstance, checkOptionalBoolean, checkProps, checkString, fail, isUnresolved, Struct } from "../../core/validate";
import { MonitorTransition } from "../monitor-transition";
import { MonitorWiringOptions } from "../monitor-wiring-options";
import { conditionalName } from "./conditional-name";

/** The Terraform type of Datadog monitors, whose messages mention webhooks. */
export const DATADOG_MONITOR_TYPE = "datadog_monitor";

const MONITOR_WIRING_OPTIONS: Struct<MonitorWiringOptions> = {
  name: "MonitorWiringOptions",
  keys: { transitions: "optional", resolveOnRecovery: "optional" },
};

/** A Datadog conditional block (`{{#cond}}` or, negated, `{{^cond}}`) around some message text. */
export interface ConditionalBlock {
  /** The conditional as written after `#` or `^`, e.g. `is_alert` or `is_match "env" "prod"`. */
  readonly conditional: string;
  /** Whether the block is negated (`{{^...}}`: the text shows when the condition is false). */
  readonly negated: boolean;
}

/** A message template split at its tags: each run of plain text with the blocks it sits in. */
export type ParsedMessage =
  | { readonly ok: true; readonly runs: readonly { readonly text: string; readonly within: readonly ConditionalBlock[] }[] }
  | { readonly ok: false; readonly problem: string };

/**
 * Splits a Datadog monitor message at its `{{...}}` tags and checks that every `{{` is closed and
 * every conditional block is closed by its own `{{/name}}`, properly nested. Datadog accepts a
 * message that breaks these rules but then routes no notification at all
 * (DataDog/terraform-provider-datadog#1882).
 */
export function parseMessage(message: string): ParsedMessage {
  const runs: { text: string; within: ConditionalBlock[] }[] = [];
  const open: ConditionalBlock[] = [];
  let at = 0;
  while (at <= message.length) {
    const start = message.indexOf("{{", at);
    // The text before the next tag: a "}}" in it closes nothing (none can straddle the "{{" that follows).
    const text = message.slice(at, start === -1 ? undefined : start);
    const strayClose = text.indexOf("}}");
    if (strayClose !== -1) return problem(`a "}}" at offset ${at + strayClose} closes no "{{"`);
    runs.push({ text, within: [...open] });
    if (start === -1) break;
    // `{{{var}}}` is the unescaped form of a variable: it ends at `}}}`.
    const closer = message.startsWith("{{{", start) ? "}}}" : "}}";
    const end = message.indexOf(closer, start + closer.length);
    // A "{{" inside the tag means it is not closed (none can straddle the closer, a "}").
    if (end === -1 || message.slice(start + closer.length, end).includes("{{")) {
      return problem(`the "{{" at offset ${start} is not closed by "${closer}"`);
    }
    at = end + closer.length;
    // An unescaped variable's tag starts with "{": neither a block nor the end of one, as below.
    const tag = message.slice(start + 2, end).trim();
    const kind = tag.charAt(0);
    const conditional = tag.slice(1).trim();
    const name = conditionalName(conditional);
    if (kind === "#" || kind === "^") {
      if (name === "") return problem(`the tag ${describeValue(`{{${tag}}}`)} at offset ${start} names no conditional`);
      open.push({ conditional, negated: kind === "^" });
    } else if (kind === "/") {
      const innermost = open.pop();
      if (innermost === undefined) return problem(`${describeValue(`{{${tag}}}`)} at offset ${start} closes no open block`);
      if (conditionalName(innermost.conditional) !== name) {
        return problem(`${describeValue(`{{${tag}}}`)} at offset ${start} closes ${describeValue(blockTag(innermost))}`);
      }
    }
  }
  if (open.length > 0) return problem(`${describeValue(blockTag(open[open.length - 1]))} is never closed`);
  return { ok: true, runs };
}

/**
 * The conditional blocks around each mention of `handle` in a parsed message (an empty list for a
 * mention outside any block). A mention is the handle not followed by another webhook-name character.
 */
export function mentionsIn(parsed: ParsedMessage & { ok: true }, handle: string): (readonly ConditionalBlock[])[] {
  const pattern = mentionPattern(handle);
  return parsed.runs.flatMap((run) => [...run.text.matchAll(pattern)].map(() => run.within));
}

/** Whether `text` mentions `handle` anywhere, whatever its template syntax. */
export function mentions(text: string, handle: string): boolean {
  return mentionPattern(handle).test(text);
}

/**
 * Every webhook handle `text` mentions, in one scan: `mentions(text, handle)` holds exactly for the
 * handles (`@webhook-` and letters, digits, `-`, `_`) in this set.
 */
export function mentionedHandles(text: string): Set<string> {
  return new Set(text.match(/@webhook-[A-Za-z0-9_-]+/g));
}

/**
 * `message` with `handle` added on a new line (inside conditionals when `options.transitions` or
 * `options.resolveOnRecovery` ask for it), or unchanged if it already mentions the handle anywhere.
 * Throws {@link IlertDatadogValidationError} for a message whose conditional blocks are unbalanced.
 * Messages holding Terraform references are not checked (their text is only known at apply time).
 */
export function addNotificationHandle(
  scope: IConstruct,
  prop: string,
  message: string,
  handle: string,
  options: MonitorWiringOptions = {},
): string {
  checkString(scope, prop, message, { minLength: 0, fix: "write the monitor message as a string" });
  checkProps(scope, options, MONITOR_WIRING_OPTIONS, "pass { transitions, resolveOnRecovery }, or no options", "options");
  const mention = conditionalMention(scope, handle, options);
  if (isUnresolved(message)) {
    return mentions(message, handle) ? message : `${message}\n${mention}`;
  }
  const parsed = parseMessage(message);
  if (!parsed.ok) {
    fail(
      scope,
      prop,
      message,
      "a message whose {{#...}}/{{^...}} blocks and {{...}} tags are closed and properly nested",
      `${parsed.problem}; Datadog accepts such a message but routes no notification (DataDog/terraform-provider-datadog#1882)`,
    );
  }
  if (mentionsIn(parsed, handle).length > 0) return message;
  return message === "" ? mention : `${message}\n${mention}`;
}

/** The handle, wrapped in one conditional block per selected transition. */
function conditionalMention(scope: IConstruct, handle: string, options: MonitorWiringOptions): string {
  checkOptionalBoolean(scope, "resolveOnRecovery", options.resolveOnRecovery);
  const resolve = options.resolveOnRecovery !== false;
  if (options.transitions === undefined) return resolve ? handle : `{{^is_recovery}}${handle}{{/is_recovery}}`;
  const fix = "list MonitorTransition constants, e.g. [MonitorTransition.ALERT], or leave transitions unset to notify on every transition";
  const transitions = checkArray<MonitorTransition>(scope, "transitions", options.transitions, 1, fix);
  transitions.forEach((t, i) => {
    // Not checkEnum: its hint names constants after their values, and these are named otherwise.
    checkInstance(
      scope,
      `transitions[${i}]`,
      t,
      MonitorTransition,
      "use the MonitorTransition constants instead of plain strings",
      'MonitorTransition.ALERT, WARNING, NO_DATA, RECOVERY or MonitorTransition.custom("...")',
    );
  });
  const selected = new Set(transitions);
  if (!resolve && selected.has(MonitorTransition.RECOVERY)) {
    fail(
      scope,
      "resolveOnRecovery",
      false,
      "true when transitions include MonitorTransition.RECOVERY",
      "remove RECOVERY from transitions, or resolveOnRecovery: false",
    );
  }
  if (resolve) selected.add(MonitorTransition.RECOVERY);
  const mention = [...selected].map((t) => `{{#${t.value}}}${handle}{{/${t.blockName}}}`).join("");
  const parsed = parseMessage(mention);
  if (!parsed.ok)
    fail(
      scope,
      "transitions",
      transitions.map((t) => t.value),
      "Datadog conditionals such as is_alert_recovery",
      parsed.problem,
    );
  return mention;
}

function mentionPattern(handle: string): RegExp {
  return new RegExp(`${handle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_-])`, "g");
}

/** The tag that opens `block`, e.g. `{{#is_alert}}`. */
function blockTag(block: ConditionalBlock): string {
  return `{{${block.negated ? "^" : "#"}${block.conditional}}}`;
}

function problem(text: string): ParsedMessage {
  return { ok: false, problem: text };
}
