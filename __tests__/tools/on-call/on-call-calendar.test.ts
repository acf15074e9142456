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
import * as rotationEngine from "../../../tools/on-call/rotation-engine";
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

  test("a day without shifts is nobody's, also a day whose midnight the clocks skip", () => {
    // Santiago moves its clocks from 24:00 on Saturday 5 September 2026 to 01:00: the Sunday starts at 01:00.
    const santiago = { ...office, timezone: "America/Santiago" };
    expect(onCallMarkdown(onCallCalendar({ schedules: [santiago], policies: [] }, { from: "2026-09-05", days: 2 }))).toContain(
      "| Sun 2026-09-06 | nobody |",
    );
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
    const noRules = { ...users, policies: [{ ...users.policies[0], rules: [] }] };
    expect(onCallMarkdown(onCallCalendar(noRules, { from: "2026-03-23", days: 7 }))).toContain(
      ["| From (UTC) | Paged first |", "| --- | --- |", "| 2026-03-23 00:00Z | nobody |"].join("\n"),
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
    const engine = rotationEngine.rotationEngineChoicesFor([office]);
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
    expect(plain.choices).toEqual(rotationEngine.rotationEngineChoicesFor([office]));
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

/** A schedule of one rotation layer, `users` taking turns of `rotation` from `start` (local). */
const rotating = (name: string, timezone: string, users: string[], rotation: string, start: string): DeclaredSchedule => ({
  stack: "s",
  address: `ilert_schedule.${name}`,
  name,
  timezone,
  layers: [{ name: "L", users, rotation, start }],
});
const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe("onCallCalendar: the window's length", () => {
  const nothing: DeclaredOnCall = { schedules: [], policies: [] };
  const lastDay = Date.UTC(9999, 11, 30);

  test("from any day of the range, every length up to ten years or the range's end is taken, and one day more is refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (lastDay - Date.UTC(1970, 0, 1)) / DAY }), (index) => {
        const first = Date.UTC(1970, 0, 1) + index * DAY;
        const most = Math.min(3660, (lastDay - first) / DAY + 1);
        const from = isoDay(first);
        expect(onCallCalendar(nothing, { from, days: most }).window).toEqual({ from, days: most });
        const why = most < 3660 ? " (the on-call calendar ends on 9999-12-30)" : "";
        expect(() => onCallCalendar(nothing, { from, days: most + 1 })).toThrow(
          new Error(`days: expected a whole number from 1 to ${most}${why}, got ${most + 1}`),
        );
      }),
      { numRuns: fcRuns(100) },
    );
    expect(onCallCalendar(nothing, { from: "2026-03-06", days: 3660 }).window).toEqual({ from: "2026-03-06", days: 3660 });
    expect(onCallCalendar(nothing, { from: "9999-12-30", days: 1 }).window).toEqual({ from: "9999-12-30", days: 1 });
  });
});

