import { supportHoursCalendar, supportHoursMarkdown } from "../../../../tools/on-call/private/support-hours-calendar";
import { DeclaredSupportHours } from "../../../../tools/on-call/declared-support-hours";
import { officeHours } from "../../../helpers/on-call";

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

/** Support hours with an exception whose days are Terraform references, and why they cannot be computed. */
const unreadable: DeclaredSupportHours = {
  ...officeHours,
  exceptions: [{ name: "Vars", start: "${var.start}", end: "${var.end}", supportStatus: "OUTSIDE" }],
};
const unreadableError =
  'exception "Vars": its start "${var.start}" and end "${var.end}" are not the days the library writes (the first and the last day as dates "YYYY-MM-DD" (iLert\'s OpenAPI types both as date; ilert-go and the provider\'s docs say date and time: UNCERTAIN))';

describe("supportHoursCalendar", () => {
  const c = supportHoursCalendar(officeHours, "s-support-hours-office-hours.ics", day("2026-12-18"), 10);

  test("day by day: the week's hours, none on a holiday, all day on an exception with support", () => {
    expect(c.days.map((d) => [d.day, d.hours === undefined ? "none" : `${d.hours.start}-${d.hours.end}`, d.exception?.name])).toEqual([
      ["2026-12-18", "08:00-16:00", undefined],
      ["2026-12-19", "00:00-24:00", "Release weekend"],
      ["2026-12-20", "none", undefined],
      ["2026-12-21", "08:00-18:00", undefined],
      ["2026-12-22", "08:00-18:00", undefined],
      ["2026-12-23", "08:00-18:00", undefined],
      ["2026-12-24", "none", "Christmas"],
      ["2026-12-25", "none", "Christmas"],
      ["2026-12-26", "none", "Christmas"],
      ["2026-12-27", "none", undefined],
    ]);
  });

  test("periods in UTC (Berlin is UTC+1 in winter); the exceptions that cover a day of the window", () => {
    expect(c.periods.slice(0, 3).map((p) => [p.start.toISOString(), p.end.toISOString(), p.exception])).toEqual([
      ["2026-12-18T07:00:00.000Z", "2026-12-18T15:00:00.000Z", undefined],
      ["2026-12-18T23:00:00.000Z", "2026-12-19T23:00:00.000Z", "Release weekend"],
      ["2026-12-21T07:00:00.000Z", "2026-12-21T17:00:00.000Z", undefined],
    ]);
    expect(c.exceptions.map((e) => e.name)).toEqual(["Christmas", "Release weekend"]);
  });

  test("the exceptions listed are those that cover a day of the window, not one that ends before it or starts after it", () => {
    const names = (first: string, days: number) => supportHoursCalendar(officeHours, "f", day(first), days).exceptions.map((e) => e.name);
    // Release weekend is 2026-12-19, Christmas 2026-12-24 to 2026-12-26.
    expect(names("2026-12-20", 4)).toEqual([]);
    expect(names("2026-12-20", 5)).toEqual(["Christmas"]);
    expect(names("2026-12-26", 1)).toEqual(["Christmas"]);
    expect(names("2027-01-04", 5)).toEqual([]);
  });

  test("a day's hours and exception are left out where there are none (absent, not undefined)", () => {
    expect([c.days[0], c.days[2], c.days[6]]).toStrictEqual([
      { day: "2026-12-18", hours: { start: "08:00", end: "16:00" } },
      { day: "2026-12-20" },
      { day: "2026-12-24", exception: officeHours.exceptions[0] },
    ]);
  });

  test("where exceptions overlap, the later one listed wins; a status the calendar does not know leaves the week's hours", () => {
    const overlapping = {
      ...officeHours,
      exceptions: [
        { ...officeHours.exceptions[0] },
        { ...officeHours.exceptions[0], name: "Staffed Christmas Eve", lastDay: "2026-12-24", supportStatus: "DURING" },
        { ...officeHours.exceptions[0], name: "Later", firstDay: "2026-12-28", lastDay: "2026-12-28", supportStatus: "PARTIAL" },
      ],
    };
    const days = supportHoursCalendar(overlapping, "f", day("2026-12-24"), 5).days;
    expect(days.map((d) => [d.day, d.hours?.start, d.exception?.name])).toEqual([
      ["2026-12-24", "00:00", "Staffed Christmas Eve"],
      ["2026-12-25", undefined, "Christmas"],
      ["2026-12-26", undefined, "Christmas"],
      ["2026-12-27", undefined, undefined],
      ["2026-12-28", "08:00", "Later"],
    ]);
  });

  test("an exception whose days are not the library's form cannot be computed, and says why", () => {
    expect(supportHoursCalendar(unreadable, "f", day("2026-12-18"), 3).error).toBe(unreadableError);
  });
});

