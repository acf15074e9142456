// One schedule's shifts as an iCalendar file (RFC 5545), to import or subscribe to in a calendar app.
import { createHash } from "crypto";
import { MaintenanceCalendar } from "./maintenance-calendar";
import { ScheduleCalendar } from "./on-call-calendar";
import { exceptionKind } from "./private/support-hours-calendar";
import { SupportHoursCalendar } from "./support-hours-calendar";
import { escapeText, fold } from "./private/ics-text";

/** The PRODID of the calendars written here. */
const PRODID = "-//cdktf-ilert-datadog//on-call calendar//EN";

/**
 * The shifts of `calendar` as an iCalendar (RFC 5545) VCALENDAR: one VEVENT per shift with UTC
 * DTSTART and DTEND, DTSTAMP `stamp`, a UID stable across runs (from the schedule, the user and the
 * start) and a SUMMARY naming the person; CRLF line endings, lines folded at 75 octets, text escaped.
 */
export function onCallIcs(calendar: ScheduleCalendar, stamp: Date): string {
  const { schedule } = calendar;
  const events = calendar.shifts.map((shift) => {
    const from = shift.layer === undefined ? schedule.name : `${schedule.name}, layer ${shift.layer}`;
    return event(
      [schedule.stack, schedule.address, shift.user, shift.start.toISOString()],
      stamp,
      [`DTSTART:${icsTime(shift.start)}`, `DTEND:${icsTime(shift.end)}`],
      `On call: ${shift.user}`,
      `${shift.user} is on call in ${from} (computed from the declared schedule; overrides made in iLert are not included).`,
    );
  });
  return vcalendar(`On call: ${schedule.name}`, events);
}

/**
 * The support hours of `calendar` as an iCalendar VCALENDAR: one VEVENT per period of support (UTC
 * DTSTART and DTEND) and one all-day VEVENT (DATE values, DTEND the day after the last) per
 * exception that covers a day of the window, e.g. `Holiday: Christmas (holiday, outside support hours)`.
 */
export function supportHoursIcs(calendar: SupportHoursCalendar, stamp: Date): string {
  const h = calendar.supportHours;
  const periods = calendar.periods.map((p) =>
    event(
      [h.stack, h.address, p.start.toISOString()],
      stamp,
      [`DTSTART:${icsTime(p.start)}`, `DTEND:${icsTime(p.end)}`],
      `Support hours: ${h.name}`,
      `Inside the support hours ${h.name}${p.exception === undefined ? "" : ` (${p.exception})`} (${h.timezone}).`,
    ),
  );
  const exceptions = calendar.exceptions.map((e) =>
    event(
      [h.stack, h.address, e.name, e.firstDay!],
      stamp,
      [`DTSTART;VALUE=DATE:${e.firstDay!.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${dayAfter(e.lastDay!)}`],
      `${e.supportStatus === "OUTSIDE" ? "Holiday" : "Exception"}: ${e.name}`,
      `${e.name}: ${exceptionKind(e.supportStatus)}, in the support hours ${h.name} (${h.timezone}).`,
    ),
  );
  return vcalendar(`Support hours: ${h.name}`, [...periods, ...exceptions]);
}

/** The occurrences of a maintenance window as an iCalendar VCALENDAR: one VEVENT each, naming what it mutes. */
export function maintenanceIcs(calendar: MaintenanceCalendar, stamp: Date): string {
  const m = calendar.maintenance;
  const name = m.message ?? "maintenance window";
  const events = calendar.occurrences.map((o) =>
    event(
      [m.stack, ...m.addresses, o.start.toISOString()],
      stamp,
      [`DTSTART:${icsTime(o.start)}`, `DTEND:${icsTime(o.end)}`],
      `Maintenance: ${name}`,
      `Datadog downtime: mutes ${m.monitors.join(", ")} (scope ${m.scope}).`,
    ),
  );
  return vcalendar(`Maintenance: ${name}`, events);
}

/** A VEVENT: a UID stable across runs (a hash of `identity`), its times, SUMMARY and DESCRIPTION, transparent (not busy). */
function event(identity: readonly string[], stamp: Date, times: readonly string[], summary: string, description: string): string[] {
  const uid = createHash("sha256").update(identity.join("\n")).digest("hex");
  return [
    "BEGIN:VEVENT",
    `UID:${uid.slice(0, 32)}@cdktf-ilert-datadog`,
    `DTSTAMP:${icsTime(stamp)}`,
    ...times,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** A VCALENDAR named `name` holding `events`: CRLF line ends, lines folded. */
function vcalendar(name: string, events: readonly string[][]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  lines.push(...events.flat(), "END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** The DATE after `day` (`YYYY-MM-DD`), `YYYYMMDD`: an all-day event's exclusive end. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
}

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
function icsTime(instant: Date): string {
  // Stryker disable next-line Regex: toISOString has one ".", then three digits and "Z" at its end
  const seconds = instant.toISOString().replace(/\.\d{3}Z$/, "Z");
  return seconds.replace(/[-:]/g, "");
}