describe("onCallCalendar: who a policy pages first", () => {
  // A: Ann and Bob by the UTC day, handing over at 12:00. B: Kai in Tokyo on Wednesdays 00:00-12:00 only
  // (Tuesday 15:00Z to Wednesday 03:00Z), so a UTC Wednesday sees B's only shift start the day before.
  const a = rotating("A", "UTC", ["Ann", "Bob"], "P1D", "2026-03-01T12:00");
  const weekly = rotating("B", "Asia/Tokyo", ["Kai"], "P1W", "2026-03-02T00:00");
  const b: DeclaredSchedule = {
    ...weekly,
    layers: [
      { ...weekly.layers![0], restrictions: [{ from: { day: "WEDNESDAY", time: "00:00" }, to: { day: "WEDNESDAY", time: "12:00" } }] },
    ],
  };
  // Kai alone, by the UTC day from 09:00: a turn that hands over to the same person.
  const solo = rotating("Solo", "UTC", ["Kai"], "P1D", "2026-03-01T09:00");
  const policy = (name: string, first?: { label: string; schedule?: DeclaredSchedule }[]) => ({
    stack: "s",
    address: `ilert_escalation_policy.${name}`,
    name,
    rules: first === undefined ? [] : [first, [{ label: "second rule" }]],
  });
  const calendar = onCallCalendar(
    {
      schedules: [a, b, solo],
      policies: [
        policy("Both", [
          { label: "on call in A", schedule: a },
          { label: "on call in B", schedule: b },
        ]),
        policy("Tokyo", [{ label: "on call in B", schedule: b }]),
        policy("Lead", [{ label: "lead@example.com" }]),
        policy("Solo", [{ label: "on call in Solo", schedule: solo }, { label: "lead@example.com" }]),
        policy("Empty"),
      ],
    },
    { from: "2026-03-04", days: 1 },
  );
  const rows = (i: number): string[][] => calendar.policies[i].pagedFirst.map((p) => [p.at.toISOString(), ...p.paged]);
  const gapInB = "nobody (a gap in B: iLert escalates to the next rule at once)";

  test("rows from the window start, in time order, at each change within the window and at no instant outside it", () => {
    expect(calendar.policies[0]).toMatchObject({
      timezone: "UTC",
      from: new Date("2026-03-04T00:00Z"),
      until: new Date("2026-03-05T00:00Z"),
    });
    // Not at B's shift start the day before, nor at the window's end, where A's last shift is cut.
    expect(rows(0)).toStrictEqual([
      ["2026-03-04T00:00:00.000Z", "Ann", "Kai"],
      ["2026-03-04T03:00:00.000Z", "Ann", gapInB],
      ["2026-03-04T12:00:00.000Z", "Bob", gapInB],
    ]);
  });

  test("the time zone is that of the first rule's first schedule, else UTC, whatever other schedules the app declares", () => {
    expect(calendar.policies.map((p) => [p.policy.name, p.timezone, p.from.toISOString(), p.until.toISOString()])).toEqual([
      ["Both", "UTC", "2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z"],
      ["Tokyo", "Asia/Tokyo", "2026-03-03T15:00:00.000Z", "2026-03-04T15:00:00.000Z"],
      ["Lead", "UTC", "2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z"],
      ["Solo", "UTC", "2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z"],
      ["Empty", "UTC", "2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z"],
    ]);
    expect(rows(1)).toStrictEqual([
      ["2026-03-03T15:00:00.000Z", "Kai"],
      ["2026-03-04T03:00:00.000Z", gapInB],
    ]);
    expect(rows(2)).toStrictEqual([["2026-03-04T00:00:00.000Z", "lead@example.com"]]);
  });

  test("a hand-over to the same person is no new row; a policy without rules pages nobody", () => {
    expect(rows(3)).toStrictEqual([["2026-03-04T00:00:00.000Z", "Kai", "lead@example.com"]]);
    expect(calendar.policies[4].pagedFirst).toStrictEqual([{ at: new Date("2026-03-04T00:00Z"), paged: [] }]);
  });
});

