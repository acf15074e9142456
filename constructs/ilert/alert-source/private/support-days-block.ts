import { IConstruct } from "constructs";
import { SupportHourSupportDays } from "../../../../.gen/providers/ilert/support-hour";
import { checkEnum } from "../../../core/private/check-enum";
import { describeValue } from "../../../core/shown-text";
import { checkArray, checkKeys, fail, isUnresolved, Struct } from "../../../core/validate";
import { DayOfWeek } from "../../schedule/day-of-week";
import { checkTimeOfDay } from "../../schedule/private/time-of-day";
import { SupportDays } from "../support-days";

const SUPPORT_DAYS: Struct<SupportDays> = { name: "SupportDays", keys: { days: "required", start: "required", end: "required" } };

/** The provider's block of each day: `support_days { monday { start, end } ... }`. */
type DayBlockName = keyof SupportHourSupportDays;

/**
 * Checks `supportDays` (`prop` of `scope`) and returns the provider's `support_days` block: each day
 * of the week at most once (the provider has one block per day), its window within the day
 * (`start` before `end`; iLert's one window per day cannot wrap past midnight).
 */
export function supportDaysBlock(scope: IConstruct, prop: string, value: unknown): SupportHourSupportDays {
  const entries = checkArray<SupportDays>(
    scope,
    prop,
    value,
    1,
    'list the days with support, e.g. [{ days: [DayOfWeek.MONDAY, DayOfWeek.FRIDAY], start: "08:00", end: "18:00" }]',
  );
  const block: { [day in DayBlockName]?: { start: string; end: string } } = {};
  const declaredAt = new Map<string, string>();
  entries.forEach((entry, i) => {
    const at = `${prop}[${i}]`;
    if (typeof entry !== "object" || entry === null)
      fail(scope, at, entry, '{ days, start: "HH:mm", end: "HH:mm" }', "describe the days and their hours as an object");
    checkKeys(scope, at, entry, SUPPORT_DAYS);
    const days = checkArray<DayOfWeek>(scope, `${at}.days`, entry.days, 1, "list at least one day, e.g. [DayOfWeek.MONDAY]");
    checkTimeOfDay(scope, `${at}.start`, entry.start);
    checkTimeOfDay(scope, `${at}.end`, entry.end);
    if (!isUnresolved(entry.start) && !isUnresolved(entry.end) && entry.end <= entry.start) {
      fail(
        scope,
        `${at}.end`,
        entry.end,
        `a time after ${at}.start ${describeValue(entry.start)} (one window within each day)`,
        'set end later than start; for support until midnight, "23:59"; for support past midnight, give the next day its own hours from "00:00"',
      );
    }
    days.forEach((day, j) => {
      const dayProp = `${at}.days[${j}]`;
      if (day === undefined) fail(scope, dayProp, day, "a DayOfWeek", "e.g. DayOfWeek.MONDAY");
      checkEnum(scope, dayProp, day, DayOfWeek);
      if (day.isCustom || DayOfWeek.lookup(day.value) === undefined) {
        fail(scope, dayProp, day.value, "a DayOfWeek constant (support hours have one block per day of the week)", "e.g. DayOfWeek.MONDAY");
      }
      const earlier = declaredAt.get(day.value);
      if (earlier !== undefined) {
        fail(
          scope,
          dayProp,
          day.value,
          `each day once (${day.value} is already in ${earlier}; iLert keeps one window per day)`,
          "remove it from one of the entries",
        );
      }
      declaredAt.set(day.value, dayProp);
      block[day.value.toLowerCase() as DayBlockName] = { start: entry.start, end: entry.end };
    });
  });
  return block;
}
