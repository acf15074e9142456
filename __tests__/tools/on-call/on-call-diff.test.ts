import { DeclaredOnCall, DeclaredSchedule, keepOnCall, onCallDiff, onCallDiffMarkdown } from "../../../tools";

// alice, bob and carol take weekly turns from Monday 5 January 09:00 Berlin; turn 9 (9 to 16 March)
// is alice's. The change adds dave, who would otherwise take over at once.
const weekly: DeclaredSchedule = {
  stack: "prod",
  address: "ilert_schedule.Weekly",
  name: "Payments on call",
  timezone: "Europe/Berlin",
  layers: [{ name: "Weekly", users: ["alice", "bob", "carol"], rotation: "P7D", start: "2026-01-05T09:00" }],
};
const old: DeclaredSchedule = { ...weekly, address: "ilert_schedule.Old", name: "Old rotation" };
// From Tuesday 10 March, in alice's turn, for four weeks (to Monday 6 April 00:00).
const window = { from: "2026-03-10", days: 27 };

/** The app with `schedule` in place of the weekly one, a policy paging it first, and the lead's policy. */
function app(schedule: DeclaredSchedule, ...others: DeclaredSchedule[]): DeclaredOnCall {
  return {
    schedules: [schedule, ...others],
    policies: [
      { stack: "prod", address: "ilert_escalation_policy.Payments", name: "Payments", rules: [[{ label: "on call", schedule }]] },
      { stack: "prod", address: "ilert_escalation_policy.Lead", name: "Lead", rules: [[{ label: "lead@example.com" }]] },
    ],
  };
}

const withUsers = (users: string[], start = weekly.layers![0].start): DeclaredSchedule => ({
  ...weekly,
  layers: [{ ...weekly.layers![0], users, start }],
});

describe("onCallDiff", () => {
  const four = ["alice", "bob", "carol", "dave"];

  test("dave added without keepOnCall: everyone moves from the first day, the policy that pages the schedule too", () => {
    const diff = onCallDiff(app(weekly), app(withUsers(four)), window);
    const spans = (moves: readonly { start: Date; end: Date; before?: string; after?: string }[]): string[] =>
      moves.map((m) => `${m.start.toISOString()} ${m.end.toISOString()} ${m.before} -> ${m.after}`);
    expect(diff.compared).toEqual({ window, schedules: 1, policies: 2 });
    expect(diff.schedules).toHaveLength(1);
    expect(spans(diff.schedules[0].moves)).toEqual([
      "2026-03-09T23:00:00.000Z 2026-03-16T08:00:00.000Z alice -> bob",
      "2026-03-16T08:00:00.000Z 2026-03-23T08:00:00.000Z bob -> carol",
      "2026-03-23T08:00:00.000Z 2026-03-30T07:00:00.000Z carol -> dave",
    ]);
    expect(diff.policies.map((p) => [p.name, p.timezone, spans(p.moves)])).toEqual([
      ["Payments", "Europe/Berlin", spans(diff.schedules[0].moves)],
    ]);
  });

  test("dave added with keepOnCall at 11 March: alice, bob and carol keep their turns, dave takes alice's of 30 March", () => {
    const kept = keepOnCall({ ...weekly.layers![0], users: four }, weekly.layers![0].users, "2026-03-11T12:00", "Europe/Berlin");
    const diff = onCallDiff(app(weekly), app(withUsers(four, kept.start!)), window);
    expect(diff.schedules[0].moves).toEqual([
      { start: new Date("2026-03-30T07:00Z"), end: new Date("2026-04-05T22:00Z"), before: "alice", after: "dave" },
    ]);
    expect(diff.policies[0].moves).toEqual(diff.schedules[0].moves);
  });

  test("a rename, a schedule added and one removed, a gap, a schedule that cannot be computed", () => {
    const renamed = { ...withUsers(["alice", "bob", "carol"], "2026-03-16T09:00"), name: "Payments weekly" };
    const broken = { ...weekly, address: "ilert_schedule.Broken", name: "Broken" };
    const added = { ...weekly, address: "ilert_schedule.New", name: "New rotation" };
    const diff = onCallDiff(
      app(weekly, old, broken),
      app(renamed, added, { ...broken, layers: [{ ...broken.layers![0], start: "${var.start}" }] }),
      window,
    );
    expect(diff.schedules).toEqual([
      {
        stack: "prod",
        address: "ilert_schedule.Weekly",
        name: "Payments weekly",
        previousName: "Payments on call",
        timezone: "Europe/Berlin",
        moves: [
          { start: new Date("2026-03-09T23:00Z"), end: new Date("2026-03-16T08:00Z"), before: "alice" },
          { start: new Date("2026-03-16T08:00Z"), end: new Date("2026-03-23T08:00Z"), before: "bob", after: "alice" },
          { start: new Date("2026-03-23T08:00Z"), end: new Date("2026-03-30T07:00Z"), before: "carol", after: "bob" },
          { start: new Date("2026-03-30T07:00Z"), end: new Date("2026-04-05T22:00Z"), before: "alice", after: "carol" },
        ],
      },
      {
        stack: "prod",
        address: "ilert_schedule.Broken",
        name: "Broken",
        timezone: "Europe/Berlin",
        moves: [],
        error: 'after the change: not a schedule date-time "YYYY-MM-DDTHH:mm": "${var.start}"',
      },
    ]);
    expect(diff.added).toEqual({ schedules: [{ stack: "prod", address: "ilert_schedule.New", name: "New rotation" }], policies: [] });
    expect(diff.removed).toEqual({ schedules: [{ stack: "prod", address: "ilert_schedule.Old", name: "Old rotation" }], policies: [] });
    // The policy pages "nobody (a gap ...)" in the first week: a move of the paged text.
    expect(diff.policies[0].moves[0]).toEqual({
      start: new Date("2026-03-09T23:00Z"),
      end: new Date("2026-03-16T08:00Z"),
      before: "alice",
      after: "nobody (a gap in Payments weekly: iLert escalates to the next rule at once)",
    });
  });

  test("schedules and policies are matched by stack and address: the same address in another stack is another schedule", () => {
    const diff = onCallDiff(app(weekly), app({ ...weekly, stack: "staging" }), window);
    expect(diff.added.schedules).toEqual([{ stack: "staging", address: "ilert_schedule.Weekly", name: "Payments on call" }]);
    expect(diff.removed.schedules).toEqual([{ stack: "prod", address: "ilert_schedule.Weekly", name: "Payments on call" }]);
    expect(diff.compared).toEqual({ window, schedules: 0, policies: 2 });
  });
});