describe("onCallMarkdown: days, hand-overs and headings", () => {
  test("a single day: the whole document, with a day nobody is on call and no hand-over", () => {
    expect(onCallMarkdown(onCallCalendar({ schedules: [office], policies: [] }, { from: "2026-03-07", days: 1 }))).toBe(
      [
        "# Who is on call: 1 day from 2026-03-07",
        "",
        "Computed from the schedules as declared in this app. Overrides, vacations and other changes made in iLert are not included.",
        "",
        '## Schedule Office, hours; "desk"',
        "",
        "Stack s, `ilert_schedule.Office`, time zone America/New_York.",
        "",
        "| Day | On call (America/New_York) |",
        "| --- | --- |",
        "| Sat 2026-03-07 | nobody |",
        "",
        "Hand-overs:",
        "",
        "none in this window.",
        "",
        "## How this is computed",
        "",
        "Where iLert does not document its semantics, this calendar chose:",
        "",
        ...Object.entries(rotationEngine.rotationEngineChoicesFor([office])).map(([topic, choice]) => `- ${topic}: ${choice}`),
        "",
      ].join("\n"),
    );
  });

  test("a whole day of one person is their name alone; hand-overs at midnight inside the window, not at its ends", () => {
    const days = rotating("Days", "Asia/Tokyo", ["Ann", "Bob"], "P1D", "2026-03-01T00:00");
    const markdown = onCallMarkdown(onCallCalendar({ schedules: [days], policies: [] }, { from: "2026-03-02", days: 7 }));
    expect(markdown).toContain(
      [
        "| Day | On call (Asia/Tokyo) |",
        "| --- | --- |",
        "| Mon 2026-03-02 | Bob |",
        "| Tue 2026-03-03 | Ann |",
        "| Wed 2026-03-04 | Bob |",
        "| Thu 2026-03-05 | Ann |",
        "| Fri 2026-03-06 | Bob |",
        "| Sat 2026-03-07 | Ann |",
        "| Sun 2026-03-08 | Bob |",
        "",
        "Hand-overs:",
        "",
        "| When (Asia/Tokyo) | When (UTC) | From | To |",
        "| --- | --- | --- | --- |",
        "| 2026-03-03 00:00 | 2026-03-02 15:00Z | Bob | Ann |",
        "| 2026-03-04 00:00 | 2026-03-03 15:00Z | Ann | Bob |",
        "| 2026-03-05 00:00 | 2026-03-04 15:00Z | Bob | Ann |",
        "| 2026-03-06 00:00 | 2026-03-05 15:00Z | Ann | Bob |",
        "| 2026-03-07 00:00 | 2026-03-06 15:00Z | Bob | Ann |",
        "| 2026-03-08 00:00 | 2026-03-07 15:00Z | Ann | Bob |",
        "",
      ].join("\n"),
    );
  });

  test("a name of twelve characters or more is shown whole", () => {
    const days = rotating("Days", "UTC", ["ann.long-name@example.com"], "P1W", "2026-03-02T00:00");
    expect(onCallMarkdown(onCallCalendar({ schedules: [days], policies: [] }, { from: "2026-03-03", days: 1 })).split("\n")).toContain(
      "| Tue 2026-03-03 | ann.long-name\\@example.com |",
    );
  });

  test("a day whose midnight a clock change skips starts at 01:00: its times are shown", () => {
    // Havana moves its clocks from 00:00 to 01:00 on Sunday 8 March 2026.
    const havana = rotating("Havana", "America/Havana", ["Ann", "Bob"], "P1D", "2026-03-01T00:00");
    expect(onCallMarkdown(onCallCalendar({ schedules: [havana], policies: [] }, { from: "2026-03-07", days: 2 }))).toContain(
      [
        "| Sat 2026-03-07 | Ann |",
        "| Sun 2026-03-08 | Bob 01:00–24:00 |",
        "",
        "Hand-overs:",
        "",
        "| When (America/Havana) | When (UTC) | From | To |",
        "| --- | --- | --- | --- |",
        "| 2026-03-08 01:00 | 2026-03-08 05:00Z | Ann | Bob |",
        "",
      ].join("\n"),
    );
  });

  test("a turn handed over to the same person is no hand-over", () => {
    const solo = rotating("Solo", "UTC", ["Kai"], "P1D", "2026-03-01T09:00");
    expect(onCallMarkdown(onCallCalendar({ schedules: [solo], policies: [] }, { from: "2026-03-02", days: 3 }))).toContain(
      "Hand-overs:\n\nnone in this window.\n",
    );
  });

  test("in a zone without clock changes, any day of the range: who is on call, in local times", () => {
    const zones = ["UTC", "Asia/Tokyo", "Asia/Kolkata", "Etc/GMT+12", "Etc/GMT-14"];
    const weekday = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short" });
    const lastIndex = (Date.UTC(9999, 11, 30) - Date.UTC(1970, 0, 1)) / DAY;
    const check = (index: number, timezone: string, hour: number, minute: number): void => {
      const day = Date.UTC(1970, 0, 1) + index * DAY;
      const clock = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
      // Ann's turn starts the day before at `clock`, Bob's on the day.
      const schedule = rotating("Days", timezone, ["Ann", "Bob"], "P1D", `${isoDay(day - DAY)}T${clock}`);
      const who = clock === "00:00" ? "Bob" : `Ann 00:00–${clock}, Bob ${clock}–24:00`;
      expect(onCallMarkdown(onCallCalendar({ schedules: [schedule], policies: [] }, { from: isoDay(day), days: 1 })).split("\n")).toContain(
        `| ${weekday.format(day)} ${isoDay(day)} | ${who} |`,
      );
    };
    check(lastIndex, "Etc/GMT+12", 23, 59);
    check(1, "Etc/GMT-14", 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: lastIndex }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        check,
      ),
      { numRuns: fcRuns(100) },
    );
  });

  test("sub-hourly turns across a spring-forward: hand-overs in time order, each a change of who is on call", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 59 }), fc.integer({ min: 0, max: 59 }), (minutes, startMinute) => {
        const clock = `01:${String(startMinute).padStart(2, "0")}`;
        const schedule = rotating("Fast", "America/New_York", ["A", "B", "C"], `PT${minutes}M`, `2026-03-08T${clock}`);
        const markdown = onCallMarkdown(onCallCalendar({ schedules: [schedule], policies: [] }, { from: "2026-03-08", days: 1 }));
        const rows = markdown
          .slice(markdown.indexOf("| When (America/New_York)"))
          .split("\n")
          .filter((l) => /^\| 2026/.test(l))
          .map((l) => l.split(" | "));
        const times = rows.map((r) => r[1]);
        expect(times).toEqual([...new Set(times)].sort());
        expect(rows.filter((r) => r[2] === r[3])).toEqual([]);
      }),
      { numRuns: fcRuns(50) },
    );
  });
});

