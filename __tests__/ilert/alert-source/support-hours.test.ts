import { TerraformStack, Testing } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import {
  AlertPriorityRule,
  DayOfWeek,
  EscalationPolicy,
  IlertDatadogIntegration,
  SupportHours,
  SupportHoursProps,
  SupportStatus,
  Team,
} from "../../../constructs";
import { only, synth, thrown } from "../../helpers/synth";

const WEEKDAYS = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY];
const office = (extra: Partial<SupportHoursProps> = {}): SupportHoursProps => ({
  name: "Payments office hours",
  timezone: "Europe/Berlin",
  supportDays: [{ days: WEEKDAYS, start: "08:00", end: "18:00" }],
  ...extra,
});

describe("SupportHours.fromId", () => {
  test("a handle with the id, at its construct path", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const hours = SupportHours.fromId(stack, "Hours", "42");
    expect([hours.node.path, hours.supportHoursId]).toEqual(["s/Hours", "42"]);
  });

  test("refuses an id that is not a numeric iLert id", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(thrown(() => SupportHours.fromId(stack, "Hours", "office-hours")).message).toBe(
      's/Hours: invalid supportHoursId "office-hours": expected digits (a numeric iLert id); use the numeric id shown in the support hours\' iLert URL, e.g. "1234"',
    );
  });
});

