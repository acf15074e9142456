import { IConstruct } from "constructs";
import { ScheduleScheduleLayerRestriction } from "../../../../.gen/providers/ilert/schedule";
import { checkEnum } from "../../../core/private/check-enum";
import { checkArray, checkKeys, fail, Struct } from "../../../core/validate";
import { DayOfWeek } from "../day-of-week";
import { LayerRestriction, TimeOfWeek } from "../layer-restriction";
import { checkTimeOfDay } from "./time-of-day";

/**
 * The provider's `restriction_type` for layers with restrictions. The API accepts only this value
 * (`TIMES_OF_DAY` is a UI-only state, and ilert-go's own constants are misspelled).
 */
const RESTRICTION_TYPE = "TIMES_OF_WEEK";

const TIME_OF_WEEK: Struct<TimeOfWeek> = { name: "TimeOfWeek", keys: { day: "required", time: "required" } };
const LAYER_RESTRICTION: Struct<LayerRestriction> = { name: "LayerRestriction", keys: { start: "required", end: "required" } };

function timeOfWeek(scope: IConstruct, prop: string, value: unknown): { dayOfWeek: string; time: string } {
  if (typeof value !== "object" || value === null)
    fail(scope, prop, value, '{ day: DayOfWeek, time: "HH:mm" }', 'e.g. { day: DayOfWeek.MONDAY, time: "09:00" }');
  checkKeys(scope, prop, value, TIME_OF_WEEK);
  const { day, time } = value as TimeOfWeek;
  if (day === undefined) fail(scope, `${prop}.day`, day, "a DayOfWeek", "e.g. DayOfWeek.MONDAY");
  checkEnum(scope, `${prop}.day`, day, DayOfWeek);
  checkTimeOfDay(scope, `${prop}.time`, time);
  return { dayOfWeek: day.value, time };
}

/**
 * Checks a layer's `restrictions` (`prop` of `scope`) and returns the provider's `restriction_type`
 * and `restriction` blocks; none when there are no restrictions.
 */
export function restrictionBlocks(
  scope: IConstruct,
  prop: string,
  value: unknown,
): { restrictionType?: string; restriction?: ScheduleScheduleLayerRestriction[] } {
  if (value === undefined) return {};
  const restrictions = checkArray<LayerRestriction>(scope, prop, value, 0, "pass a list of { start, end } windows, or leave it unset");
  if (restrictions.length === 0) return {};
  const restriction = restrictions.map((r, i) => {
    if (typeof r !== "object" || r === null)
      fail(
        scope,
        `${prop}[${i}]`,
        r,
        "{ start: TimeOfWeek, end: TimeOfWeek }",
        'e.g. { start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "17:00" } }',
      );
    checkKeys(scope, `${prop}[${i}]`, r, LAYER_RESTRICTION);
    return { from: timeOfWeek(scope, `${prop}[${i}].start`, r.start), to: timeOfWeek(scope, `${prop}[${i}].end`, r.end) };
  });
  return { restrictionType: RESTRICTION_TYPE, restriction };
}
