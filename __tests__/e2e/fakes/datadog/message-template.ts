import { isRenotification, MonitorState, Transition } from "./transitions";

/** What a monitor message's conditional variables are evaluated against. */
export interface NotificationContext {
  readonly transition: Transition;
  /** The monitor's state before and after the notification. */
  readonly before: MonitorState;
  readonly after: MonitorState;
  /** The monitor's priority (1-5), null when unset. */
  readonly priority: number | null;
}

/**
 * Datadog's conditional variables (https://docs.datadoghq.com/monitors/notify/variables/#conditional-variables)
 * that the fake evaluates. Others (`is_match`, `is_exact_match`, ...) need the triggering group's tags,
 * which the fake does not model: a message using them is refused by `evaluateMessage` rather than guessed.
 */
const CONDITIONS: Readonly<Record<string, (c: NotificationContext, argument: string | undefined) => boolean>> = {
  is_alert: (c) => c.transition !== "Recovered" && c.after === "Alert",
  is_warning: (c) => c.transition !== "Recovered" && c.after === "Warn",
  is_no_data: (c) => c.transition !== "Recovered" && c.after === "No Data",
  is_recovery: (c) => c.transition === "Recovered",
  is_alert_recovery: (c) => c.transition === "Recovered" && c.before === "Alert",
  is_warning_recovery: (c) => c.transition === "Recovered" && c.before === "Warn",
  is_no_data_recovery: (c) => c.transition === "Recovered" && c.before === "No Data",
  is_alert_to_warning: (c) => c.after === "Warn" && c.before === "Alert",
  // UNCERTAIN: the docs do not say whether the `Re-*` transitions count as renotifications.
  is_renotify: (c) => isRenotification(c.transition),
  is_priority: (c, argument) => c.priority !== null && argument === `P${c.priority}`,
};

/**
 * An opening or closing conditional tag (`{{#name 'arg'}}`, `{{^name}}`, `{{/name}}`), or a
 * triple-stash variable (`{{{var}}}`), which is only skipped so that its braces are not misread.
 */
const TAG = /\{\{\{[^}]*\}\}\}|\{\{\s*([#^/])\s*(\w+)((?:\s+(?:'[^']*'|"[^"]*"))*)\s*\}\}/g;

/**
 * The message as Datadog sends it for a notification: conditional blocks kept or dropped for the
 * context, their tags removed. Other template variables (`{{value}}`, ...) are left as written.
 * Throws for unbalanced blocks or a conditional the fake does not evaluate.
 */
export function evaluateMessage(message: string, context: NotificationContext): string {
  const open: { name: string; shown: boolean }[] = [];
  const shown = (): boolean => open.every((block) => block.shown);
  let out = "";
  let at = 0;
  for (const match of message.matchAll(TAG)) {
    if (shown()) out += message.slice(at, match.index);
    at = match.index + match[0].length;
    const [tag, kind, name, argumentText] = match;
    if (kind === undefined) {
      if (shown()) out += tag;
    } else if (kind === "/") {
      const block = open.pop();
      if (block?.name !== name) throw new Error(`"${tag}" closes ${block ? `"${block.name}"` : "no block"}`);
    } else {
      const condition = CONDITIONS[name];
      if (condition === undefined) throw new Error(`the fake does not evaluate the conditional "${name}"`);
      const value = condition(context, /['"]([^'"]*)['"]/.exec(argumentText)?.[1]);
      open.push({ name, shown: kind === "#" ? value : !value });
    }
  }
  if (open.length > 0) throw new Error(`"{{#${open[open.length - 1].name}}}" is never closed`);
  return out + message.slice(at);
}

/** The webhook names a text notifies (`@webhook-<name>`), each once, in order of appearance. */
export function mentionedWebhooks(text: string): string[] {
  return [...new Set([...text.matchAll(/@webhook-([A-Za-z0-9_-]+)/g)].map((m) => m[1]))];
}
