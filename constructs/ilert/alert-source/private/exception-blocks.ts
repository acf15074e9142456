import { IConstruct } from "constructs";
import { SupportHourException } from "../../../../.gen/providers/ilert/support-hour";
import { isDate } from "../../../core/calendar-date";
import { checkEnum } from "../../../core/private/check-enum";
import { describeValue } from "../../../core/shown-text";
import { escapeTerraformTemplate } from "../../../core/terraform-escape";
import { checkArray, checkKeys, checkString, fail, isUnresolved, Struct } from "../../../core/validate";
import { exceptionBounds } from "./exception-dates";
import { SupportStatus } from "../support-status";
import { SupportHoursException } from "../support-hours-exception";

const SUPPORT_HOURS_EXCEPTION: Struct<SupportHoursException> = {
  name: "SupportHoursException",
  keys: { name: "required", firstDay: "required", lastDay: "optional", supportStatus: "optional" },
};

const DAY_ACCEPTED = 'a date "YYYY-MM-DD", e.g. "2026-12-24"';

/** Checks `exceptions` (`prop` of `scope`) and returns the provider's `exception` blocks; none when unset. */
export function exceptionBlocks(scope: IConstruct, prop: string, value: unknown): SupportHourException[] | undefined {
  if (value === undefined) return undefined;
  const exceptions = checkArray<SupportHoursException>(scope, prop, value, 0, "pass a list of exceptions, or leave it unset");
  return exceptions.map((exception, i) => {
    const at = `${prop}[${i}]`;
    if (typeof exception !== "object" || exception === null)
      fail(scope, at, exception, '{ name, firstDay: "YYYY-MM-DD", lastDay?, supportStatus? }', "describe the exception as an object");
    checkKeys(scope, at, exception, SUPPORT_HOURS_EXCEPTION);
    checkString(scope, `${at}.name`, exception.name, { maxLength: 255, fix: 'name the exception in 1-255 bytes, e.g. "Christmas"' });
    checkDay(scope, `${at}.firstDay`, exception.firstDay);
    const lastDay = exception.lastDay ?? exception.firstDay;
    if (exception.lastDay !== undefined) checkDay(scope, `${at}.lastDay`, exception.lastDay);
    if (!isUnresolved(exception.firstDay) && !isUnresolved(lastDay) && lastDay < exception.firstDay) {
      fail(
        scope,
        `${at}.lastDay`,
        lastDay,
        `a day not before ${at}.firstDay ${describeValue(exception.firstDay)}`,
        "set lastDay to the exception's last day (it is included), or leave it unset for one day",
      );
    }
    checkEnum(scope, `${at}.supportStatus`, exception.supportStatus, SupportStatus);
    return {
      name: escapeTerraformTemplate(exception.name),
      ...exceptionBounds({ firstDay: exception.firstDay, lastDay }),
      supportStatus: (exception.supportStatus ?? SupportStatus.OUTSIDE).value,
    };
  });
}

function checkDay(scope: IConstruct, prop: string, value: unknown): void {
  if (isUnresolved(value) || isDate(value)) return;
  fail(scope, prop, value, DAY_ACCEPTED, "write the day as year-month-day, without a time");
}
