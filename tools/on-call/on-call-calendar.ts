// The on-call calendar of an app: who is on call in each declared schedule, day by day, and who each
// escalation policy pages first, from the rotation engine; rendered as Markdown or iCalendar.
import { DeclaredEscalationPolicy, DeclaredOnCall, DeclaredSchedule } from "./declared-on-call";
import { icsFileNames } from "./private/ics-file-names";
import { OnCallShift, onCallShifts, rotationEngineChoicesFor } from "./rotation-engine";
import { ShiftSweep } from "./shift-sweep";
import { DAY_MS, formatWall, instantOf, wallTime } from "./zoned-time";
import { describeValue } from "../../constructs/core/shown-text";
import { cell, code, timeColumns } from "./markdown-text";
import { MaintenanceCalendar } from "./maintenance-calendar";
import { maintenanceCalendar, maintenanceMarkdown } from "./private/maintenance-calendar";
import { supportHoursCalendar, supportHoursMarkdown } from "./private/support-hours-calendar";
import { RECURRENCE_CHOICES } from "./recurrence";
import { SUPPORT_HOURS_CHOICES, SupportHoursCalendar } from "./support-hours-calendar";
import {
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  calendarDay,
  isOutsideCalendarRange,
  MAX_CALENDAR_DAYS,
  maxDaysFrom,
} from "./calendar-window";

/** The days a calendar covers: within 1970-01-01 to 9999-12-30. */
export interface OnCallWindow {
  /** The first day, `YYYY-MM-DD`, from 1970-01-01; each schedule's days start at midnight in its own time zone. */
  readonly from: string;
  /** How many days, 1 to 3660, and to 9999-12-30 at most. */
  readonly days: number;
}

/** One declared schedule's shifts in the window. */
export interface ScheduleCalendar {
  /** The schedule. */
  readonly schedule: DeclaredSchedule;
  /**
   * The name of its iCalendar file (`--format ics`): `<stack>-<schedule name>.ics`, slugged and
   * unique in the calendar, e.g. `payments-oncall-payments-weekly-rotation.ics`; a name longer than
   * 100 characters before `.ics` is cut and ends in `-` and 8 hex digits of a hash of both names.
   */
  readonly icsFile: string;
  /** Midnight of the first day, in the schedule's time zone. */
  readonly from: Date;
  /** Midnight after the last day, in the schedule's time zone. */
  readonly until: Date;
  /** Who is on call, in time order; empty when `error` is set. */
  readonly shifts: readonly OnCallShift[];
  /**
   * Why the shifts could not be computed (e.g. a start date that is a Terraform reference).
   * @default - none: the shifts are computed
   */
  readonly error?: string;
}

/** Who an escalation policy notifies first from a point in time on. */
export interface PagedFirst {
  /** From when (UTC). */
  readonly at: Date;
  /** Who: users, the person on call in a schedule, or a description of what cannot be known. */
  readonly paged: readonly string[];
}

/** One escalation policy's first responders in the window, at each hand-over of its first rule. */
export interface PolicyCalendar {
  /** The policy. */
  readonly policy: DeclaredEscalationPolicy;
  /** Time zone the rows are also shown in: the first declared schedule of the first rule, or `UTC`. */
  readonly timezone: string;
  /** Midnight of the first day, in `timezone`. */
  readonly from: Date;
  /** Midnight after the last day, in `timezone`. */
  readonly until: Date;
  /** From the window start, and again at each change. */
  readonly pagedFirst: readonly PagedFirst[];
}

