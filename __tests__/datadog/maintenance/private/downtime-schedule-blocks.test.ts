import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../../../constructs/core/errors";
import { MaintenanceRecurrence, MaintenanceSchedule } from "../../../../constructs/datadog/maintenance/maintenance-schedule";
import { downtimeScheduleBlocks } from "../../../../constructs/datadog/maintenance/private/downtime-schedule-blocks";
import { localStart, utcInstant } from "../../../../constructs/datadog/maintenance/private/downtime-times";
import { thrown } from "../../../helpers/synth";
import { fcRuns } from "../../../helpers/terraform-literal";

const scope = new Construct(new TerraformStack(Testing.app(), "test"), "Release");
const blocks = (schedule: unknown) => downtimeScheduleBlocks(scope, "schedule", schedule);
const patchNight: MaintenanceRecurrence = { rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" };
// A value known only at apply time, e.g. a Terraform variable's.
const unresolved = Token.asString({ Ref: "var.window" });

describe("downtimeScheduleBlocks", () => {
  test("once: UTC start and end as the provider checks them; the time zone is only shown", () => {
    expect(
      blocks(MaintenanceSchedule.once({ start: "2026-12-24T23:00+01:00", end: "2026-12-27T06:00:00Z", timezone: "Europe/Berlin" })),
    ).toEqual({
      displayTimezone: "Europe/Berlin",
      oneTimeSchedule: { start: "2026-12-24T22:00:00Z", end: "2026-12-27T06:00:00Z" },
    });
    expect(blocks(MaintenanceSchedule.once({ start: "2026-12-24T22:00Z", end: "2026-12-24T23:00Z" })).displayTimezone).toBeUndefined();
  });

  test("recurring: each recurrence with its local start to the second; display_timezone is the schedule's (Datadog: must match)", () => {
    expect(
      blocks(
        MaintenanceSchedule.recurring({
          timezone: "Europe/Berlin",
          recurrences: [patchNight, { ...patchNight, rrule: "FREQ=MONTHLY;BYDAY=1SA", duration: "1d" }],
        }),
      ),
    ).toEqual({
      displayTimezone: "Europe/Berlin",
      recurringSchedule: {
        timezone: "Europe/Berlin",
        recurrence: [
          { rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00:00", duration: "2h" },
          { rrule: "FREQ=MONTHLY;BYDAY=1SA", start: "2026-01-06T22:00:00", duration: "1d" },
        ],
      },
    });
  });

  test("recurring: five recurrences, Datadog's limit, are accepted", () => {
    const recurrences = ["MO", "TU", "WE", "TH", "FR"].map((day) => ({ ...patchNight, rrule: `FREQ=WEEKLY;BYDAY=${day}` }));
    expect(blocks(MaintenanceSchedule.recurring({ timezone: "UTC", recurrences })).recurringSchedule?.recurrence).toEqual(
      recurrences.map((r) => ({ ...r, start: "2026-01-06T22:00:00" })),
    );
  });

  // Unresolved values are passed on unchecked, also where a token's text would fail the check (a
  // time that does not parse, an end "before" the start, a rule that does not parse).
  test.each<[string, MaintenanceSchedule, unknown]>([
    [
      "an unresolved start",
      MaintenanceSchedule.once({ start: unresolved, end: "2026-12-24T22:00:00Z" }),
      { displayTimezone: undefined, oneTimeSchedule: { start: unresolved, end: "2026-12-24T22:00:00Z" } },
    ],
    [
      "an unresolved end",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: unresolved }),
      { displayTimezone: undefined, oneTimeSchedule: { start: "2026-12-24T22:00:00Z", end: unresolved } },
    ],
    [
      "an unresolved rule, start and duration",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ rrule: unresolved, start: unresolved, duration: unresolved }] }),
      {
        displayTimezone: "UTC",
        recurringSchedule: { timezone: "UTC", recurrence: [{ rrule: unresolved, start: unresolved, duration: unresolved }] },
      },
    ],
  ])("passes %s on unchecked", (_what, schedule, expected) => expect(blocks(schedule)).toEqual(expected));

  test.each<[string, unknown, string]>([
    [
      "not a MaintenanceSchedule",
      { start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z" },
      'test/Release: invalid schedule {"start":"2026-12-24T22:00:00Z","end":"2026-12-25T22:00:00Z"}: expected a MaintenanceSchedule; use MaintenanceSchedule.once({ start, end }) or MaintenanceSchedule.recurring({ timezone, recurrences })',
    ],
    [
      "a start without a zone",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00", end: "2026-12-25T22:00:00Z" }),
      'test/Release: invalid schedule.start "2026-12-24T22:00": expected an ISO 8601 date-time with "Z" or an offset, e.g. "2026-12-24T22:00:00Z" or "2026-12-24T23:00+01:00"; give the date, the time and the zone (Z for UTC)',
    ],
    [
      "no props given to the factory (once and recurring make the same schedule then)",
      MaintenanceSchedule.once(undefined as never),
      "test/Release: missing schedule: expected { start, end, timezone? } in MaintenanceSchedule.once or { timezone, recurrences } in MaintenanceSchedule.recurring; pass the window's props to the factory",
    ],
    [
      "a one-time window that is not an object",
      MaintenanceSchedule.once("2026-12-24" as never),
      'test/Release: invalid schedule "2026-12-24": expected { start, end, timezone? }; pass the window\'s start and end',
    ],
    [
      "a one-time window of null",
      MaintenanceSchedule.once(null as never),
      "test/Release: invalid schedule null: expected { start, end, timezone? }; pass the window's start and end",
    ],
    [
      "an end without a zone",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-25T06:00" }),
      'test/Release: invalid schedule.end "2026-12-25T06:00": expected an ISO 8601 date-time with "Z" or an offset, e.g. "2026-12-24T22:00:00Z" or "2026-12-24T23:00+01:00"; give the date, the time and the zone (Z for UTC)',
    ],
    [
      "an end before the start, once in UTC",
      MaintenanceSchedule.once({ start: "2026-12-24T23:30+01:00", end: "2026-12-24T22:00:00Z" }),
      'test/Release: invalid schedule.end "2026-12-24T22:00:00Z": expected a date-time after schedule.start "2026-12-24T23:30+01:00" (2026-12-24T22:30:00Z); set schedule.end later than schedule.start',
    ],
    [
      "an end equal to the start",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-24T22:00:00Z" }),
      'test/Release: invalid schedule.end "2026-12-24T22:00:00Z": expected a date-time after schedule.start "2026-12-24T22:00:00Z"; set schedule.end later than schedule.start',
    ],
    [
      "an unknown display time zone",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z", timezone: "CET+1" }),
      'test/Release: invalid schedule.timezone "CET+1": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
    ],
    [
      "an empty display time zone",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z", timezone: "" }),
      'test/Release: invalid schedule.timezone "": expected a non-empty string; give an IANA time zone, e.g. "Europe/Berlin"; or leave it unset for UTC',
    ],
    [
      "a recurring window that is not an object",
      MaintenanceSchedule.recurring("weekly" as never),
      'test/Release: invalid schedule "weekly": expected { timezone, recurrences }; pass the time zone and the recurrences',
    ],
    [
      "a recurring window of null",
      MaintenanceSchedule.recurring(null as never),
      "test/Release: invalid schedule null: expected { timezone, recurrences }; pass the time zone and the recurrences",
    ],
    [
      "a recurring schedule without a time zone",
      MaintenanceSchedule.recurring({ recurrences: [patchNight] } as never),
      'test/Release: missing schedule.timezone: expected a non-empty string; give an IANA time zone, e.g. "Europe/Berlin"; the recurrences are computed in it',
    ],
    [
      "no recurrences",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [] }),
      'test/Release: invalid schedule.recurrences []: expected a list of at least 1 item; add a recurrence, e.g. { rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }',
    ],
    [
      "six recurrences",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: Array(6).fill(patchNight) }),
      'test/Release: invalid schedule.recurrences "6 recurrences": expected at most 5 recurrences (Datadog\'s limit for one downtime schedule); merge rules (e.g. BYDAY=MO,TH), or declare a second MaintenanceWindow',
    ],
    [
      "a recurrence that is not an object",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: ["FREQ=WEEKLY;BYDAY=TU" as never] }),
      'test/Release: invalid schedule.recurrences[0] "FREQ=WEEKLY;BYDAY=TU": expected { rrule, start, duration }; describe the recurrence as an object',
    ],
    [
      "a recurrence of null",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [patchNight, null as never] }),
      "test/Release: invalid schedule.recurrences[1] null: expected { rrule, start, duration }; describe the recurrence as an object",
    ],
    [
      "an empty rule",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ ...patchNight, rrule: "" }] }),
      'test/Release: invalid schedule.recurrences[0].rrule "": expected a non-empty string; write an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU"',
    ],
    [
      "a rule with DTSTART",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ ...patchNight, rrule: "DTSTART=20260106T220000;FREQ=WEEKLY" }] }),
      "test/Release: invalid schedule.recurrences[0].rrule \"DTSTART=20260106T220000;FREQ=WEEKLY\": expected a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule); remove DTSTART: the recurrence's start is its start field, its length its duration",
    ],
    [
      "a start with an offset",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ ...patchNight, start: "2026-01-06T22:00Z" }] }),
      'test/Release: invalid schedule.recurrences[0].start "2026-01-06T22:00Z": expected a local date-time "YYYY-MM-DDTHH:mm" (or with ":ss") in the schedule\'s time zone, e.g. "2026-01-06T22:00"; write the local date and time of the first occurrence, without offset',
    ],
    [
      "an ISO 8601 duration",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ ...patchNight, duration: "PT2H" }] }),
      'test/Release: invalid schedule.recurrences[0].duration "PT2H": expected a whole number of minutes, hours, days or weeks from 1, "<n>m", "<n>h", "<n>d" or "<n>w"; e.g. "90m", "2h" or "1d"',
    ],
    [
      "a duration in a list, which reads as the text it holds",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ ...patchNight, duration: ["2h"] as never }] }),
      'test/Release: invalid schedule.recurrences[0].duration ["2h"]: expected a whole number of minutes, hours, days or weeks from 1, "<n>m", "<n>h", "<n>d" or "<n>w"; e.g. "90m", "2h" or "1d"',
    ],
    [
      "a misspelled optional key of a one-time window",
      MaintenanceSchedule.once({ start: "2026-12-24T22:00:00Z", end: "2026-12-25T22:00:00Z", timeZone: "Europe/Berlin" } as never),
      'test/Release: invalid schedule.timeZone "Europe/Berlin": expected a key of OneTimeMaintenanceProps; did you mean timezone?',
    ],
    [
      "a misspelled required key of a recurring window",
      MaintenanceSchedule.recurring({ timeZone: "Europe/Berlin", recurrences: [patchNight] } as never),
      "test/Release: missing schedule.timezone: expected timezone, found timeZone, which RecurringMaintenanceProps does not have; did you mean timezone?",
    ],
    [
      "a misspelled key of a recurrence",
      MaintenanceSchedule.recurring({
        timezone: "UTC",
        recurrences: [{ rule: "FREQ=DAILY", start: "2026-01-06T22:00", duration: "2h" } as never],
      }),
      "test/Release: missing schedule.recurrences[0].rrule: expected rrule, found rule, which MaintenanceRecurrence does not have; did you mean rrule?",
    ],
    [
      "a recurrence with a key it does not have",
      MaintenanceSchedule.recurring({ timezone: "UTC", recurrences: [{ ...patchNight, until: "2026-12-31" } as never] }),
      'test/Release: invalid schedule.recurrences[0].until "2026-12-31": expected a key of MaintenanceRecurrence: rrule, start, duration; remove until, or use one of those',
    ],
  ])("fails for %s", (_what, schedule, message) => expect(thrown(() => blocks(schedule)).message).toBe(message));

  test("property: a one-time window is accepted exactly when both times parse and the end is later", () => {
    const time = fc.oneof(
      fc
        .date({ min: new Date("2025-01-01"), max: new Date("2027-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 19) + "Z"),
      fc
        .date({ min: new Date("2025-01-01"), max: new Date("2027-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 16) + "+02:00"),
      fc.string({ maxLength: 25 }),
    );
    fc.assert(
      fc.property(time, time, (start, end) => {
        const [s, e] = [utcInstant(start), utcInstant(end)];
        const accepted = s !== undefined && e !== undefined && e > s;
        let result: unknown;
        try {
          result = blocks(MaintenanceSchedule.once({ start, end }));
        } catch (err) {
          if (!(err instanceof IlertDatadogValidationError)) throw err;
        }
        expect(result !== undefined).toBe(accepted);
        if (accepted) expect(result).toEqual({ displayTimezone: undefined, oneTimeSchedule: { start: s, end: e } });
      }),
      { numRuns: fcRuns(1000) },
    );
  });

  test("property: recurrences are accepted exactly when 1 to 5, each with a local start and an m/h/d/w duration", () => {
    const recurrence = fc.record({
      rrule: fc.constantFrom("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=SA,SU", "FREQ=MONTHLY;BYMONTHDAY=1"),
      start: fc.oneof(fc.constantFrom("2026-01-06T22:00", "2026-01-06T22:00:59"), fc.string({ maxLength: 20 })),
      duration: fc.oneof(fc.stringMatching(/^[1-9][0-9]{0,2}[mhdw]$/), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(fc.array(recurrence, { maxLength: 7 }), (recurrences) => {
        const accepted =
          recurrences.length >= 1 &&
          recurrences.length <= 5 &&
          recurrences.every((r) => localStart(r.start) !== undefined && /^[1-9]\d{0,5}[mhdw]$/.test(r.duration));
        let ok = true;
        try {
          blocks(MaintenanceSchedule.recurring({ timezone: "Europe/Berlin", recurrences }));
        } catch (err) {
          if (!(err instanceof IlertDatadogValidationError)) throw err;
          ok = false;
        }
        expect(ok).toBe(accepted);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