describe("onCallCalendar: a policy's first rule with schedules in other time zones", () => {
  test("each schedule's shifts are taken over the policy's days, not its own: no gap where its own days end", () => {
    // The policy's day is A's, a UTC day. B's days are Tokyo's, ending at 15:00Z: Lee's turn runs from
    // 03:00Z to 03:00Z the next day, past B's own day. W's are Los Angeles's, starting at 08:00Z: Wes's
    // turn began the day before at 20:00Z.
    const a = rotating("A", "UTC", ["Ann", "Bob"], "P1D", "2026-03-01T12:00");
    const b = rotating("B", "Asia/Tokyo", ["Kai", "Lee"], "P1D", "2026-03-01T12:00");
    const west = rotating("W", "America/Los_Angeles", ["Wes", "Val"], "P1D", "2026-03-01T12:00");
    const policy = {
      stack: "s",
      address: "ilert_escalation_policy.P",
      name: "P",
      rules: [
        [
          { label: "on call in A", schedule: a },
          { label: "on call in B", schedule: b },
          { label: "on call in W", schedule: west },
        ],
      ],
    };
    const calendar = onCallCalendar({ schedules: [a, b, west], policies: [policy] }, { from: "2026-03-04", days: 1 });
    expect(calendar.policies[0].pagedFirst.map((p) => [p.at.toISOString(), ...p.paged])).toStrictEqual([
      ["2026-03-04T00:00:00.000Z", "Ann", "Kai", "Wes"],
      ["2026-03-04T03:00:00.000Z", "Ann", "Lee", "Wes"],
      ["2026-03-04T12:00:00.000Z", "Bob", "Lee", "Wes"],
      ["2026-03-04T20:00:00.000Z", "Bob", "Lee", "Val"],
    ]);
    // The schedules' own calendars keep their own days.
    expect(calendar.schedules.map((c) => [c.from.toISOString(), c.until.toISOString()])).toEqual([
      ["2026-03-04T00:00:00.000Z", "2026-03-05T00:00:00.000Z"],
      ["2026-03-03T15:00:00.000Z", "2026-03-04T15:00:00.000Z"],
      ["2026-03-04T08:00:00.000Z", "2026-03-05T08:00:00.000Z"],
    ]);
  });
});

