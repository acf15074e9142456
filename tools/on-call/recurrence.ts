// The occurrences of a Datadog downtime's recurrence (an RFC 5545 rule from a local start, for a
// duration) in a window: pure, no I/O, time zones with Intl only (zoned-time.ts). The rule is read by
// the same parser that checks it at synth (constructs/datadog/maintenance/recurrence-rule.ts).
import { RecurrenceRule, WEEKDAYS, Weekday, WeekdayNum } from "../../constructs/datadog/maintenance/recurrence-rule";
import { DAY_MS, instantOf, utcMillis, wallTime } from "./zoned-time";

/** One occurrence of a recurrence. */
export interface Occurrence {
  /** When it starts (UTC). */
  readonly start: Date;
  /** When it ends (UTC). */
  readonly end: Date;
}

/**
 * Where neither RFC 5545 nor Datadog says how a downtime recurs, what the calendar chose; printed
 * with the calendar. UNCERTAIN each: Datadog documents only that "most common" RRULE options work.
 */
export const RECURRENCE_CHOICES: Readonly<Record<string, string>> = {
  maintenanceStart:
    "A recurrence's start is an occurrence only if its rule generates it, as RFC 5545 leaves a DTSTART the rule does not generate undefined; COUNT counts from the start (recurrenceOccurrences).",
  maintenanceDuration: 'A duration in days or weeks ("1d", "1w") is 24 or 168 hours long, also across clock changes (DURATION_UNIT_MS).',
  maintenanceLocalTimes:
    "Occurrences are local times of the downtime's time zone; one skipped by a spring-forward moves forward by the gap, one that occurs twice is its first (instantOf).",
  maintenanceRules:
    "The calendar expands FREQ=DAILY, WEEKLY, MONTHLY and YEARLY with INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY, BYHOUR, BYMINUTE, BYSECOND, BYSETPOS and WKST; a window with another rule is listed as not computed (recurrenceOccurrences).",
};

/** The most periods of a rule walked through, a bound on a rule that matches rarely or never (BYMONTHDAY=31;BYMONTH=2). */
const MAX_PERIODS = 200_000;

/**
 * The occurrences of `rule` from `startWall` (a wall time of `timeZone`, zoned-time.ts) lasting
 * `durationMs` that overlap `[from, until)` (instants). Throws an Error saying why for a rule outside
 * the expanded subset ({@link RECURRENCE_CHOICES}).
 */
