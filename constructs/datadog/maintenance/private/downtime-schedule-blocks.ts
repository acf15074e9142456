import { IConstruct } from "constructs";
import type { DowntimeScheduleOneTimeSchedule, DowntimeScheduleRecurringSchedule } from "@cdktf/provider-datadog/lib/downtime-schedule";
import { describeValue } from "../../../core/shown-text";
import { checkArray, checkInstance, checkKeys, checkString, checkTimezone, fail, isUnresolved, Struct } from "../../../core/validate";
import { MaintenanceRecurrence, MaintenanceSchedule, OneTimeMaintenanceProps, RecurringMaintenanceProps } from "../maintenance-schedule";
import { parseRecurrenceRule } from "../recurrence-rule";
import { DURATION_PATTERN, INSTANT_ACCEPTED, LOCAL_ACCEPTED, localStart, utcInstant } from "./downtime-times";

const ONE_TIME: Struct<OneTimeMaintenanceProps> = {
  name: "OneTimeMaintenanceProps",
  keys: { start: "required", end: "required", timezone: "optional" },
};
const RECURRING: Struct<RecurringMaintenanceProps> = {
  name: "RecurringMaintenanceProps",
  keys: { timezone: "required", recurrences: "required" },
};
const RECURRENCE: Struct<MaintenanceRecurrence> = {
  name: "MaintenanceRecurrence",
  keys: { rrule: "required", start: "required", duration: "required" },
};

/** What a schedule sets on a `datadog_downtime_schedule`. */
export interface DowntimeScheduleBlocks {
  readonly displayTimezone?: string;
  readonly oneTimeSchedule?: DowntimeScheduleOneTimeSchedule;
  readonly recurringSchedule?: DowntimeScheduleRecurringSchedule;
}

/** The most recurrences a downtime schedule holds (Datadog's API: `maxItems: 5`). */
export const MAX_RECURRENCES = 5;

/**
 * Checks a maintenance schedule (`prop` of `scope`) and returns the downtime schedule's blocks. A
 * recurring schedule also sets `display_timezone` to its time zone, which Datadog's API requires to
 * match (DowntimeScheduleRecurrencesResponse: "Must match display_timezone").
 */
export function downtimeScheduleBlocks(scope: IConstruct, prop: string, value: unknown): DowntimeScheduleBlocks {
  const schedule = checkInstance(
    scope,
    prop,
    value,
    MaintenanceSchedule,
    "use MaintenanceSchedule.once({ start, end }) or MaintenanceSchedule.recurring({ timezone, recurrences })",
  );
  const once = schedule.oneTimeProps;
  const recurring = schedule.recurringProps;
  // once(undefined) and recurring(undefined) make the same schedule: which was called is not known.
  if (once === undefined && recurring === undefined) {
    fail(
      scope,
      prop,
      undefined,
      "{ start, end, timezone? } in MaintenanceSchedule.once or { timezone, recurrences } in MaintenanceSchedule.recurring",
      "pass the window's props to the factory",
    );
  }
  if (once !== undefined) {
    if (typeof once !== "object" || once === null) fail(scope, prop, once, "{ start, end, timezone? }", "pass the window's start and end");
    checkKeys(scope, prop, once, ONE_TIME);
    const start = instant(scope, `${prop}.start`, once.start);
    const end = instant(scope, `${prop}.end`, once.end);
    if (!isUnresolved(start) && !isUnresolved(end) && end <= start) {
      fail(
        scope,
        `${prop}.end`,
        once.end,
        `a date-time after ${prop}.start ${describeValue(once.start)}${once.start === start ? "" : ` (${start})`}`,
        `set ${prop}.end later than ${prop}.start`,
      );
    }
    if (once.timezone !== undefined) zone(scope, `${prop}.timezone`, once.timezone, "or leave it unset for UTC");
    return { displayTimezone: once.timezone, oneTimeSchedule: { start, end } };
  }
  if (typeof recurring !== "object" || recurring === null)
    fail(scope, prop, recurring, "{ timezone, recurrences }", "pass the time zone and the recurrences");
  checkKeys(scope, prop, recurring, RECURRING);
  zone(scope, `${prop}.timezone`, recurring.timezone, "the recurrences are computed in it");
  const list = checkArray<MaintenanceRecurrence>(
    scope,
    `${prop}.recurrences`,
    recurring.recurrences,
    1,
    'add a recurrence, e.g. { rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }',
  );
  if (list.length > MAX_RECURRENCES) {
    fail(
      scope,
      `${prop}.recurrences`,
      `${list.length} recurrences`,
      `at most ${MAX_RECURRENCES} recurrences (Datadog's limit for one downtime schedule)`,
      "merge rules (e.g. BYDAY=MO,TH), or declare a second MaintenanceWindow",
    );
  }
  const recurrence = list.map((r, i) => recurrenceBlock(scope, `${prop}.recurrences[${i}]`, r));
  return { displayTimezone: recurring.timezone, recurringSchedule: { timezone: recurring.timezone, recurrence } };
}

function recurrenceBlock(scope: IConstruct, at: string, r: MaintenanceRecurrence): { rrule: string; start: string; duration: string } {
  if (typeof r !== "object" || r === null) fail(scope, at, r, "{ rrule, start, duration }", "describe the recurrence as an object");
  checkKeys(scope, at, r, RECURRENCE);
  checkString(scope, `${at}.rrule`, r.rrule, { fix: 'write an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU"' });
  if (!isUnresolved(r.rrule)) {
    const parsed = parseRecurrenceRule(r.rrule);
    if ("problem" in parsed) fail(scope, `${at}.rrule`, r.rrule, parsed.problem.accepted, parsed.problem.fix);
  }
  const start = isUnresolved(r.start) ? r.start : localStart(r.start);
  if (start === undefined)
    fail(scope, `${at}.start`, r.start, LOCAL_ACCEPTED, "write the local date and time of the first occurrence, without offset");
  if (!isUnresolved(r.duration) && (typeof r.duration !== "string" || !DURATION_PATTERN.test(r.duration))) {
    fail(
      scope,
      `${at}.duration`,
      r.duration,
      'a whole number of minutes, hours, days or weeks from 1, "<n>m", "<n>h", "<n>d" or "<n>w"',
      'e.g. "90m", "2h" or "1d"',
    );
  }
  return { rrule: r.rrule, start, duration: r.duration };
}

function instant(scope: IConstruct, prop: string, value: unknown): string {
  if (isUnresolved(value)) return value as string;
  const utc = utcInstant(value);
  if (utc === undefined) fail(scope, prop, value, INSTANT_ACCEPTED, "give the date, the time and the zone (Z for UTC)");
  return utc;
}

function zone(scope: IConstruct, prop: string, value: unknown, why: string): void {
  checkString(scope, prop, value, { fix: `give an IANA time zone, e.g. "Europe/Berlin"; ${why}` });
  checkTimezone(scope, prop, value);
}
