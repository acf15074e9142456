// How a maintenance window mutes its monitors in the calendar's window, from its one-time start and
// end or its recurrences, and the Markdown of it (the tools/index.ts entry exports only the shape).
import { DURATION_UNIT_MS } from "../../../constructs/datadog/maintenance/private/downtime-times";
import { parseRecurrenceRule } from "../../../constructs/datadog/maintenance/recurrence-rule";
import { DeclaredMaintenanceWindow } from "../declared-maintenance";
import { cell, code, timeColumns } from "../markdown-text";
import { Occurrence, recurrenceOccurrences } from "../recurrence";
import { instantOf, utcMillis } from "../zoned-time";
import { MaintenanceCalendar } from "../maintenance-calendar";

/**
 * The occurrences of `maintenance` from midnight of `firstDay` to midnight of `lastDay` (wall times,
 * the calendar's days) in the window's time zone.
 */
export function maintenanceCalendar(
  maintenance: DeclaredMaintenanceWindow,
  icsFile: string,
  firstDay: number,
  lastDay: number,
): MaintenanceCalendar {
  try {
    const [from, until] = [instantOf(firstDay, maintenance.timezone), instantOf(lastDay, maintenance.timezone)];
    return { maintenance, icsFile, occurrences: occurrencesOf(maintenance, from, until) };
  } catch (e) {
    return { maintenance, icsFile, occurrences: [], error: (e as Error).message };
  }
}

function dateTime(what: string, text: string): number {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new Error(`its ${what} ${JSON.stringify(text)} is not a date-time`);
  return time;
}

function occurrencesOf(m: DeclaredMaintenanceWindow, from: number, until: number): Occurrence[] {
  if (m.oneTime !== undefined) {
    if (m.oneTime.start === undefined) throw new Error("it has no start: Datadog starts it when it is created");
    const start = dateTime("start", m.oneTime.start);
    const end = m.oneTime.end === undefined ? Infinity : dateTime("end", m.oneTime.end);
    return end > from && start < until ? [{ start: new Date(start), end: new Date(Number.isFinite(end) ? end : until) }] : [];
  }
  const all = (m.recurrences ?? []).flatMap((r) => {
    const parsed = parseRecurrenceRule(r.rrule);
    if ("problem" in parsed) throw new Error(`its rule ${JSON.stringify(r.rrule)} is refused: expected ${parsed.problem.accepted}`);
    const start = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(r.start);
    const duration = /^(\d+)([mhdw])$/.exec(r.duration);
    if (start === null) throw new Error(`its start ${JSON.stringify(r.start)} is not a local date-time YYYY-MM-DDTHH:mm:ss`);
    if (duration === null) throw new Error(`its duration ${JSON.stringify(r.duration)} is not <n>m, <n>h, <n>d or <n>w`);
    const [y, mo, d, h, mi, s] = start.slice(1).map(Number);
    return recurrenceOccurrences(
      parsed.rule,
      utcMillis(y, mo - 1, d, h, mi, s),
      m.timezone,
      Number(duration[1]) * DURATION_UNIT_MS[duration[2]],
      from,
      until,
    );
  });
  return all.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The window as Markdown: what it mutes and when, then one row per occurrence. */
export function maintenanceMarkdown(c: MaintenanceCalendar): string[] {
  const m = c.maintenance;
  const when =
    m.oneTime !== undefined
      ? `Once, from ${m.oneTime.start ?? "its creation"} to ${m.oneTime.end ?? "no end"}.`
      : `Recurs: ${(m.recurrences ?? []).map((r) => `${cell(r.rrule)} from ${cell(r.start)} for ${cell(r.duration)}`).join("; ")}.`;
  const out = [
    "",
    `## Maintenance window ${cell(m.message ?? "(no message)")}`,
    "",
    `Stack ${cell(m.stack)}, time zone ${cell(m.timezone)}, scope ${cell(m.scope)}. Mutes ${m.monitors.map(cell).join(", ")} (${m.addresses.map(code).join(", ")}). ${when}`,
    "",
  ];
  if (c.error !== undefined) return [...out, `Cannot be computed: ${cell(c.error)}`];
  if (c.occurrences.length === 0) return [...out, "Not in this window."];
  const [from, to] = [timeColumns("From", m.timezone), timeColumns("To", m.timezone)];
  out.push(`| ${from.header} | ${to.header} |`, `| ${from.rule} | ${to.rule} |`);
  for (const o of c.occurrences) out.push(`| ${from.cells(o.start.getTime())} | ${to.cells(o.end.getTime())} |`);
  return out;
}
