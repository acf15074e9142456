// How the on-call tools write app values and instants into Markdown (the calendar and the who-moves
// diff): as text, never markup, and in one form for UTC.
import { markdownCode, markdownText } from "../markdown-text";
import { formatWall, isUtc, wallTime } from "./zoned-time";

/** An instant as `YYYY-MM-DD HH:mmZ`. */
export function utc(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 16).replace("T", " ")}Z`;
}

/** Text from the app (names, emails, time zones) for a Markdown line or table cell: text, never markup (tools/markdown-text.ts). */
export const cell = markdownText;

/** A Terraform address as inline code; one with other characters than an address has (a hand-edited stack) as plain text. */
export const code = markdownCode;

/**
 * The time columns of a table: the local time and UTC, or UTC alone where the time zone is UTC
 * (under any of its names), with their header, rule and cells.
 */
export function timeColumns(label: string, tz: string): { header: string; rule: string; cells: (instant: number) => string } {
  if (isUtc(tz)) return { header: `${label} (UTC)`, rule: "---", cells: utc };
  return {
    header: `${label} (${cell(tz)}) | ${label} (UTC)`,
    rule: "--- | ---",
    cells: (instant) => `${formatWall(wallTime(instant, tz))} | ${utc(instant)}`,
  };
}
