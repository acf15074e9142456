import { Construct } from "constructs";

/**
 * Text from users (config files, props, synthesized stacks) as this package shows it to people, in
 * messages and in every output it writes: control characters made visible, and long values cut
 * short. Each output then adds its own escaping (Markdown, iCalendar, Mermaid).
 */

/** The most characters of one value a message shows; longer values are cut, saying how long they were. */
export const MAX_SHOWN = 80;

/**
 * Characters no output shows as they are: the C0 controls but tab (NUL, ESC, CR, LF, ...), DEL and
 * the C1 controls, which terminals obey (ESC starts sequences that recolour the text, move the cursor
 * or rename the window); the bidirectional formatting characters U+061C, U+200E, U+200F,
 * U+202A-U+202E and U+2066-U+2069, which reorder what is displayed ("Trojan Source"); and the line and
 * paragraph separators U+2028 and U+2029.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `text` with each {@link CONTROL_CHARACTERS} character written as its JSON escape, e.g. ESC as `\u001b`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** {@link escapeControls} for each line of `text`: its line feeds stay (the output's own line structure). */
export function escapeControlsInLines(text: string): string {
  return text.split("\n").map(escapeControls).join("\n");
}

/** `text` cut to its first 60 characters when longer than {@link MAX_SHOWN}, saying how long it was. */
export function shortText(text: string): string {
  return text.length > MAX_SHOWN ? `${head(text)}... (${text.length} characters)` : text;
}

/**
 * A received value that must not be shown, because it is a secret: messages (and the error's
 * `received`, when logged) give its description instead, e.g. `(a literal value, not shown here)`.
 */
export class NotShown {
  constructor(public readonly description: string) {}

  public toString(): string {
    return `(${this.description}, not shown here)`;
  }

  public toJSON(): string {
    return this.toString();
  }
}

/**
 * A received value as a message shows it: JSON where possible (a construct by its path), control
 * characters escaped, cut short when long, e.g. `"my hook"`, `{"a":[1,null]}`,
 * `"xxxx..." (5000000 characters)`.
 */
export function describeValue(value: unknown): string {
  // A secret's description is the package's own words: shown whole.
  if (value instanceof NotShown) return value.toString();
  // A construct passed where another kind was expected is best named by its path.
  if (Construct.isConstruct(value)) return escapeControls(JSON.stringify(value.node.path));
  // The length first: a string of megabytes is not serialized whole to be cut.
  // Stryker disable next-line EqualityOperator: equivalent, a string of 80 characters is 82 once quoted
  if (typeof value === "string" && (value.length > MAX_SHOWN || JSON.stringify(value).length > MAX_SHOWN)) {
    return `${escapeControls(JSON.stringify(`${head(value)}...`))} (${value.length} characters)`;
  }
  let text: string;
  // JSON.stringify gives undefined for undefined (and functions, symbols): safeString writes those.
  if (typeof value === "number" && !Number.isFinite(value)) {
    text = String(value);
  } else {
    try {
      text = JSON.stringify(value) ?? safeString(value);
    } catch {
      text = safeString(value);
    }
  }
  text = escapeControls(text);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

/** The first 60 characters of `text`, without splitting a surrogate pair. */
function head(text: string): string {
  const end = MAX_SHOWN - 20;
  return text.slice(0, /[\ud800-\udbff]/.test(text.charAt(end - 1)) ? end - 1 : end);
}

/** `String(value)`, or the object tag when the value cannot be converted (e.g. null-prototype objects). */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