describe("new SupportHours", () => {
  test("declares an ilert_support_hour with one block per day and the exceptions' days", () => {
    const { tf } = synth((stack) => {
      new SupportHours(stack, "Hours", {
        ...office({
          supportDays: [
            { days: WEEKDAYS.slice(0, 4), start: "08:00", end: "18:00" },
            { days: [DayOfWeek.FRIDAY], start: "08:00", end: "16:00" },
            { days: [DayOfWeek.SATURDAY], start: "10:00", end: "23:59" },
          ],
          exceptions: [
            { name: "Christmas", firstDay: "2026-12-24", lastDay: "2026-12-26" },
            { name: "New Year", firstDay: "2027-01-01" },
            { name: "Release weekend", firstDay: "2027-01-09", lastDay: "2027-01-10", supportStatus: SupportStatus.DURING },
          ],
        }),
        teams: [Team.fromId(stack, "Team", "12")],
      });
    });
    const { body } = only(tf, "resource", "ilert_support_hour");
    expect(body).toEqual({
      name: "Payments office hours",
      timezone: "Europe/Berlin",
      support_days: {
        monday: { start: "08:00", end: "18:00" },
        tuesday: { start: "08:00", end: "18:00" },
        wednesday: { start: "08:00", end: "18:00" },
        thursday: { start: "08:00", end: "18:00" },
        friday: { start: "08:00", end: "16:00" },
        saturday: { start: "10:00", end: "23:59" },
      },
      exception: [
        { name: "Christmas", start: "2026-12-24", end: "2026-12-26", support_status: "OUTSIDE" },
        { name: "New Year", start: "2027-01-01", end: "2027-01-01", support_status: "OUTSIDE" },
        { name: "Release weekend", start: "2027-01-09", end: "2027-01-10", support_status: "DURING" },
      ],
      team: [{ id: 12 }],
    });
  });

  test("without exceptions or teams, the provider's blocks are left out; names are escaped for Terraform", () => {
    const { tf } = synth((stack) => new SupportHours(stack, "Hours", office({ name: "Office ${hours}" })));
    const { body } = only(tf, "resource", "ilert_support_hour");
    expect([body.name, body.exception, body.team]).toEqual(["Office $${hours}", undefined, undefined]);
  });

  test("an integration's *_DURING_SUPPORT_HOURS rule refers to declared support hours by reference", () => {
    const { tf } = synth((stack) => {
      const hours = new SupportHours(stack, "Hours", office());
      new IlertDatadogIntegration(stack, "Payments", {
        name: "Payments",
        escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1"),
        priorityRule: AlertPriorityRule.LOW_DURING_SUPPORT_HOURS,
        supportHours: hours,
      });
    });
    const hours = only(tf, "resource", "ilert_support_hour").name;
    const source = only(tf, "resource", "ilert_alert_source").body;
    expect([source.alert_priority_rule, source.support_hours]).toEqual([
      "LOW_DURING_SUPPORT_HOURS",
      { id: `\${ilert_support_hour.${hours}.id}` },
    ]);
  });

  describe("fails", () => {
    test.each<[string, Partial<SupportHoursProps>, string]>([
      [
        "a name longer than 255 bytes",
        { name: "x".repeat(256) },
        `test/Hours: invalid name "${"x".repeat(60)}..." (256 characters): expected a string of 1-255 bytes (UTF-8); use a support hours name of 1-255 bytes`,
      ],
      [
        "a time zone in the wrong case",
        { timezone: "europe/berlin" },
        'test/Hours: invalid timezone "europe/berlin": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; spell it "Europe/Berlin"',
      ],
      [
        "a missing time zone",
        { timezone: undefined },
        'test/Hours: missing timezone: expected a non-empty string; give the IANA time zone of the support hours, e.g. "Europe/Berlin"',
      ],
      [
        "no support days",
        { supportDays: [] },
        'test/Hours: invalid supportDays []: expected a list of at least 1 item; list the days with support, e.g. [{ days: [DayOfWeek.MONDAY, DayOfWeek.FRIDAY], start: "08:00", end: "18:00" }]',
      ],
      [
        "an end before the start",
        { supportDays: [{ days: [DayOfWeek.MONDAY], start: "18:00", end: "08:00" }] },
        'test/Hours: invalid supportDays[0].end "08:00": expected a time after supportDays[0].start "18:00" (one window within each day); set end later than start; for support until midnight, "23:59"; for support past midnight, give the next day its own hours from "00:00"',
      ],
      [
        "a day twice",
        {
          supportDays: [
            { days: [DayOfWeek.MONDAY], start: "08:00", end: "12:00" },
            { days: [DayOfWeek.TUESDAY, DayOfWeek.MONDAY], start: "13:00", end: "18:00" },
          ],
        },
        'test/Hours: invalid supportDays[1].days[1] "MONDAY": expected each day once (MONDAY is already in supportDays[0].days[0]; iLert keeps one window per day); remove it from one of the entries',
      ],
      [
        "an exception whose last day is before its first",
        { exceptions: [{ name: "Christmas", firstDay: "2026-12-26", lastDay: "2026-12-24" }] },
        'test/Hours: invalid exceptions[0].lastDay "2026-12-24": expected a day not before exceptions[0].firstDay "2026-12-26"; set lastDay to the exception\'s last day (it is included), or leave it unset for one day',
      ],
      [
        "props that are not an object",
        "office hours" as unknown as Partial<SupportHoursProps>,
        'test/Hours: invalid props "office hours": expected an object; pass { name, timezone, supportDays }',
      ],
      [
        "a misspelled optional prop",
        { exception: [] } as Partial<SupportHoursProps>,
        "test/Hours: invalid exception []: expected a key of SupportHoursProps; did you mean exceptions?",
      ],
      [
        "a prop it does not have",
        { holidays: [] } as Partial<SupportHoursProps>,
        "test/Hours: invalid holidays []: expected a key of SupportHoursProps: name, timezone, supportDays, exceptions, ilertProvider, teams; remove holidays, or use one of those",
      ],
    ])("%s", (_what, props, message) => {
      const build = (stack: TerraformStack) =>
        new SupportHours(stack, "Hours", typeof props === "string" ? (props as unknown as SupportHoursProps) : office(props));
      expect(thrown(() => synth(build)).message).toBe(message);
    });

    test("a provider of the wrong kind is refused as ilertProvider", () => {
      const build = (stack: TerraformStack) =>
        new SupportHours(stack, "Hours", office({ ilertProvider: new DatadogProvider(stack, "Datadog", {}) as never }));
      expect(thrown(() => synth(build)).message).toBe(
        "test/Hours: invalid ilertProvider \"a Datadog provider\": expected an iLert provider; pass the stack's IlertProvider (aliased or not), or leave ilertProvider unset to use the stack's default",
      );
    });

    test("a misspelled required prop is reported missing, naming the key given", () => {
      const { name: _name, ...rest } = office();
      const build = (stack: TerraformStack) => new SupportHours(stack, "Hours", { ...rest, nmae: "Office" } as never);
      expect(thrown(() => synth(build)).message).toBe(
        "test/Hours: missing name: expected name, found nmae, which SupportHoursProps does not have; did you mean name?",
      );
    });
  });
});