export function recurrenceOccurrences(
  rule: RecurrenceRule,
  startWall: number,
  timeZone: string,
  durationMs: number,
  from: number,
  until: number,
): Occurrence[] {
  const unsupported = unsupportedPart(rule);
  if (unsupported !== undefined) throw new Error(`the calendar does not expand ${unsupported}`);
  const untilWall = untilAsWall(rule, timeZone);
  // Occurrences whose wall time lies after this cannot start before `until` (a day of offsets to spare).
  // Stryker disable next-line ArithmeticOperator: equivalent, the period that ends the walk is expanded first and the next starts a whole period later, past `until`; the day is a margin
  const lastWall = wallTime(until, timeZone) + DAY_MS;
  const firstWall = wallTime(from - durationMs, timeZone) - DAY_MS;
  const out: Occurrence[] = [];
  let counted = 0;
  // Without COUNT, the periods before the window can be skipped (to the last one the rule's INTERVAL
  // keeps that starts before `firstWall`); with it they must be counted.
  const firstPeriod = rule.count === undefined ? Math.max(0, periodsBefore(rule, startWall, firstWall)) : 0;
  // Stryker disable next-line EqualityOperator,UpdateOperator: the bound only ends a walk that finds nothing more (a rule matching no day); a looser one gives the same occurrences later.
  for (let period = firstPeriod, walked = 0; walked < MAX_PERIODS; period += rule.interval, walked++) {
    const candidates = periodCandidates(rule, startWall, period);
    if (candidates === "past") break;
    for (const wall of candidates) {
      if (wall < startWall) continue;
      if (untilWall !== undefined && wall > untilWall) return out;
      if (rule.count !== undefined && counted >= rule.count) return out;
      counted++;
      const start = instantOf(wall, timeZone);
      const end = start + durationMs;
      if (end > from && start < until) out.push({ start: new Date(start), end: new Date(end) });
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: ends the walk after the window; without it the walk goes on to MAX_PERIODS or year 9999 and finds only occurrences after `until`.
    if (periodStart(rule, startWall, period) > lastWall) break;
  }
  return out;
}

/** The first part of `rule` the calendar does not expand, in words; undefined when it expands all. */
function unsupportedPart(rule: RecurrenceRule): string | undefined {
  if (!["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].includes(rule.freq)) return `FREQ=${rule.freq}`;
  if (rule.byYearDay !== undefined) return "BYYEARDAY";
  if (rule.byWeekNo !== undefined) return "BYWEEKNO";
  return undefined;
}

/** UNTIL as a wall time of the zone: a date-time (UTC) converted, a date (its whole day) as is. */
function untilAsWall(rule: RecurrenceRule, timeZone: string): number | undefined {
  const u = rule.until;
  if (u === undefined) return undefined;
  const [y, m, d] = [u.date.slice(0, 4), u.date.slice(4, 6), u.date.slice(6, 8)].map(Number);
  if (u.time === undefined) return utcMillis(y, m - 1, d, 23, 59, 59);
  const [h, mi, s] = [u.time.slice(0, 2), u.time.slice(2, 4), u.time.slice(4, 6)].map(Number);
  return wallTime(utcMillis(y, m - 1, d, h, mi, s), timeZone);
}

interface Fields {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function fields(wall: number): Fields {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const weekdayOf = (dayWall: number): Weekday => WEEKDAYS[new Date(dayWall).getUTCDay()];
const daysInMonth = (year: number, month: number): number => new Date(utcMillis(year, month, 0)).getUTCDate();
const midnight = (wall: number): number => Math.floor(wall / DAY_MS) * DAY_MS;

/** The first day (midnight, wall time) of the period `period` periods after the start's. */
function periodStart(rule: RecurrenceRule, startWall: number, period: number): number {
  const f = fields(startWall);
  switch (rule.freq) {
    case "DAILY":
      return midnight(startWall) + period * DAY_MS;
    case "WEEKLY":
      return weekStart(midnight(startWall), rule.wkst) + period * 7 * DAY_MS;
    case "MONTHLY":
      return utcMillis(f.year, f.month - 1 + period, 1);
    default:
      return utcMillis(f.year + period, 0, 1);
  }
}

/** How many whole periods lie between the start's period and `wall`'s (negative if `wall` is before the start), rounded down to a multiple of INTERVAL. */
// Fewer periods than these only lengthen the walk: a monthly rule counted in years still reaches
// year 9999 within MAX_PERIODS, with the same occurrences.
function periodsBefore(rule: RecurrenceRule, startWall: number, wall: number): number {
  const f = fields(startWall);
  const w = fields(wall);
  const periods =
    rule.freq === "DAILY"
      ? Math.floor((midnight(wall) - midnight(startWall)) / DAY_MS)
      : rule.freq === "WEEKLY"
        ? Math.floor((weekStart(midnight(wall), rule.wkst) - weekStart(midnight(startWall), rule.wkst)) / (7 * DAY_MS))
        : // Stryker disable next-line ConditionalExpression: equivalent, a monthly rule counted in years (above)
          rule.freq === "MONTHLY"
          ? (w.year - f.year) * 12 + (w.month - f.month)
          : w.year - f.year;
  return Math.floor(periods / rule.interval) * rule.interval;
}

function weekStart(dayWall: number, wkst: Weekday): number {
  const back = (new Date(dayWall).getUTCDay() - WEEKDAYS.indexOf(wkst) + 7) % 7;
  return dayWall - back * DAY_MS;
}

/** The occurrences (wall times, sorted) of the period `period` periods after the start's, BYSETPOS applied. */
function periodCandidates(rule: RecurrenceRule, startWall: number, period: number): number[] | "past" {
  const first = periodStart(rule, startWall, period);
  if (!Number.isFinite(first) || first > utcMillis(9999, 11, 31)) return "past";
  const f = fields(startWall);
  const days = periodDays(rule, f, first).filter((d) => rule.byMonth === undefined || rule.byMonth.includes(fields(d).month));
  const times = timesOfDay(rule, f);
  const all = days.flatMap((d) => times.map((t) => d + t)).sort((a, b) => a - b);
  if (rule.bySetPos === undefined) return all;
  const picked = rule.bySetPos.map((p) => all[p >= 1 ? p - 1 : all.length + p]).filter((w): w is number => w !== undefined);
  return [...new Set(picked)].sort((a, b) => a - b);
}

/** The days (midnights) of the period starting at `first` that the rule's day parts select. */
function periodDays(rule: RecurrenceRule, start: Fields, first: number): number[] {
  const { byDay, byMonthDay } = rule;
  switch (rule.freq) {
    case "DAILY": {
      const f = fields(first);
      const ok =
        (byMonthDay === undefined || monthDayMatches(byMonthDay, f.year, f.month, f.day)) &&
        (byDay === undefined || byDay.some((d) => d.day === weekdayOf(first)));
      return ok ? [first] : [];
    }
    case "WEEKLY": {
      const week = Array.from({ length: 7 }, (_, i) => first + i * DAY_MS);
      const wanted = byDay?.map((d) => d.day) ?? [weekdayOf(utcMillis(start.year, start.month - 1, start.day))];
      return week.filter((d) => wanted.includes(weekdayOf(d)));
    }
    case "MONTHLY": {
      const f = fields(first);
      return monthDays(rule, f.year, f.month, start.day);
    }
    default: {
      const year = fields(first).year;
      if (byDay !== undefined && byMonthDay === undefined && rule.byMonth === undefined) {
        // Weekdays of the whole year, ordinals counted in the year.
        const yearDays = Array.from({ length: daysInYear(year) }, (_, i) => first + i * DAY_MS);
        return byDaySelect(byDay, yearDays);
      }
      // BYDAY alone took the branch above: here BYDAY comes with BYMONTHDAY or BYMONTH.
      const months = rule.byMonth ?? (byMonthDay !== undefined ? range(1, 12) : [start.month]);
      return months.flatMap((m) => monthDays(rule, year, m, start.day));
    }
  }
}

/** The days of month `month` of `year` selected by BYMONTHDAY and BYDAY (ordinals counted in the month), else the start's day. */
function monthDays(rule: Pick<RecurrenceRule, "byDay" | "byMonthDay">, year: number, month: number, startDay: number): number[] {
  const count = daysInMonth(year, month);
  const all = Array.from({ length: count }, (_, i) => utcMillis(year, month - 1, i + 1));
  if (rule.byDay === undefined && rule.byMonthDay === undefined) return startDay <= count ? [all[startDay - 1]] : [];
  let days = all;
  if (rule.byMonthDay !== undefined) days = days.filter((d) => monthDayMatches(rule.byMonthDay!, year, month, fields(d).day));
  if (rule.byDay !== undefined) {
    const selected = new Set(byDaySelect(rule.byDay, all));
    days = days.filter((d) => selected.has(d));
  }
  return days;
}

/** The days of `days` (one month or year, in order) that BYDAY selects: every such weekday, or the n-th (from the end if negative); unsorted (periodCandidates sorts). */
function byDaySelect(byDay: readonly WeekdayNum[], days: readonly number[]): number[] {
  const picked = new Set<number>();
  for (const { ordinal, day } of byDay) {
    const matching = days.filter((d) => weekdayOf(d) === day);
    if (ordinal === undefined) matching.forEach((d) => picked.add(d));
    else {
      const d = matching[ordinal >= 1 ? ordinal - 1 : matching.length + ordinal];
      if (d !== undefined) picked.add(d);
    }
  }
  return [...picked];
}

function monthDayMatches(byMonthDay: readonly number[], year: number, month: number, day: number): boolean {
  const count = daysInMonth(year, month);
  return byMonthDay.some((n) => (n >= 1 ? n : count + n + 1) === day);
}

/** The times of day (milliseconds after midnight) of each occurrence, unsorted: BYHOUR x BYMINUTE x BYSECOND, else the start's. */
function timesOfDay(rule: RecurrenceRule, start: Fields): number[] {
  const hours = rule.byHour ?? [start.hour];
  const minutes = rule.byMinute ?? [start.minute];
  // A leap second (60) is read as the next minute's first, as most calendars do.
  const seconds = rule.bySecond ?? [start.second];
  const times = hours.flatMap((h) => minutes.flatMap((m) => seconds.map((s) => ((h * 60 + m) * 60 + s) * 1000)));
  // A leap second can repeat a time; periodCandidates sorts.
  return [...new Set(times)];
}

function daysInYear(year: number): number {
  return (utcMillis(year + 1, 0, 1) - utcMillis(year, 0, 1)) / DAY_MS;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
