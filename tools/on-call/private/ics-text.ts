// RFC 5545 content lines: TEXT values escaped, long lines folded.
import { escapeControls } from "../../../constructs/core/shown-text";

/**
 * A TEXT value (RFC 5545 section 3.3.11): line breaks as `\n`, other control characters as visible
 * escapes (shown-text.ts: ESC is the text `\u001b`), then backslash, semicolon and comma escaped.
 */
export function escapeText(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => escapeControls(line).replace(/[\\;,]/g, (c) => `\\${c}`))
    .join("\\n");
}

/**
 * A content line folded (RFC 5545 section 3.1) into lines of at most 75 octets, each continuation
 * starting with a space; a UTF-8 character is never split.
 */
export function fold(line: string): string {
  // Most lines are short: no need to weigh them character by character.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the loop below leaves a line of at most 75 octets as it is
  if (Buffer.byteLength(line, "utf8") <= 75) return line;
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}
