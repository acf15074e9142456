// Reads the support hours an app declares (`ilert_support_hour`) from its synthesized stacks, with
// their holidays and the alert sources whose priority rule refers to them, for the on-call calendar.
import { readExceptionBounds } from "../../constructs/ilert/alert-source/private/exception-dates";
import { SynthesizedStack } from "../synthesized-stacks";
import { blockList, literalText, oneBlock } from "./synthesized-body";

/** The days of the week as the provider's `support_days` blocks name them, in calendar order (Sunday first, as `Date` counts). */
export const SUPPORT_DAY_BLOCKS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** A day of the week as a `support_days` block names it, e.g. `monday`. */
export type SupportDayBlock = (typeof SUPPORT_DAY_BLOCKS)[number];

/** Hours of support within one day. */
export interface HoursOfDay {
  /** When support starts, `HH:mm`. */
  readonly start: string;
  /** When it ends, `HH:mm` (`24:00`: to midnight). */
  readonly end: string;
}

/** An exception of support hours (a holiday, or an extra day with support). */
export interface DeclaredException {
  /** Its name. */
  readonly name: string;
  /**
   * The first day, `YYYY-MM-DD`.
   * @default - none: the synthesized value is not in the form the library writes (a reference, another form)
   */
  readonly firstDay?: string;
  /**
   * The last day (included), `YYYY-MM-DD`.
   * @default - none, as `firstDay`
   */
  readonly lastDay?: string;
  /** The synthesized `start`, as written. */
  readonly start: string;
  /** The synthesized `end`, as written. */
  readonly end: string;
  /** `DURING`, `OUTSIDE`, or another value (the provider's default is DURING). */
  readonly supportStatus: string;
}

/** An alert source whose priority rule follows the support hours. */
export interface SupportHoursUser {
  /** The alert source's name. */
  readonly name: string;
  /** Its `alert_priority_rule`, e.g. `HIGH_DURING_SUPPORT_HOURS`. */
  readonly priorityRule: string;
}

/** Support hours an app declares (`ilert_support_hour`). */
export interface DeclaredSupportHours {
  /** The stack that declares them. */
  readonly stack: string;
  /** Their Terraform address, e.g. `ilert_support_hour.search_SupportHours_DD60F343`. */
  readonly address: string;
  /** Their iLert name. */
  readonly name: string;
  /** The IANA time zone of their days and hours. */
  readonly timezone: string;
  /** The hours of each day with support, by block name (`monday`), `HH:mm`. */
  readonly days: Readonly<Partial<Record<SupportDayBlock, HoursOfDay>>>;
  /** The exceptions, as declared. */
  readonly exceptions: readonly DeclaredException[];
  /** The alert sources of the stack that refer to them. */
  readonly alertSources: readonly SupportHoursUser[];
}

/** Every `ilert_support_hour` resource of the stacks, in stack order. */
export function readDeclaredSupportHours(stacks: readonly SynthesizedStack[]): DeclaredSupportHours[] {
  return stacks.flatMap((stack) =>
    Object.entries(stack.config.resource?.ilert_support_hour ?? {}).map(([name, body]) => {
      const daysBlock = oneBlock(body.support_days);
      const days = Object.fromEntries(
        SUPPORT_DAY_BLOCKS.flatMap((day) => {
          const block = oneBlock(daysBlock[day]);
          // The provider's defaults for a day block without times.
          return daysBlock[day] === undefined ? [] : [[day, { start: String(block.start ?? "08:00"), end: String(block.end ?? "17:00") }]];
        }),
      );
      const exceptions = blockList(body.exception).map((e): DeclaredException => {
        const bounds = readExceptionBounds(e.start, e.end);
        return {
          name: literalText(e.name),
          ...bounds,
          start: String(e.start),
          end: String(e.end),
          supportStatus: e.support_status === undefined ? "DURING" : String(e.support_status),
        };
      });
      const reference = `\${ilert_support_hour.${name}.id}`;
      const alertSources = Object.values(stack.config.resource?.ilert_alert_source ?? {})
        .filter((source) => String(oneBlock(source.support_hours).id) === reference)
        .map((source) => ({ name: literalText(source.name), priorityRule: String(source.alert_priority_rule ?? "HIGH") }));
      return {
        stack: stack.name,
        address: `ilert_support_hour.${name}`,
        name: literalText(body.name),
        timezone: String(body.timezone),
        days,
        exceptions,
        alertSources,
      };
    }),
  );
}
