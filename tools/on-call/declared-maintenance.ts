// Reads the maintenance windows an app declares (`datadog_downtime_schedule`) from its synthesized
// stacks, for the on-call calendar: downtimes alike but for the monitor they mute (one
// MaintenanceWindow declares one per monitor) are one window, muting each of those monitors.
import { SynthesizedStack } from "../synthesized-stacks";
import { Body, blockList, literalText, oneBlock } from "./synthesized-body";

/** One recurrence of a recurring window, as synthesized. */
export interface DeclaredRecurrence {
  /** The RFC 5545 rule. */
  readonly rrule: string;
  /** Local start, `YYYY-MM-DDTHH:mm:ss` (the provider's form). */
  readonly start: string;
  /** `<n>m`, `<n>h`, `<n>d` or `<n>w`. */
  readonly duration: string;
}

/** A one-time window's times, UTC `YYYY-MM-DDTHH:mm:ssZ`, as synthesized. */
export interface OneTimeWindow {
  /**
   * When it starts.
   * @default - none: Datadog starts it when it is created
   */
  readonly start?: string;
  /**
   * When it ends.
   * @default - none: it never ends
   */
  readonly end?: string;
}

/** A maintenance window: the downtime schedules of one stack that differ only in the monitor they mute. */
export interface DeclaredMaintenanceWindow {
  /** The stack that declares it. */
  readonly stack: string;
  /** The Terraform addresses of its downtime schedules. */
  readonly addresses: readonly string[];
  /**
   * Its message; the calendar's name for the window.
   * @default - no message: the calendar names the window `(no message)`
   */
  readonly message?: string;
  /** The groups muted (Datadog search syntax). */
  readonly scope: string;
  /** The time zone it is shown in: the recurrences', else `display_timezone`, else UTC (Datadog's default). */
  readonly timezone: string;
  /** What it mutes: monitors by name (as the app declares them), by id, or by tags. */
  readonly monitors: readonly string[];
  /**
   * A one-time window's UTC start and end (`YYYY-MM-DDTHH:mm:ssZ`); no end: it never ends.
   * @default - none: a recurring window
   */
  readonly oneTime?: OneTimeWindow;
  /**
   * A recurring window's recurrences.
   * @default - none: a one-time window
   */
  readonly recurrences?: readonly DeclaredRecurrence[];
}

/** The maintenance windows of the stacks, in stack order, each in the order of its first downtime schedule. */
export function readDeclaredMaintenance(stacks: readonly SynthesizedStack[]): DeclaredMaintenanceWindow[] {
  return stacks.flatMap((stack) => {
    const windows = new Map<string, { window: DeclaredMaintenanceWindow; addresses: string[]; monitors: string[] }>();
    for (const [name, body] of Object.entries(stack.config.resource?.datadog_downtime_schedule ?? {})) {
      const { monitor_identifier, "//": _metadata, ...rest } = body as Record<string, unknown>;
      const key = JSON.stringify(rest);
      let entry = windows.get(key);
      if (entry === undefined) {
        const [addresses, monitors]: [string[], string[]] = [[], []];
        entry = { window: { stack: stack.name, addresses, monitors, ...schedule(body) }, addresses, monitors };
        windows.set(key, entry);
      }
      entry.addresses.push(`datadog_downtime_schedule.${name}`);
      entry.monitors.push(mutedMonitors(stack, oneBlock(monitor_identifier)));
    }
    return [...windows.values()].map((e) => e.window);
  });
}

/** What a downtime schedule says of when and what, but for its monitor. */
function schedule(body: Body): Omit<DeclaredMaintenanceWindow, "stack" | "addresses" | "monitors"> {
  const recurring = oneBlock(body.recurring_schedule);
  const oneTime = oneBlock(body.one_time_schedule);
  const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: String(value) });
  return {
    ...(body.message === undefined ? {} : { message: literalText(body.message) }),
    scope: literalText(body.scope ?? "*"),
    timezone: String(recurring.timezone ?? body.display_timezone ?? "UTC"),
    ...(body.one_time_schedule === undefined ? {} : { oneTime: { ...optional("start", oneTime.start), ...optional("end", oneTime.end) } }),
    ...(body.recurring_schedule === undefined
      ? {}
      : {
          recurrences: blockList(recurring.recurrence).map((r) => ({
            rrule: String(r.rrule),
            start: String(r.start),
            duration: String(r.duration),
          })),
        }),
  };
}

/** What a monitor identifier mutes, in words: a monitor by the name the stack gives it, by id, or by tags. */
function mutedMonitors(stack: SynthesizedStack, identifier: Body): string {
  if (identifier.monitor_tags !== undefined)
    return `monitors tagged ${blockList(identifier.monitor_tags)
      .map((t) => literalText(t))
      .join(", ")}`;
  const id = String(identifier.monitor_id);
  const declared = /^\$\{datadog_monitor\.([^.}]+)\.id\}$/.exec(id);
  const monitor = declared ? stack.config.resource?.datadog_monitor?.[declared[1]] : undefined;
  return monitor === undefined ? `monitor ${id}` : `monitor ${JSON.stringify(literalText(monitor.name))}`;
}