describe("supportHoursMarkdown", () => {
  const markdown = (hours: DeclaredSupportHours, first: string, days: number) =>
    supportHoursMarkdown(supportHoursCalendar(hours, "f", day(first), days));
  /** The table's rows, after its heading and separator. */
  const rows = (hours: DeclaredSupportHours, first: string, days: number) => markdown(hours, first, days).slice(7);

  test("who follows them, and a row per day with the exception that applies", () => {
    expect(markdown(officeHours, "2026-12-18", 7)).toEqual([
      "",
      "## Support hours Office hours",
      "",
      "Stack s, `ilert_support_hour.Hours`, time zone Europe/Berlin. Alert sources: Payments (Datadog) (high priority during support hours, low outside).",
      "",
      "| Day | Support hours (Europe/Berlin) |",
      "| --- | --- |",
      "| Fri 2026-12-18 | 08:00–16:00 |",
      "| Sat 2026-12-19 | all day: Release weekend (inside support hours all day) |",
      "| Sun 2026-12-20 | none |",
      "| Mon 2026-12-21 | 08:00–18:00 |",
      "| Tue 2026-12-22 | 08:00–18:00 |",
      "| Wed 2026-12-23 | 08:00–18:00 |",
      "| Thu 2026-12-24 | none: Christmas (holiday, outside support hours) |",
    ]);
  });

  test("names are text: pipes and markup escaped; support hours no alert source uses say so", () => {
    const lines = markdown({ ...officeHours, name: "A | <b>", alertSources: [] }, "2026-12-24", 1);
    expect(lines.slice(1, 4)).toEqual([
      "## Support hours A \\| &lt;b&gt;",
      "",
      "Stack s, `ilert_support_hour.Hours`, time zone Europe/Berlin. No alert source of this stack refers to them.",
    ]);
  });

  test("each alert source with its priority rule in words, a rule without words as written", () => {
    const alertSources = [
      { name: "A", priorityRule: "HIGH_DURING_SUPPORT_HOURS" },
      { name: "B", priorityRule: "LOW_DURING_SUPPORT_HOURS" },
      { name: "C", priorityRule: "HIGH" },
    ];
    expect(markdown({ ...officeHours, alertSources }, "2026-12-18", 1)[3]).toBe(
      "Stack s, `ilert_support_hour.Hours`, time zone Europe/Berlin. Alert sources: A (high priority during support hours, low outside), B (low priority during support hours, high outside), C (HIGH).",
    );
  });

  test("only 00:00 to 24:00 is all day; hours from midnight or to midnight are written as they are", () => {
    const days = {
      monday: { start: "00:00", end: "18:00" },
      tuesday: { start: "08:00", end: "24:00" },
      wednesday: { start: "00:00", end: "24:00" },
    };
    expect(rows({ ...officeHours, days, exceptions: [] }, "2026-12-21", 3)).toEqual([
      "| Mon 2026-12-21 | 00:00–18:00 |",
      "| Tue 2026-12-22 | 08:00–24:00 |",
      "| Wed 2026-12-23 | all day |",
    ]);
  });

  test("an exception with a status the calendar does not know keeps the week's hours and shows its status", () => {
    const exceptions = [{ ...officeHours.exceptions[0], name: "Inventory", supportStatus: "PARTIAL" }];
    expect(rows({ ...officeHours, exceptions }, "2026-12-24", 1)).toEqual([
      "| Thu 2026-12-24 | 08:00–18:00: Inventory (status PARTIAL, as the week says) |",
    ]);
  });

  test("support hours whose days cannot be computed say why instead of the table", () => {
    expect(markdown(unreadable, "2026-12-18", 3).slice(4)).toEqual(["", `Cannot be computed: ${unreadableError}`]);
  });
});
