import {
  DeclaredOnCall,
  DeclaredSchedule,
  onCallCalendar,
  onCallMarkdown,
  RECURRENCE_CHOICES,
  ROTATION_ENGINE_CHOICES,
  SUPPORT_HOURS_CHOICES,
} from "../../../tools";
import * as fc from "fast-check";
import { CONTROL_CHARACTERS } from "../../../constructs/core/shown-text";
import { rotationEngineChoicesFor } from "../../../tools/on-call/rotation-engine";
import { hostileText } from "../../helpers/fuzz";
import { office, officeHours, patchNight } from "../../helpers/on-call";
import { fcRuns } from "../../helpers/terraform-literal";

const broken: DeclaredSchedule = {
  ...office,
  address: "ilert_schedule.Broken",
  name: "Broken",
  layers: [{ ...office.layers![0], start: "${var.start}" }],
};
const declared: DeclaredOnCall = {
  schedules: [office, broken],
  policies: [
    {
      stack: "s",
      address: "ilert_escalation_policy.P",
      name: "Desk policy",
      rules: [
        [{ label: "on call in Office", schedule: office }, { label: "lead@example.com" }, { label: "on call in Broken", schedule: broken }],
      ],
    },
  ],
};

describe("onCallCalendar", () => {
  // Friday 6 to Monday 9 March 2026, New York, which moves its clocks forward on Sunday the 8th.
  const calendar = onCallCalendar(declared, { from: "2026-03-06", days: 4 });

  test("each schedule's window runs from local midnight to local midnight", () => {
    expect([calendar.schedules[0].from, calendar.schedules[0].until]).toEqual([
      new Date("2026-03-06T05:00Z"),
      new Date("2026-03-10T04:00Z"),
    ]);
    expect(calendar.schedules[0].shifts.map((s) => [s.user, s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["Zoë | Ünal", "2026-03-06T14:00:00.000Z", "2026-03-06T22:00:00.000Z"],
      ["iLert user 4711", "2026-03-09T13:00:00.000Z", "2026-03-09T21:00:00.000Z"],
    ]);
    expect(calendar.schedules[1]).toMatchObject({ shifts: [], error: 'not a schedule date-time "YYYY-MM-DDTHH:mm": "${var.start}"' });
    // One restricted daily layer of two users per schedule, in New York: the choices that can change its shifts.
    expect(Object.keys(calendar.choices)).toEqual(["restrictions", "handOvers", "localTimes", "turns"]);
  });

  test("each schedule's iCalendar file is named by its stack and name, also one that cannot be computed", () => {
    expect(calendar.schedules.map((c) => c.icsFile)).toEqual(["s-office-hours-desk.ics", "s-broken.ics"]);
  });

  test("a policy's first rule at each change: the person on call, nobody in a gap, fixed users, and what cannot be computed", () => {
    expect(calendar.policies[0].timezone).toBe("America/New_York");
    expect(calendar.policies[0].pagedFirst.map((p) => [p.at.toISOString().slice(0, 16), ...p.paged])).toEqual([
      [
        "2026-03-06T05:00",
        'nobody (a gap in Office, hours; "desk": iLert escalates to the next rule at once)',
        "lead@example.com",
        "on call in Broken (cannot be computed)",
      ],
      ["2026-03-06T14:00", "Zoë | Ünal", "lead@example.com", "on call in Broken (cannot be computed)"],
      [
        "2026-03-06T22:00",
        'nobody (a gap in Office, hours; "desk": iLert escalates to the next rule at once)',
        "lead@example.com",
        "on call in Broken (cannot be computed)",
      ],
      ["2026-03-09T13:00", "iLert user 4711", "lead@example.com", "on call in Broken (cannot be computed)"],
      [
        "2026-03-09T21:00",
        'nobody (a gap in Office, hours; "desk": iLert escalates to the next rule at once)',
        "lead@example.com",
        "on call in Broken (cannot be computed)",
      ],
    ]);
  });

  test.each([
    [{ from: "2026-02-30", days: 1 }, 'from: expected a date YYYY-MM-DD, got "2026-02-30"'],
    [{ from: "6 March", days: 1 }, 'from: expected a date YYYY-MM-DD, got "6 March"'],
    [{ from: "2026-03-06", days: 0 }, "days: expected a whole number from 1 to 3660, got 0"],
    [{ from: "2026-03-06", days: 1.5 }, "days: expected a whole number from 1 to 3660, got 1.5"],
    [
      { from: "9999-12-31", days: 1 },
      'from: expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar), got "9999-12-31"',
    ],
    [
      { from: "0050-01-01", days: 1 },
      'from: expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar), got "0050-01-01"',
    ],
    [{ from: "9999-12-29", days: 3 }, "days: expected a whole number from 1 to 2 (the on-call calendar ends on 9999-12-30), got 3"],
  ])("rejects the window %j", (window, message) => {
    expect(() => onCallCalendar(declared, window)).toThrow(message);
  });
});

describe("onCallMarkdown", () => {
  const markdown = onCallMarkdown(onCallCalendar(declared, { from: "2026-03-06", days: 4 }));

  test("one row per local day, gaps named, pipes escaped; one row per hand-over in local time and UTC", () => {
    expect(markdown).toContain(
      [
        "| Day | On call (America/New_York) |",
        "| --- | --- |",
        "| Fri 2026-03-06 | nobody 00:00–09:00, Zoë \\| Ünal 09:00–17:00, nobody 17:00–24:00 |",
        "| Sat 2026-03-07 | nobody |",
        "| Sun 2026-03-08 | nobody |",
        "| Mon 2026-03-09 | nobody 00:00–09:00, iLert user 4711 09:00–17:00, nobody 17:00–24:00 |",
        "",
        "Hand-overs:",
        "",
        "| When (America/New_York) | When (UTC) | From | To |",
        "| --- | --- | --- | --- |",
        "| 2026-03-06 09:00 | 2026-03-06 14:00Z | nobody | Zoë \\| Ünal |",
        "| 2026-03-06 17:00 | 2026-03-06 22:00Z | Zoë \\| Ünal | nobody |",
        "| 2026-03-09 09:00 | 2026-03-09 13:00Z | nobody | iLert user 4711 |",
        "| 2026-03-09 17:00 | 2026-03-09 21:00Z | iLert user 4711 | nobody |",
      ].join("\n"),
    );
    expect(markdown).toContain(
      "## Schedule Broken\n\nStack s, `ilert_schedule.Broken`, time zone America/New_York.\n\nCannot be computed: not a schedule",
    );
    expect(markdown).toContain(
      "| 2026-03-06 09:00 | 2026-03-06 14:00Z | Zoë \\| Ünal, lead\\@example.com, on call in Broken (cannot be computed) |",
    );
  });

  test("it states the choices made where iLert's semantics are undocumented that apply to the app's schedules, and no other", () => {
    const { restrictions, handOvers, localTimes, turns } = ROTATION_ENGINE_CHOICES;
    expect(markdown.slice(markdown.indexOf("## How this is computed"))).toBe(
      [
        "## How this is computed",
        "",
        "Where iLert does not document its semantics, this calendar chose:",
        "",
        `- restrictions: ${restrictions}`,
        `- handOvers: ${handOvers}`,
        `- localTimes: ${localTimes}`,
        `- turns: ${turns}`,
        "",
      ].join("\n"),
    );
    // For people: no names of the engine's functions.
    expect(restrictions).toBe(
      "Restrictions cut a layer's turns, they do not shift them: the rotation keeps its own clock and a turn that falls partly outside the layer's windows loses that part.",
    );
    expect(
      Object.values(ROTATION_ENGINE_CHOICES).filter((c) =>
        /\((onCallShifts|restrictedIntervals|turnStart|instantOf|turnRunningAt, keepOnCall)\)/.test(c),
      ),
    ).toEqual([]);
  });

  test("in UTC, one time column (not UTC twice); without schedules, no choices of the rotation engine", () => {
    const users: DeclaredOnCall = {
      schedules: [],
      policies: [{ stack: "payments", address: "ilert_escalation_policy.P", name: "Payments", rules: [[{ label: "lead@example.com" }]] }],
    };
    expect(onCallMarkdown(onCallCalendar(users, { from: "2026-03-23", days: 7 }))).toBe(
      [
        "# Who is on call: 7 days from 2026-03-23",
        "",
        "Computed from the schedules as declared in this app. Overrides, vacations and other changes made in iLert are not included.",
        "",
        "## Escalation policy Payments",
        "",
        "Stack payments, `ilert_escalation_policy.P`. Who its first rule notifies:",
        "",
        "| From (UTC) | Paged first |",
        "| --- | --- |",
        "| 2026-03-23 00:00Z | lead\\@example.com |",
        "",
      ].join("\n"),
    );
    const utc = { ...office, timezone: "Etc/UTC" };
    expect(onCallMarkdown(onCallCalendar({ schedules: [utc], policies: [] }, { from: "2026-03-06", days: 1 }))).toContain(
      ["| When (UTC) | From | To |", "| --- | --- | --- |", "| 2026-03-06 09:00Z | nobody | Zoë \\| Ünal |"].join("\n"),
    );
  });
});

describe("support hours and maintenance windows in the calendar", () => {
  const declared: DeclaredOnCall = {
    schedules: [office],
    policies: [],
    supportHours: [officeHours, { ...officeHours, name: "On call, hours" }],
    maintenanceWindows: [patchNight, { ...patchNight, message: undefined }],
  };
  const calendar = onCallCalendar(declared, { from: "2026-12-19", days: 7 });

  test("each with an iCalendar file of its own, named by its kind; the choices they rest on are stated", () => {
    expect([
      ...calendar.schedules.map((c) => c.icsFile),
      ...calendar.supportHours!.map((c) => c.icsFile),
      ...calendar.maintenanceWindows!.map((c) => c.icsFile),
    ]).toEqual([
      "s-office-hours-desk.ics",
      "s-support-hours-office-hours.ics",
      "s-support-hours-on-call-hours.ics",
      "s-maintenance-database-patches.ics",
      "s-maintenance.ics",
    ]);
    // The rotation engine's choices that apply to the schedule, and all of theirs.
    const engine = rotationEngineChoicesFor([office]);
    expect(calendar.choices).toEqual({ ...engine, ...SUPPORT_HOURS_CHOICES, ...RECURRENCE_CHOICES });
    expect(Object.keys(calendar.choices)).toHaveLength(
      Object.keys(engine).length + Object.keys(SUPPORT_HOURS_CHOICES).length + Object.keys(RECURRENCE_CHOICES).length,
    );
  });

  test("the Markdown shows them after the schedules and policies, before how it is computed", () => {
    const headings = onCallMarkdown(calendar)
      .split("\n")
      .filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      '## Schedule Office, hours; "desk"',
      "## Support hours Office hours",
      "## Support hours On call, hours",
      "## Maintenance window Database patches",
      "## Maintenance window (no message)",
      "## How this is computed",
    ]);
  });

  test("an app without them: the calendar has neither key, and states the rotation engine's choices only", () => {
    const plain = onCallCalendar(
      { schedules: [office], policies: [], supportHours: [], maintenanceWindows: [] },
      { from: "2026-12-19", days: 1 },
    );
    expect(Object.keys(plain)).toEqual(["window", "schedules", "policies", "choices"]);
    expect(plain.choices).toEqual(rotationEngineChoicesFor([office]));
  });
});