describe("onCallCalendar: a policy's days against its schedules' own, across a clock change in one zone only", () => {
  // London moves its clocks forward at 01:00Z on Sunday 29 March 2026; UTC and Lagos (+01:00) do not. Over
  // the 28th and 29th, London's days start with UTC's and end an hour before them (23:00Z), and end with
  // Lagos's but start an hour after them (00:00Z, Lagos's at 23:00Z). Each hands over at 12:00 local.
  const utc = rotating("U", "UTC", ["Ann", "Bob"], "P1D", "2026-03-01T12:00");
  const london = rotating("L", "Europe/London", ["Lou", "Max"], "P1D", "2026-03-01T12:00");
  const lagos = rotating("K", "Africa/Lagos", ["Kai", "Lee"], "P1D", "2026-03-01T12:00");
  const policy = (name: string, first: DeclaredSchedule) => ({
    stack: "s",
    address: `ilert_escalation_policy.${name}`,
    name,
    rules: [[first, london].map((schedule) => ({ label: `on call in ${schedule.name}`, schedule }))],
  });
  const declared = { schedules: [utc, london, lagos], policies: [policy("UTC", utc), policy("Lagos", lagos)] };
  const window = { from: "2026-03-28", days: 2 };

  test("a schedule whose days start or end with the policy's, not both, is taken over the policy's days: no gap where its own end", () => {
    const calendar = onCallCalendar(declared, window);
    expect(calendar.schedules.map((c) => [c.schedule.name, c.from.toISOString(), c.until.toISOString()])).toEqual([
      ["U", "2026-03-28T00:00:00.000Z", "2026-03-30T00:00:00.000Z"],
      ["L", "2026-03-28T00:00:00.000Z", "2026-03-29T23:00:00.000Z"],
      ["K", "2026-03-27T23:00:00.000Z", "2026-03-29T23:00:00.000Z"],
    ]);
    const rows = calendar.policies.map((p) => p.pagedFirst.map((row) => [row.at.toISOString().slice(0, 16), ...row.paged]));
    expect(rows).toStrictEqual([
      [
        ["2026-03-28T00:00", "Ann", "Lou"],
        ["2026-03-28T12:00", "Bob", "Max"],
        ["2026-03-29T11:00", "Bob", "Lou"],
        ["2026-03-29T12:00", "Ann", "Lou"],
      ],
      [
        ["2026-03-27T23:00", "Kai", "Lou"],
        ["2026-03-28T11:00", "Lee", "Lou"],
        ["2026-03-28T12:00", "Lee", "Max"],
        ["2026-03-29T11:00", "Kai", "Lou"],
      ],
    ]);
  });

  test("a schedule whose days are the policy's is computed once, for its own calendar; one whose days differ again", () => {
    const computed = jest.spyOn(rotationEngine, "onCallShifts");
    try {
      onCallCalendar(declared, window);
      // Each schedule for itself, then London again for each policy; UTC and Lagos serve their own policies as they are.
      const call = (schedule: DeclaredSchedule, from: string, until: string) => [schedule, new Date(from), new Date(until)];
      expect(computed.mock.calls).toEqual([
        call(utc, "2026-03-28T00:00Z", "2026-03-30T00:00Z"),
        call(london, "2026-03-28T00:00Z", "2026-03-29T23:00Z"),
        call(lagos, "2026-03-27T23:00Z", "2026-03-29T23:00Z"),
        call(london, "2026-03-28T00:00Z", "2026-03-30T00:00Z"),
        call(london, "2026-03-27T23:00Z", "2026-03-29T23:00Z"),
      ]);
    } finally {
      jest.restoreAllMocks();
    }
  });
});

describe("onCallMarkdown: one person's turns that meet", () => {
  const cells = (schedule: DeclaredSchedule, from: string, days: number): string[] =>
    onCallMarkdown(onCallCalendar({ schedules: [schedule], policies: [] }, { from, days }))
      .split("\n")
      .filter((line) => /^\| \w{3} \d{4}-/.test(line));

  test("are one part of the day, as they are no hand-over", () => {
    // Kai alone, turns of a day from 09:00: each day is Kai's, whole.
    expect(cells(rotating("Solo", "UTC", ["Kai"], "P1D", "2026-03-01T09:00"), "2026-03-02", 2)).toEqual([
      "| Mon 2026-03-02 | Kai |",
      "| Tue 2026-03-03 | Kai |",
    ]);
    // Turns of 8 hours from 01:00, Ann twice then Bob: Ann's two meet at 09:00; nobody before 01:00.
    expect(cells(rotating("Shifts", "UTC", ["Ann", "Ann", "Bob"], "PT8H", "2026-03-02T01:00"), "2026-03-02", 1)).toEqual([
      "| Mon 2026-03-02 | nobody 00:00–01:00, Ann 01:00–17:00, Bob 17:00–24:00 |",
    ]);
  });

  test("but not across a gap", () => {
    // Kai on Mondays 09:00-12:00 and 13:00-17:00 only: two parts, parted by nobody.
    const office = rotating("Office", "UTC", ["Kai"], "P1D", "2026-03-01T00:00");
    const monday = (from: string, to: string) => ({ from: { day: "MONDAY", time: from }, to: { day: "MONDAY", time: to } });
    const restricted: DeclaredSchedule = {
      ...office,
      layers: [{ ...office.layers![0], restrictions: [monday("09:00", "12:00"), monday("13:00", "17:00")] }],
    };
    expect(cells(restricted, "2026-03-02", 1)).toEqual([
      "| Mon 2026-03-02 | nobody 00:00–09:00, Kai 09:00–12:00, nobody 12:00–13:00, Kai 13:00–17:00, nobody 17:00–24:00 |",
    ]);
  });
});
