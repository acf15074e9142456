import * as fc from "fast-check";
import { DeclaredOnCall, DeclaredSchedule, keepOnCall, onCallDiff, onCallDiffMarkdown } from "../../../tools";
import { fcRuns } from "../../helpers/terraform-literal";

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

/** A schedule in UTC of static shifts, `[user, from hour, until hour]` on 10 March 2026 (hours may pass 24). */
function utcShifts(address: string, ...shifts: [string, number, number][]): DeclaredSchedule {
  const at = (hour: number): string => new Date(Date.UTC(2026, 2, 10, hour)).toISOString().slice(0, 16);
  return {
    stack: "prod",
    address: `ilert_schedule.${address}`,
    name: address,
    timezone: "Etc/UTC",
    shifts: shifts.map(([user, from, until]) => ({ user, start: at(from), end: at(until) })),
  };
}
const day = { from: "2026-03-10", days: 1 };
const hour = (h: number): Date => new Date(Date.UTC(2026, 2, 10, h));
const lead = { stack: "prod", address: "ilert_escalation_policy.Lead", name: "Lead", rules: [[{ label: "lead@example.com" }]] };

describe("onCallDiff: the spans that move", () => {
  test("a span continues across a hand-over that changes neither side: one span, not two", () => {
    const diff = onCallDiff(
      { schedules: [utcShifts("A", ["alice", 0, 8], ["alice", 8, 16])], policies: [] },
      { schedules: [utcShifts("A", ["bob", 0, 16])], policies: [] },
      day,
    );
    expect(diff.schedules[0].moves).toStrictEqual([{ start: hour(0), end: hour(16), before: "alice", after: "bob" }]);
  });

  test("the same change again after a span that does not move: two spans", () => {
    const diff = onCallDiff(
      { schedules: [utcShifts("A", ["alice", 0, 24])], policies: [] },
      { schedules: [utcShifts("A", ["bob", 0, 8], ["alice", 8, 16], ["bob", 16, 24])], policies: [] },
      day,
    );
    expect(diff.schedules[0].moves).toStrictEqual([
      { start: hour(0), end: hour(8), before: "alice", after: "bob" },
      { start: hour(16), end: hour(24), before: "alice", after: "bob" },
    ]);
  });

  test("one side hands over, the other does not: a span per pair of people", () => {
    const [alice, bobThenCarol] = [utcShifts("A", ["alice", 0, 24]), utcShifts("A", ["bob", 0, 12], ["carol", 12, 24])];
    expect(
      onCallDiff({ schedules: [alice], policies: [] }, { schedules: [bobThenCarol], policies: [] }, day).schedules[0].moves,
    ).toStrictEqual([
      { start: hour(0), end: hour(12), before: "alice", after: "bob" },
      { start: hour(12), end: hour(24), before: "alice", after: "carol" },
    ]);
    expect(
      onCallDiff({ schedules: [bobThenCarol], policies: [] }, { schedules: [alice], policies: [] }, day).schedules[0].moves,
    ).toStrictEqual([
      { start: hour(0), end: hour(12), before: "bob", after: "alice" },
      { start: hour(12), end: hour(24), before: "carol", after: "alice" },
    ]);
  });

  test("a gap on either side: the span has no `before` or no `after` at all (not one that is undefined)", () => {
    const diff = onCallDiff(
      { schedules: [utcShifts("A", ["alice", 0, 18])], policies: [] },
      { schedules: [utcShifts("A", ["alice", 0, 6], ["bob", 12, 24])], policies: [] },
      day,
    );
    expect(diff.schedules[0].moves).toStrictEqual([
      { start: hour(6), end: hour(12), before: "alice" },
      { start: hour(12), end: hour(18), before: "alice", after: "bob" },
      { start: hour(18), end: hour(24), after: "bob" },
    ]);
  });

  test("a policy whose first rule notifies several: who is paged first is all of them, comma-separated", () => {
    const policy = (schedule: DeclaredSchedule) => ({
      stack: "prod",
      address: "ilert_escalation_policy.Both",
      name: "Both",
      rules: [[{ label: "lead@example.com" }, { label: "on call", schedule }]],
    });
    const [before, after] = [utcShifts("A", ["alice", 0, 24]), utcShifts("A", ["alice", 0, 12], ["bob", 12, 24])];
    const diff = onCallDiff({ schedules: [before], policies: [policy(before)] }, { schedules: [after], policies: [policy(after)] }, day);
    expect(diff.policies[0].moves).toStrictEqual([
      { start: hour(12), end: hour(24), before: "lead@example.com, alice", after: "lead@example.com, bob" },
    ]);
  });

  test("a schedule that cannot be computed before the change says so", () => {
    const broken = { ...weekly, layers: [{ ...weekly.layers![0], start: "${var.start}" }] };
    const diff = onCallDiff({ schedules: [broken], policies: [] }, { schedules: [weekly], policies: [] }, window);
    expect(diff.schedules).toStrictEqual([
      {
        stack: "prod",
        address: "ilert_schedule.Weekly",
        name: "Payments on call",
        timezone: "Europe/Berlin",
        moves: [],
        error: 'before the change: not a schedule date-time "YYYY-MM-DDTHH:mm": "${var.start}"',
      },
    ]);
  });

  test("a schedule moved to a time zone more than a day away, over one day: no hour both cover, and it says so", () => {
    // 10 March 2026 is 09 March 10:00Z to 10 March 10:00Z at UTC+14, 10 March 11:00Z to 11 March 11:00Z at UTC-11.
    const at = (timezone: string): DeclaredSchedule => ({
      ...weekly,
      timezone,
      layers: [{ ...weekly.layers![0], users: ["alice"], rotation: "P1D" }],
    });
    const diff = onCallDiff(app(at("Pacific/Kiritimati")), app(at("Pacific/Pago_Pago")), day);
    const why = (from: string, to: string) =>
      `its time zone moved from ${from} to ${to}, so the two sides' days share no hour in this window; compare over more days`;
    expect(diff.schedules).toStrictEqual([
      {
        stack: "prod",
        address: "ilert_schedule.Weekly",
        name: "Payments on call",
        timezone: "Pacific/Pago_Pago",
        moves: [],
        error: why("Pacific/Kiritimati", "Pacific/Pago_Pago"),
      },
    ]);
    expect(diff.policies).toStrictEqual([
      {
        stack: "prod",
        address: "ilert_escalation_policy.Payments",
        name: "Payments",
        timezone: "Pacific/Pago_Pago",
        moves: [],
        error: why("Pacific/Kiritimati", "Pacific/Pago_Pago"),
      },
    ]);
    // Exactly a day apart (UTC+14, UTC-10): the days meet at an instant, and still share no hour.
    expect(onCallDiff(app(at("Pacific/Kiritimati")), app(at("Pacific/Honolulu")), day).schedules.map((m) => m.error)).toStrictEqual([
      why("Pacific/Kiritimati", "Pacific/Honolulu"),
    ]);
    // Two days share one.
    const twoDays = onCallDiff(app(at("Pacific/Kiritimati")), app(at("Pacific/Pago_Pago")), { ...day, days: 2 });
    expect([twoDays.schedules, twoDays.policies]).toStrictEqual([[], []]);
  });

  test("a schedule moved to another time zone: only the hours both sides' days cover are compared", () => {
    // 10 March 2026 is 09 March 23:00Z to 10 March 23:00Z in Berlin, 04:00Z to 04:00Z (11 March) in New York (EDT).
    // Alice is on call all of it on both sides; in New York, bob takes over at 21:00 (01:00Z), after Berlin's day ends.
    const berlin: DeclaredSchedule = { ...weekly, layers: [{ ...weekly.layers![0], users: ["alice"], rotation: "P1D" }] };
    const newYork: DeclaredSchedule = {
      ...weekly,
      timezone: "America/New_York",
      layers: [{ ...weekly.layers![0], users: ["alice", "bob"], rotation: "P1D", start: "2026-03-09T21:00" }],
    };
    const diff = onCallDiff(app(berlin), app(newYork), day);
    expect(diff).toStrictEqual({
      compared: { window: day, schedules: 1, policies: 2 },
      schedules: [],
      policies: [],
      added: { schedules: [], policies: [] },
      removed: { schedules: [], policies: [] },
    });
  });
});