/** An app's on-call calendar over a window. */
export interface OnCallCalendar {
  /** The window. */
  readonly window: OnCallWindow;
  /** Every declared schedule. */
  readonly schedules: readonly ScheduleCalendar[];
  /** Every declared escalation policy. */
  readonly policies: readonly PolicyCalendar[];
  /**
   * Every declared support hours, day by day.
   * @default - none: the app declares no support hours
   */
  readonly supportHours?: readonly SupportHoursCalendar[];
  /**
   * Every declared maintenance window, with its occurrences.
   * @default - none: the app declares no maintenance window
   */
  readonly maintenanceWindows?: readonly MaintenanceCalendar[];
  /**
   * The choices where iLert's and Datadog's semantics are undocumented: those of
   * {@link ROTATION_ENGINE_CHOICES} that can change who is on call in the app's schedules, and
   * {@link SUPPORT_HOURS_CHOICES} and {@link RECURRENCE_CHOICES} when the calendar shows support hours
   * or maintenance windows.
   */
  readonly choices: Readonly<Record<string, string>>;
}

/** Computes the calendar of every declared schedule and escalation policy over `window`. */
export function onCallCalendar(declared: DeclaredOnCall, window: OnCallWindow): OnCallCalendar {
  const firstDay = calendarDay(window.from);
  if (firstDay === undefined) {
    throw new Error(
      isOutsideCalendarRange(window.from)
        ? `from: expected a day from ${CALENDAR_FIRST_DAY} to ${CALENDAR_LAST_DAY} (the range of the on-call calendar), got ${describeValue(window.from)}`
        : `from: expected a date YYYY-MM-DD, got ${describeValue(window.from)}`,
    );
  }
  const maxDays = maxDaysFrom(firstDay);
  if (!Number.isInteger(window.days) || window.days < 1 || window.days > maxDays) {
    const why = maxDays < MAX_CALENDAR_DAYS ? ` (the on-call calendar ends on ${CALENDAR_LAST_DAY})` : "";
    throw new Error(`days: expected a whole number from 1 to ${maxDays}${why}, got ${describeValue(window.days)}`);
  }
  const lastDay = firstDay + window.days * DAY_MS;
  const [hours, maintenance] = [declared.supportHours ?? [], declared.maintenanceWindows ?? []];
  // One set of file names: support hours and maintenance windows never take a schedule's.
  const files = icsFileNames([
    ...declared.schedules,
    ...hours.map((h) => ({ stack: h.stack, name: `support hours ${h.name}` })),
    ...maintenance.map((m) => ({ stack: m.stack, name: `maintenance ${m.message ?? ""}` })),
  ]);
  const schedules = declared.schedules.map((schedule, i) => scheduleCalendar(schedule, files[i], firstDay, lastDay));
  const policies = declared.policies.map((policy) => policyCalendar(policy, schedules, firstDay, lastDay));
  const supportHours = hours.map((h, i) => supportHoursCalendar(h, files[schedules.length + i], firstDay, window.days));
  const maintenanceWindows = maintenance.map((m, i) =>
    maintenanceCalendar(m, files[schedules.length + hours.length + i], firstDay, lastDay),
  );
  return {
    window: { from: window.from, days: window.days },
    schedules,
    policies,
    ...(supportHours.length === 0 ? {} : { supportHours }),
    ...(maintenanceWindows.length === 0 ? {} : { maintenanceWindows }),
    choices: {
      ...rotationEngineChoicesFor(declared.schedules),
      ...(supportHours.length === 0 ? {} : SUPPORT_HOURS_CHOICES),
      ...(maintenanceWindows.length === 0 ? {} : RECURRENCE_CHOICES),
    },
  };
}

function scheduleCalendar(schedule: DeclaredSchedule, icsFile: string, firstDay: number, lastDay: number): ScheduleCalendar {
  try {
    const [from, until] = [new Date(instantOf(firstDay, schedule.timezone)), new Date(instantOf(lastDay, schedule.timezone))];
    return { schedule, icsFile, from, until, shifts: onCallShifts(schedule, from, until) };
  } catch (e) {
    return { schedule, icsFile, from: new Date(firstDay), until: new Date(lastDay), shifts: [], error: (e as Error).message };
  }
}

