import { IConstruct } from "constructs";
import { isRealDate } from "../../../core/calendar-date";
import { describeValue } from "../../../core/shown-text";
import { fail, isUnresolved } from "../../../core/validate";

/**
 * Dates and times of schedule layers and shifts, as iLert reads and writes them: a local date-time
 * to the minute, without zone (the schedule's time zone applies), e.g. `2026-01-05T09:00`.
 * Writing it the same way iLert returns it keeps plans free of spurious diffs.
 */
const SCHEDULE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const ACCEPTED = 'a date-time "YYYY-MM-DDTHH:mm" in the schedule\'s time zone, e.g. "2026-01-05T09:00"';

/** Whether a match of {@link SCHEDULE_DATE_TIME} is a real calendar minute. */
function isRealDateTime(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  return isRealDate(year, month, day) && hour <= 23 && minute <= 59;
}

/** Checks a required schedule date-time (a token passes). */
export function checkScheduleDateTime(scope: IConstruct, prop: string, value: unknown): void {
  if (isUnresolved(value)) return;
  const match = typeof value === "string" ? SCHEDULE_DATE_TIME.exec(value) : null;
  if (!match || !isRealDateTime(match)) {
    fail(scope, prop, value, ACCEPTED, "write the local date and time to the minute, without seconds or zone");
  }
}

/**
 * Checks that `end` (`endProp`) is after `start`, both already checked. Tokens are skipped. In this
 * fixed-width form, text order is time order.
 */
export function checkEndAfterStart(scope: IConstruct, endProp: string, start: string, end: string, startProp: string): void {
  if (isUnresolved(start) || isUnresolved(end)) return;
  if (end <= start)
    fail(scope, endProp, end, `a date-time after ${startProp} ${describeValue(start)}`, `set ${endProp} later than ${startProp}`);
}
