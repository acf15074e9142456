import { IConstruct } from "constructs";
import { fail, isUnresolved } from "../../../core/validate";

const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Checks a time of day, `HH:mm` from `00:00` to `23:59` (a token passes). */
export function checkTimeOfDay(scope: IConstruct, prop: string, value: unknown): void {
  if (isUnresolved(value)) return;
  if (typeof value !== "string" || !TIME_OF_DAY.test(value)) {
    fail(
      scope,
      prop,
      value,
      'a time "HH:mm" from "00:00" to "23:59"',
      'write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
    );
  }
}