function policyCalendar(
  policy: DeclaredEscalationPolicy,
  schedules: readonly ScheduleCalendar[],
  firstDay: number,
  lastDay: number,
): PolicyCalendar {
  const first = policy.rules[0] ?? [];
  const calendars = first.flatMap((t) => schedules.filter((c) => c.schedule === t.schedule && c.error === undefined));
  const timezone = calendars[0]?.schedule.timezone ?? "UTC";
  const [from, until] = [instantOf(firstDay, timezone), instantOf(lastDay, timezone)];
  // A schedule's calendar covers its own days; one in another time zone is computed again over the policy's.
  const shifts = new Map(
    calendars.map((c) => [
      c.schedule,
      c.from.getTime() === from && c.until.getTime() === until ? c.shifts : onCallShifts(c.schedule, new Date(from), new Date(until)),
    ]),
  );
  const changes = [from, ...[...shifts.values()].flatMap((list) => list.flatMap((s) => [s.start.getTime(), s.end.getTime()]))];
  // Each target's answer at each change, from one sweep over its schedule's shifts.
  const answers = first.map((target): ((at: number) => string) => {
    if (target.schedule === undefined) return () => target.label;
    const targetShifts = shifts.get(target.schedule);
    if (targetShifts === undefined) return () => `${target.label} (cannot be computed)`;
    const sweep = new ShiftSweep(targetShifts);
    // iLert documents that a gap escalates to the next rule at once (on-call-schedules/README.md, FAQ).
    const gap = `nobody (a gap in ${target.schedule.name}: iLert escalates to the next rule at once)`;
    return (at) => sweep.at(at) ?? gap;
  });
  const pagedFirst: PagedFirst[] = [];
  // Shifts are clipped to the policy's days: none starts before `from`; those that end at `until` make no row.
  for (const at of [...new Set(changes)].filter((t) => t < until).sort((a, b) => a - b)) {
    const paged = answers.map((answer) => answer(at));
    const last = pagedFirst[pagedFirst.length - 1];
    if (last === undefined || last.paged.join("\n") !== paged.join("\n")) pagedFirst.push({ at: new Date(at), paged });
  }
  return { policy, timezone, from: new Date(from), until: new Date(until), pagedFirst };
}

const WEEKDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * The calendar as Markdown: per schedule a table with one row per day (who is on call, in local
 * times) and one row per hand-over; per escalation policy who is paged first from each hand-over
 * on; then the engine's choices.
 */