describe("onCallMarkdown with hostile names", () => {
  const hostileDeclared = (names: { schedule: string; user: string; other: string; stack: string; policy: string }): DeclaredOnCall => {
    const schedule: DeclaredSchedule = {
      ...office,
      stack: names.stack,
      name: names.schedule,
      layers: [{ ...office.layers![0], users: [names.user, names.other] }],
    };
    return {
      schedules: [schedule],
      policies: [
        {
          stack: names.stack,
          address: "ilert_escalation_policy.P",
          name: names.policy,
          rules: [[{ label: `on call in ${names.schedule}`, schedule }, { label: names.other }]],
        },
      ],
    };
  };

  test("HTML becomes entities and control characters visible escapes; tables keep their columns", () => {
    const markdown = onCallMarkdown(
      onCallCalendar(
        hostileDeclared({
          schedule: "<script>x</script>",
          user: "a\u001b[31m|b",
          other: "R&D\u202e",
          stack: "s\u0000",
          policy: "<b>P</b>",
        }),
        { from: "2026-03-06", days: 1 },
      ),
    );
    expect(markdown).toContain(
      "## Schedule &lt;script&gt;x&lt;/script&gt;\n\nStack s\\\\u0000, `ilert_schedule.Office`, time zone America/New_York.",
    );
    expect(markdown).toContain("| Fri 2026-03-06 | nobody 00:00–09:00, a\\\\u001b\\[31m\\|b 09:00–17:00, nobody 17:00–24:00 |");
    expect(markdown).toContain("## Escalation policy &lt;b&gt;P&lt;/b&gt;\n");
    expect(markdown).toContain("| 2026-03-06 09:00 | 2026-03-06 14:00Z | a\\\\u001b\\[31m\\|b, R&amp;D\\\\u202e |");
  });

  test("any names: no control character but the line feeds, no HTML tag, every table row with its columns", () => {
    fc.assert(
      fc.property(
        fc.record({ schedule: hostileText(), user: hostileText(), other: hostileText(), stack: hostileText(), policy: hostileText() }),
        (names) => {
          const markdown = onCallMarkdown(onCallCalendar(hostileDeclared(names), { from: "2026-03-06", days: 2 }));
          expect(markdown.replace(/\n/g, "")).not.toMatch(CONTROL_CHARACTERS);
          expect(markdown).not.toMatch(/[<>]/);
          for (const row of markdown.split("\n").filter((l) => l.startsWith("|"))) {
            // Unescaped pipes delimit the cells: 3 for a day row, 4 for a policy row, 5 for a hand-over row.
            expect([3, 4, 5]).toContain(row.replace(/\\\\/g, "").split(/(?<!\\)\|/).length - 1);
          }
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});
