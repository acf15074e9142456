// The hours of support of declared support hours day by day in their time zone (the week's hours, or
// an exception's), and the Markdown of them (the tools/index.ts entry exports only the shape).
import { DeclaredSupportHours, SUPPORT_DAY_BLOCKS } from "../declared-support-hours";
import { cell, code } from "../markdown-text";
import { DAY_MS, instantOf, parseLocalDateTime } from "../zoned-time";
import { EXCEPTION_DATES_CHOICE } from "../../../constructs/ilert/alert-source/private/exception-dates";
import { SupportDay, SupportHoursCalendar, SupportPeriod } from "../support-hours-calendar";

/** The support hours' days from `firstDay` (a UTC midnight, the window's first day) for `days` days. */
export function supportHoursCalendar(
  supportHours: DeclaredSupportHours,
  icsFile: string,
  firstDay: number,
  days: number,
): SupportHoursCalendar {
  const unreadable = supportHours.exceptions.find((e) => e.firstDay === undefined);
  const lastDay = dayText(firstDay + (days - 1) * DAY_MS);
  const exceptions = supportHours.exceptions.filter(
    (e) => e.firstDay !== undefined && e.firstDay <= lastDay && e.lastDay! >= dayText(firstDay),
  );
  if (unreadable !== undefined) {
    const error = `exception ${JSON.stringify(unreadable.name)}: its start ${JSON.stringify(unreadable.start)} and end ${JSON.stringify(unreadable.end)} are not the days the library writes (${EXCEPTION_DATES_CHOICE})`;
    return { supportHours, icsFile, days: [], periods: [], exceptions, error };
  }
  try {
    const list: SupportDay[] = [];
    const periods: SupportPeriod[] = [];
    for (let i = 0; i < days; i++) {
      const wall = firstDay + i * DAY_MS;
      const day = dayText(wall);
      const exception = [...exceptions].reverse().find((e) => e.firstDay! <= day && day <= e.lastDay!);
      const week = supportHours.days[SUPPORT_DAY_BLOCKS[new Date(wall).getUTCDay()]];
      const hours =
        exception?.supportStatus === "OUTSIDE"
          ? undefined
          : exception?.supportStatus === "DURING"
            ? { start: "00:00", end: "24:00" }
            : week;
      list.push({ day, ...(hours === undefined ? {} : { hours }), ...(exception === undefined ? {} : { exception }) });
      if (hours === undefined) continue;
      // `24:00` (to midnight) reads as the next day's 00:00.
      const at = (time: string) => instantOf(parseLocalDateTime(`${day}T${time}`), supportHours.timezone);
      periods.push({
        start: new Date(at(hours.start)),
        end: new Date(at(hours.end)),
        ...(exception?.supportStatus === "DURING" ? { exception: exception.name } : {}),
      });
    }
    return { supportHours, icsFile, days: list, periods, exceptions };
  } catch (e) {
    return { supportHours, icsFile, days: [], periods: [], exceptions, error: (e as Error).message };
  }
}

const WEEKDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const RULES: Readonly<Record<string, string>> = {
  HIGH_DURING_SUPPORT_HOURS: "high priority during support hours, low outside",
  LOW_DURING_SUPPORT_HOURS: "low priority during support hours, high outside",
};

/** The support hours as Markdown: who follows them, then one row per day. */
export function supportHoursMarkdown(c: SupportHoursCalendar): string[] {
  const { supportHours: h } = c;
  const users =
    h.alertSources.length === 0
      ? "No alert source of this stack refers to them."
      : `Alert sources: ${h.alertSources.map((s) => `${cell(s.name)} (${cell(RULES[s.priorityRule] ?? s.priorityRule)})`).join(", ")}.`;
  const out = [
    "",
    `## Support hours ${cell(h.name)}`,
    "",
    `Stack ${cell(h.stack)}, ${code(h.address)}, time zone ${cell(h.timezone)}. ${users}`,
    "",
  ];
  if (c.error !== undefined) return [...out, `Cannot be computed: ${cell(c.error)}`];
  out.push(`| Day | Support hours (${cell(h.timezone)}) |`, "| --- | --- |");
  for (const d of c.days) {
    const date = new Date(`${d.day}T00:00:00Z`);
    const hours =
      d.hours === undefined ? "none" : d.hours.start === "00:00" && d.hours.end === "24:00" ? "all day" : `${d.hours.start}–${d.hours.end}`;
    const why = d.exception === undefined ? "" : `: ${cell(d.exception.name)} (${exceptionKind(d.exception.supportStatus)})`;
    out.push(`| ${WEEKDAY[date.getUTCDay()]} ${d.day} | ${hours}${why} |`);
  }
  return out;
}

/** An exception's status in words. */
export function exceptionKind(status: string): string {
  return status === "OUTSIDE"
    ? "holiday, outside support hours"
    : status === "DURING"
      ? "inside support hours all day"
      : `status ${status}, as the week says`;
}

function dayText(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}
