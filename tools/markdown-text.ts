import { escapeControls } from "../constructs/core/shown-text";

/**
 * Text from an app (names, emails, time zones, stack names, messages) in the Markdown the tools write
 * (the on-call calendar, the wiring diagram's page): shown as the text it is, never as markup. Line
 * breaks become spaces and other control characters visible escapes (shown-text.ts); `&`, `<` and `>`
 * become HTML entities (no HTML, no `<...>` autolink); a backslash before each character that starts
 * an inline construct of CommonMark or GitHub's Markdown (`\`, `` ` ``, `*`, `[`, `]`, `~`, `#`, `|`,
 * and `_` but inside a word, where it cannot delimit emphasis: `America/New_York`), so that no emphasis, code span, link, image, strikethrough, closing heading sequence or table
 * cell can form; and GitHub's extended autolinks are broken where they would start (`@` of an email,
 * `www.`, the `:` of `://`), so that no name becomes a link. A renderer shows the text unchanged.
 */
export function markdownText(value: string): string {
  return escapeControls(value.replace(/\r?\n|\r/g, " "))
    .replace(/[\\`*[\]~#|@&<>]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
    .replace(/(www)\./gi, "$1\\.")
    .replace(/:(?=\/\/)/g, "\\:");
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * An identifier (a Terraform address, a stack name) as inline code when it holds only characters
 * an address has; anything else (a hand-edited stack) as {@link markdownText}, since a backtick in it
 * would end the code span.
 */
export function markdownCode(value: string): string {
  return /^[\w.-]+$/.test(value) ? `\`${value}\`` : markdownText(value);
}
