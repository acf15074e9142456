import { supportHoursCalendar, supportHoursMarkdown } from "../../../../tools/on-call/private/support-hours-calendar";
import { officeHours } from "../../../helpers/on-call";

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

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
    expect(supportHoursCalendar(officeHours, "f", day("2027-01-04"), 5).exceptions).toEqual([]);
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
    const written = { ...officeHours, exceptions: [{ name: "Vars", start: "${var.start}", end: "${var.end}", supportStatus: "OUTSIDE" }] };
    expect(supportHoursCalendar(written, "f", day("2026-12-18"), 3).error).toBe(
      'exception "Vars": its start "${var.start}" and end "${var.end}" are not the days the library writes (the first and the last day as dates "YYYY-MM-DD" (iLert\'s OpenAPI types both as date; ilert-go and the provider\'s docs say date and time: UNCERTAIN))',
    );
  });
});

describe("supportHoursMarkdown", () => {
  test("who follows them, and a row per day with the exception that applies", () => {
    expect(supportHoursMarkdown(supportHoursCalendar(officeHours, "f", day("2026-12-18"), 3))).toEqual([
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
    ]);
  });

  test("names are text: pipes and markup escaped; support hours no alert source uses say so", () => {
    const lines = supportHoursMarkdown(
      supportHoursCalendar({ ...officeHours, name: "A | <b>", alertSources: [] }, "f", day("2026-12-24"), 1),
    );
    expect(lines.slice(1, 4)).toEqual([
      "## Support hours A \\| &lt;b&gt;",
      "",
      "Stack s, `ilert_support_hour.Hours`, time zone Europe/Berlin. No alert source of this stack refers to them.",
    ]);
    expect(lines[lines.length - 1]).toBe("| Thu 2026-12-24 | none: Christmas (holiday, outside support hours) |");
  });
});