describe("onCallDiffMarkdown", () => {
  test("nothing moved: one line", () => {
    expect(onCallDiffMarkdown(onCallDiff(app(weekly), app(withUsers(["bob", "carol", "alice"], "2025-12-22T09:00")), window))).toBe(
      "Who moves: nobody. The 1 schedule and 2 escalation policies put the same people on call in the 27 days from 2026-03-10 as before the change.\n",
    );
  });

  test("nothing moved, and fewer to compare: the line names what there is", () => {
    const policies = app(weekly).policies.slice(1);
    expect(onCallDiffMarkdown(onCallDiff({ schedules: [], policies }, { schedules: [], policies }, window))).toBe(
      "Who moves: nobody. The 1 escalation policy puts the same people on call in the 27 days from 2026-03-10 as before the change.\n",
    );
    const none = { schedules: [], policies: [] };
    expect(onCallDiffMarkdown(onCallDiff(none, none, window))).toBe(
      "Who moves: nobody: neither app declares an on-call schedule or an escalation policy.\n",
    );
  });

  test("a table per schedule and policy that moves, in its time zone and UTC; added and removed listed; names escaped", () => {
    const renamed = { ...withUsers(["alice", "bob | <b>", "carol", "dave"], "2025-12-15T09:00"), name: "Payments & co" };
    const added = { ...weekly, address: "ilert_schedule.New", name: "New rotation" };
    expect(onCallDiffMarkdown(onCallDiff(app(weekly, old), app(renamed, added), window))).toBe(
      [
        "## Who moves: 27 days from 2026-03-10",
        "",
        "Compared with the base app, from the schedules as declared (overrides made in iLert are not included): 1 of 1 schedule and 1 of 2 escalation policies change who is on call or paged first; 1 added, 1 removed.",
        "",
        "### Schedule Payments &amp; co (renamed from Payments on call)",
        "",
        "Stack prod, `ilert_schedule.Weekly`, time zone Europe/Berlin.",
        "",
        "| From (Europe/Berlin) | From (UTC) | Until (Europe/Berlin) | Until (UTC) | On call before | On call after |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 2026-03-16 09:00 | 2026-03-16 08:00Z | 2026-03-23 09:00 | 2026-03-23 08:00Z | bob | bob \\| &lt;b&gt; |",
        "| 2026-03-30 09:00 | 2026-03-30 07:00Z | 2026-04-06 00:00 | 2026-04-05 22:00Z | alice | dave |",
        "",
        "### Escalation policy Payments",
        "",
        "Stack prod, `ilert_escalation_policy.Payments`, time zone Europe/Berlin.",
        "",
        "| From (Europe/Berlin) | From (UTC) | Until (Europe/Berlin) | Until (UTC) | Paged first before | Paged first after |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 2026-03-16 09:00 | 2026-03-16 08:00Z | 2026-03-23 09:00 | 2026-03-23 08:00Z | bob | bob \\| &lt;b&gt; |",
        "| 2026-03-30 09:00 | 2026-03-30 07:00Z | 2026-04-06 00:00 | 2026-04-05 22:00Z | alice | dave |",
        "",
        "### Added",
        "",
        "- schedule New rotation: stack prod, `ilert_schedule.New`",
        "",
        "### Removed",
        "",
        "- schedule Old rotation: stack prod, `ilert_schedule.Old`",
        "",
      ].join("\n"),
    );
  });

  test("a schedule in UTC gets one time column per end, as the calendar does", () => {
    const utc = (users: string[]): DeclaredSchedule => ({ ...weekly, timezone: "Etc/UTC", layers: [{ ...weekly.layers![0], users }] });
    const markdown = onCallDiffMarkdown(onCallDiff(app(utc(["alice", "bob", "carol"])), app(utc(["alice", "carol", "bob"])), window));
    expect(markdown).toContain(
      [
        "| From (UTC) | Until (UTC) | On call before | On call after |",
        "| --- | --- | --- | --- |",
        "| 2026-03-16 09:00Z | 2026-03-23 09:00Z | bob | carol |",
      ].join("\n"),
    );
  });

  test("a schedule that cannot be compared says why", () => {
    const broken = withUsers(["alice"], "${var.start}");
    expect(onCallDiffMarkdown(onCallDiff(app(weekly), app(broken), window))).toContain(
      '### Schedule Payments on call\n\nStack prod, `ilert_schedule.Weekly`, time zone Europe/Berlin.\n\nCannot be compared: after the change: not a schedule date-time "YYYY-MM-DDTHH:mm": "${var.start}"\n',
    );
  });
});