export function onCallMarkdown(calendar: OnCallCalendar): string {
  const { from, days } = calendar.window;
  const out = [`# Who is on call: ${days} day${days === 1 ? "" : "s"} from ${from}`, ""];
  out.push("Computed from the schedules as declared in this app. Overrides, vacations and other changes made in iLert are not included.");
  for (const c of calendar.schedules) {
    const tz = c.schedule.timezone;
    out.push(
      "",
      `## Schedule ${cell(c.schedule.name)}`,
      "",
      `Stack ${cell(c.schedule.stack)}, ${code(c.schedule.address)}, time zone ${cell(tz)}.`,
      "",
    );
    if (c.error !== undefined) {
      out.push(`Cannot be computed: ${cell(c.error)}`);
      continue;
    }
    out.push(`| Day | On call (${cell(tz)}) |`, "| --- | --- |");
    const firstWall = wallTime(c.from.getTime(), tz);
    const sweep = new ShiftSweep(c.shifts);
    for (let day = 0, end = instantOf(firstWall, tz); day < days; day++) {
      const dayWall = firstWall + day * DAY_MS;
      const start = end;
      end = instantOf(dayWall + DAY_MS, tz);
      const date = new Date(dayWall);
      out.push(
        `| ${WEEKDAY[date.getUTCDay()]} ${date.toISOString().slice(0, 10)} | ${dayCell(sweep.overlapping(start, end), start, end, tz, dayWall)} |`,
      );
    }
    const handOvers = handOversOf(c);
    out.push("", "Hand-overs:", "");
    if (handOvers.length === 0) out.push("none in this window.");
    else {
      const when = timeColumns("When", tz);
      out.push(`| ${when.header} | From | To |`, `| ${when.rule} | --- | --- |`);
      for (const h of handOvers) {
        out.push(`| ${when.cells(h.at)} | ${cell(h.from ?? "nobody")} | ${cell(h.to ?? "nobody")} |`);
      }
    }
  }
  for (const p of calendar.policies) {
    out.push(
      "",
      `## Escalation policy ${cell(p.policy.name)}`,
      "",
      `Stack ${cell(p.policy.stack)}, ${code(p.policy.address)}. Who its first rule notifies:`,
      "",
    );
    const since = timeColumns("From", p.timezone);
    out.push(`| ${since.header} | Paged first |`, `| ${since.rule} | --- |`);
    for (const row of p.pagedFirst) {
      // No one paged: a policy without rules (the provider requires one; an override can remove it).
      out.push(`| ${since.cells(row.at.getTime())} | ${row.paged.length === 0 ? "nobody" : row.paged.map(cell).join(", ")} |`);
    }
  }
  for (const h of calendar.supportHours ?? []) out.push(...supportHoursMarkdown(h));
  for (const m of calendar.maintenanceWindows ?? []) out.push(...maintenanceMarkdown(m));
  // The rotation engine's choices are those that apply to the app's schedules; those of support
  // hours and maintenance windows come with them.
  const choices = Object.entries(calendar.choices);
  if (choices.length > 0) {
    out.push("", "## How this is computed", "", "Where iLert does not document its semantics, this calendar chose:", "");
    for (const [topic, choice] of choices) out.push(`- ${topic}: ${choice}`);
  }
  return `${out.join("\n")}\n`;
}

/** The cell of one day: who is on call from when to when, `shifts` being those that overlap the day. */
function dayCell(shifts: readonly OnCallShift[], start: number, end: number, tz: string, dayWall: number): string {
  const parts: { who?: string; from: number; to: number }[] = [];
  const add = (who: string | undefined, from: number, to: number): void => {
    const last = parts[parts.length - 1];
    // One person's turns in a row are one part, as a hand-over to themselves is none. They always meet:
    // shifts do not overlap, and a gap between them is a part of nobody.
    if (last !== undefined && last.who === who) last.to = to;
    else parts.push({ who, from, to });
  };
  let at = start;
  for (const s of shifts) {
    const [a, b] = [Math.max(start, s.start.getTime()), Math.min(end, s.end.getTime())];
    if (at < a) add(undefined, at, a);
    add(s.user, a, b);
    at = b;
  }
  if (parts.length === 0) return "nobody";
  if (at < end) add(undefined, at, end);
  const clock = (t: number): string => (t === end ? "24:00" : formatWall(wallTime(t, tz) - dayWall).slice(11));
  const name = (p: (typeof parts)[number]): string => p.who ?? "nobody";
  // One person all day: the name alone (a part that reaches the day's end is its last, and shifts leave no gap all day).
  const [first] = parts;
  if (clock(first.from) === "00:00" && first.to === end) return cell(name(first));
  return parts.map((p) => cell(`${name(p)} ${clock(p.from)}–${clock(p.to)}`)).join(", ");
}

/** The instants inside the window at which who is on call changes. */
function handOversOf(c: ScheduleCalendar): { at: number; from?: string; to?: string }[] {
  const times = [...new Set(c.shifts.flatMap((s) => [s.start.getTime(), s.end.getTime()]))].sort((a, b) => a - b);
  const sweep = new ShiftSweep(c.shifts);
  return times
    .filter((t) => c.from.getTime() < t && t < c.until.getTime())
    .map((at) => ({ at, from: sweep.at(at - 1), to: sweep.at(at) }))
    .filter((h) => h.from !== h.to);
}