describe("onCallDiff: any two days of shifts", () => {
  // One side's day: from a first hour (before the window starts, or in it), turns of 1 to 9 hours
  // of someone or of nobody; the same person's turns one after another stay separate shifts.
  const side = fc.record({
    first: fc.integer({ min: -4, max: 4 }),
    turns: fc.array(fc.record({ user: fc.constantFrom("alice", "bob", "carol", undefined), hours: fc.integer({ min: 1, max: 9 }) }), {
      maxLength: 8,
    }),
  });
  type Side = typeof side extends fc.Arbitrary<infer S> ? S : never;
  const onCallAt = ({ first, turns }: Side, h: number): string | undefined => {
    let at = first;
    for (const turn of turns) {
      if (at <= h && h < at + turn.hours) return turn.user;
      at += turn.hours;
    }
    return undefined;
  };
  const schedule = ({ first, turns }: Side): DeclaredSchedule => {
    const shifts: [string, number, number][] = [];
    let at = first;
    for (const { user, hours } of turns) {
      if (user !== undefined) shifts.push([user, at, at + hours]);
      at += hours;
    }
    return utcShifts("A", ...shifts);
  };
  const paging = (s: DeclaredSchedule) => ({
    ...lead,
    address: "ilert_escalation_policy.A",
    name: "A",
    rules: [[{ label: "on call", schedule: s }]],
  });
  const gap = "nobody (a gap in A: iLert escalates to the next rule at once)";

  test("the moves are exactly the hours in which someone else is on call, as few spans as can be, and the policy paging the schedule moves with it", () => {
    fc.assert(
      fc.property(side, side, (base, change) => {
        const [b, a] = [schedule(base), schedule(change)];
        const diff = onCallDiff({ schedules: [b], policies: [paging(b)] }, { schedules: [a], policies: [paging(a)] }, day);
        const moves = diff.schedules[0]?.moves ?? [];
        for (let h = 0; h < 24; h++) {
          const [before, after] = [onCallAt(base, h), onCallAt(change, h)];
          const covering = moves.filter((m) => m.start <= hour(h) && hour(h) < m.end);
          const who = { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
          expect(covering).toStrictEqual(before === after ? [] : [expect.objectContaining(who)]);
          // A nobody is no key at all, not an undefined one.
          expect(covering.flatMap((m) => Object.keys(m).sort())).toEqual(
            before === after ? [] : ["end", ...Object.keys(who), "start"].sort(),
          );
        }
        moves.forEach((m, i) => {
          expect(hour(0) <= m.start && m.start < m.end && m.end <= hour(24)).toBe(true);
          const next = moves[i + 1];
          if (next !== undefined) {
            expect(m.end <= next.start).toBe(true);
            // A span ends where the change does: the next one is later, or another change.
            expect(m.end < next.start || m.before !== next.before || m.after !== next.after).toBe(true);
          }
        });
        expect(diff.schedules.length).toBe(moves.length > 0 ? 1 : 0);
        expect(diff.policies[0]?.moves ?? []).toStrictEqual(moves.map((m) => ({ ...m, before: m.before ?? gap, after: m.after ?? gap })));
      }),
      { numRuns: fcRuns(200) },
    );
  });
});

describe("onCallDiffMarkdown: the summary and the tables", () => {
  const carol = utcShifts("B", ["carol", 0, 24]);

  test("nothing moved in one day: the line counts each kind, in the singular or plural", () => {
    const oneOfEach = { schedules: [carol], policies: [lead] };
    expect(onCallDiffMarkdown(onCallDiff(oneOfEach, oneOfEach, day))).toBe(
      "Who moves: nobody. The 1 schedule and 1 escalation policy put the same people on call in the 1 day from 2026-03-10 as before the change.\n",
    );
    const twoSchedules = { schedules: [carol, utcShifts("C", ["dave", 0, 24])], policies: [] };
    expect(onCallDiffMarkdown(onCallDiff(twoSchedules, twoSchedules, day))).toBe(
      "Who moves: nobody. The 2 schedules put the same people on call in the 1 day from 2026-03-10 as before the change.\n",
    );
    const oneSchedule = { schedules: [carol], policies: [] };
    expect(onCallDiffMarkdown(onCallDiff(oneSchedule, oneSchedule, day))).toBe(
      "Who moves: nobody. The 1 schedule puts the same people on call in the 1 day from 2026-03-10 as before the change.\n",
    );
  });

  test("nobody moves, but a schedule and a policy change address: listed as added and removed, not as nothing", () => {
    const moved = { ...carol, address: "ilert_schedule.B2" };
    const policy = { ...lead, address: "ilert_escalation_policy.Lead2" };
    expect(onCallDiffMarkdown(onCallDiff({ schedules: [carol], policies: [lead] }, { schedules: [moved], policies: [policy] }, day))).toBe(
      [
        "## Who moves: 1 day from 2026-03-10",
        "",
        "Compared with the base app, from the schedules as declared (overrides made in iLert are not included): no schedule or escalation policy is in both apps; 2 added, 2 removed.",
        "",
        "### Added",
        "",
        "- schedule B: stack prod, `ilert_schedule.B2`",
        "- escalation policy Lead: stack prod, `ilert_escalation_policy.Lead2`",
        "",
        "### Removed",
        "",
        "- schedule B: stack prod, `ilert_schedule.B`",
        "- escalation policy Lead: stack prod, `ilert_escalation_policy.Lead`",
        "",
      ].join("\n"),
    );
  });

  test("the summary counts only the kinds both apps declare", () => {
    const schedulesOnly = onCallDiff(
      { schedules: [utcShifts("A", ["alice", 0, 24])], policies: [] },
      { schedules: [utcShifts("A", ["bob", 0, 24])], policies: [] },
      day,
    );
    expect(onCallDiffMarkdown(schedulesOnly).split("\n")[2]).toBe(
      "Compared with the base app, from the schedules as declared (overrides made in iLert are not included): 1 of 1 schedule change who is on call; 0 added, 0 removed.",
    );
    const paged = { ...lead, rules: [[{ label: "bob@example.com" }]] };
    const policiesOnly = onCallDiff({ schedules: [], policies: [lead] }, { schedules: [], policies: [paged] }, day);
    expect(onCallDiffMarkdown(policiesOnly).split("\n")[2]).toBe(
      "Compared with the base app, from the schedules as declared (overrides made in iLert are not included): 1 of 1 escalation policy change who is paged first; 0 added, 0 removed.",
    );
    // A policy whose rules are gone (an override) pages nobody, not an empty cell.
    const noRules = onCallDiff({ schedules: [], policies: [lead] }, { schedules: [], policies: [{ ...lead, rules: [] }] }, day);
    expect(onCallDiffMarkdown(noRules).split("\n").slice(-3)).toEqual([
      "| --- | --- | --- | --- |",
      "| 2026-03-10 00:00Z | 2026-03-11 00:00Z | lead\\@example.com | nobody |",
      "",
    ]);
  });

  test("a schedule with gaps moves, the others do not, nothing added or removed: one table, gaps as nobody, no added or removed section", () => {
    const before = { schedules: [utcShifts("A", ["alice", 0, 18]), carol], policies: [lead] };
    const after = { schedules: [utcShifts("A", ["alice", 0, 6], ["bob", 12, 24]), carol], policies: [lead] };
    expect(onCallDiffMarkdown(onCallDiff(before, after, day))).toBe(
      [
        "## Who moves: 1 day from 2026-03-10",
        "",
        "Compared with the base app, from the schedules as declared (overrides made in iLert are not included): 1 of 2 schedules and 0 of 1 escalation policy change who is on call or paged first; 0 added, 0 removed.",
        "",
        "### Schedule A",
        "",
        "Stack prod, `ilert_schedule.A`, time zone Etc/UTC.",
        "",
        "| From (UTC) | Until (UTC) | On call before | On call after |",
        "| --- | --- | --- | --- |",
        "| 2026-03-10 06:00Z | 2026-03-10 12:00Z | alice | nobody |",
        "| 2026-03-10 12:00Z | 2026-03-10 18:00Z | alice | bob |",
        "| 2026-03-10 18:00Z | 2026-03-11 00:00Z | nobody | bob |",
        "",
      ].join("\n"),
    );
  });
});
