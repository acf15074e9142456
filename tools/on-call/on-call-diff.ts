// Who moves: two apps' on-call calendars over one window, compared schedule by schedule and policy
// by policy (matched by stack and Terraform address, which stay the same across a rename), as the
// spans in which a different person is on call or paged first. For review before apply, e.g. as a
// pull request's comment.
import { DeclaredOnCall } from "./declared-on-call";
import { onCallCalendar, OnCallWindow, PolicyCalendar, ScheduleCalendar } from "./on-call-calendar";
import { ShiftSweep } from "./shift-sweep";
import { cell, code, timeColumns } from "./markdown-text";

/** A span in which someone else is on call (or paged first) after the change than before. */
export interface OnCallMove {
  /** When the span starts (UTC). */
  readonly start: Date;
  /** When it ends (UTC). */
  readonly end: Date;
  /**
   * Who is on call before the change (the base), or who is paged first.
   * @default - nobody: a gap
   */
  readonly before?: string;
  /**
   * Who is on call after the change, or who is paged first.
   * @default - nobody: a gap
   */
  readonly after?: string;
}

/** A schedule or policy that both apps declare, and how who is on call in it moves. */
export interface MovedOnCall {
  /** The stack that declares it. */
  readonly stack: string;
  /** Its Terraform address, the same in both apps. */
  readonly address: string;
  /** Its iLert name after the change. */
  readonly name: string;
  /**
   * Its iLert name before the change, when it was renamed.
   * @default - not renamed
   */
  readonly previousName?: string;
  /** The time zone its rows are also shown in: the schedule's, or the policy's first schedule's (after the change). */
  readonly timezone: string;
  /** The spans in which someone else is on call, or paged first, in time order. */
  readonly moves: readonly OnCallMove[];
  /**
   * Why it cannot be compared: the calendar of one side cannot be computed (e.g. a start that is a
   * Terraform reference), or its time zone moved so far that the two sides' days share no hour.
   * @default - none: compared
   */
  readonly error?: string;
}

/** A schedule or policy that only one of the apps declares. */
export interface DeclaredOnCallObject {
  /** The stack that declares it. */
  readonly stack: string;
  /** Its Terraform address. */
  readonly address: string;
  /** Its iLert name. */
  readonly name: string;
}

/** Schedules and policies that one app declares and the other does not. */
export interface OnCallObjects {
  /** `ilert_schedule` resources. */
  readonly schedules: readonly DeclaredOnCallObject[];
  /** `ilert_escalation_policy` resources. */
  readonly policies: readonly DeclaredOnCallObject[];
}

/** What a diff compared. */
export interface OnCallComparison {
  /** The window, the same for both apps. */
  readonly window: OnCallWindow;
  /** How many schedules both apps declare (matched by stack and address). */
  readonly schedules: number;
  /** How many escalation policies both apps declare. */
  readonly policies: number;
}

/** Who moves between a base app and a changed one over a window. */
export interface OnCallDiff {
  /** What was compared: the window, and how many schedules and policies both apps declare. */
  readonly compared: OnCallComparison;
  /** The schedules both declare in which someone else is on call somewhere in the window, or that cannot be compared. */
  readonly schedules: readonly MovedOnCall[];
  /** The policies both declare whose first rule pages someone else somewhere in the window, or that cannot be compared. */
  readonly policies: readonly MovedOnCall[];
  /** What only the change declares. */
  readonly added: OnCallObjects;
  /** What only the base declares. */
  readonly removed: OnCallObjects;
}

/**
 * Compares the on-call calendars of `base` and `change` over `window` (see {@link onCallCalendar}):
 * schedules and escalation policies are matched by stack and Terraform address. Time is linear in
 * the shifts of both.
 */
export function onCallDiff(base: DeclaredOnCall, change: DeclaredOnCall, window: OnCallWindow): OnCallDiff {
  const [before, after] = [onCallCalendar(base, window), onCallCalendar(change, window)];
  const schedules = matched(
    before.schedules,
    after.schedules,
    (c) => c.schedule,
    (b, a) => scheduleMoves(b, a),
  );
  const policies = matched(
    before.policies,
    after.policies,
    (c) => c.policy,
    (b, a) => policyMoves(b, a),
  );
  return {
    compared: { window: after.window, schedules: schedules.both, policies: policies.both },
    schedules: schedules.moved,
    policies: policies.moved,
    added: { schedules: schedules.added, policies: policies.added },
    removed: { schedules: schedules.removed, policies: policies.removed },
  };
}

/** The items of two lists matched by stack and address: compared where both have one, else added or removed. */
function matched<C>(
  before: readonly C[],
  after: readonly C[],
  object: (c: C) => DeclaredOnCallObject,
  compare: (b: C, a: C) => MovedOnCall,
): { both: number; moved: MovedOnCall[]; added: DeclaredOnCallObject[]; removed: DeclaredOnCallObject[] } {
  const key = (c: C): string => `${object(c).stack}\n${object(c).address}`;
  const base = new Map(before.map((c) => [key(c), c]));
  const changed = new Set(after.map(key));
  const moved: MovedOnCall[] = [];
  const added: DeclaredOnCallObject[] = [];
  let both = 0;
  for (const a of after) {
    const b = base.get(key(a));
    if (b === undefined) {
      added.push(named(object(a)));
      continue;
    }
    both++;
    const result = compare(b, a);
    if (result.moves.length > 0 || result.error !== undefined) moved.push(result);
  }
  const removed = before.filter((b) => !changed.has(key(b))).map((b) => named(object(b)));
  return { both, moved, added, removed };
}

function named({ stack, address, name }: DeclaredOnCallObject): DeclaredOnCallObject {
  return { stack, address, name };
}

function header(before: DeclaredOnCallObject, after: DeclaredOnCallObject, timezone: string): Omit<MovedOnCall, "moves"> {
  return {
    ...named(after),
    ...(before.name === after.name ? {} : { previousName: before.name }),
    timezone,
  };
}

function scheduleMoves(before: ScheduleCalendar, after: ScheduleCalendar): MovedOnCall {
  const head = header(before.schedule, after.schedule, after.schedule.timezone);
  const error = after.error ?? before.error;
  if (error !== undefined) return { ...head, moves: [], error: `${after.error !== undefined ? "after" : "before"} the change: ${error}` };
  const span = commonSpan(before, after, before.schedule.timezone, after.schedule.timezone);
  if (typeof span === "string") return { ...head, moves: [], error: span };
  const [b, a] = [new ShiftSweep(before.shifts), new ShiftSweep(after.shifts)];
  const changes = [before.shifts, after.shifts].flatMap((shifts) => shifts.flatMap((s) => [s.start.getTime(), s.end.getTime()]));
  return {
    ...head,
    moves: moves(
      span.from,
      span.until,
      changes,
      (t) => b.at(t),
      (t) => a.at(t),
    ),
  };
}

function policyMoves(before: PolicyCalendar, after: PolicyCalendar): MovedOnCall {
  const head = header(before.policy, after.policy, after.timezone);
  const paged = (rows: PolicyCalendar["pagedFirst"]): ((t: number) => string | undefined) => {
    let i = -1;
    // Asked in time order: the last row at or before t.
    return (t) => {
      while (i + 1 < rows.length && rows[i + 1].at.getTime() <= t) i++;
      // Stryker disable next-line ConditionalExpression: never asked before a side's first row, which is at its own from, at or before the common span's
      if (i < 0) return undefined;
      // A policy without rules pages nobody.
      return rows[i].paged.length === 0 ? undefined : rows[i].paged.join(", ");
    };
  };
  const span = commonSpan(before, after, before.timezone, after.timezone);
  if (typeof span === "string") return { ...head, moves: [], error: span };
  const changes = [before, after].flatMap((p) => p.pagedFirst.map((r) => r.at.getTime()));
  return { ...head, moves: moves(span.from, span.until, changes, paged(before.pagedFirst), paged(after.pagedFirst)) };
}

/**
 * The span both sides' days cover: where the time zone changed, each side's days begin at another
 * instant. Zones more than the window apart (UTC+14 and UTC-11 over one day) share no hour: then why.
 */
function commonSpan(before: Span, after: Span, beforeZone: string, afterZone: string): { from: number; until: number } | string {
  const [from, until] = [Math.max(before.from.getTime(), after.from.getTime()), Math.min(before.until.getTime(), after.until.getTime())];
  if (from < until) return { from, until };
  return `its time zone moved from ${beforeZone} to ${afterZone}, so the two sides' days share no hour in this window; compare over more days`;
}

type Span = { readonly from: Date; readonly until: Date };

/**
 * The spans of [from, until) in which `before` and `after` (each asked in time order) differ,
 * joined where the same change continues; `changes` are the instants at which either may change.
 */
function moves(
  from: number,
  until: number,
  changes: readonly number[],
  before: (t: number) => string | undefined,
  after: (t: number) => string | undefined,
): OnCallMove[] {
  // Stryker disable next-line EqualityOperator: from and until are in the set already, so letting them through the filter adds nothing
  const times = [...new Set([from, ...changes.filter((t) => from < t && t < until), until])].sort((x, y) => x - y);
  const found: OnCallMove[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const [b, a] = [before(times[i]), after(times[i])];
    if (b === a) continue;
    const last = found[found.length - 1];
    if (last !== undefined && last.end.getTime() === times[i] && last.before === b && last.after === a) {
      found[found.length - 1] = { ...last, end: new Date(times[i + 1]) };
    } else {
      found.push({
        start: new Date(times[i]),
        end: new Date(times[i + 1]),
        ...(b === undefined ? {} : { before: b }),
        ...(a === undefined ? {} : { after: a }),
      });
    }
  }
  return found;
}

/**
 * The diff as Markdown for a pull request's comment: a summary line, then per schedule and policy
 * that moves a table of spans (in its time zone and in UTC, before and after), then what was added
 * and removed. When nothing moves, one line that says so.
 */
export function onCallDiffMarkdown(diff: OnCallDiff): string {
  const { window, schedules, policies } = diff.compared;
  const days = `${window.days} day${window.days === 1 ? "" : "s"} from ${window.from}`;
  const added = diff.added.schedules.length + diff.added.policies.length;
  const removed = diff.removed.schedules.length + diff.removed.policies.length;
  // Only the kinds both apps declare are counted: "0 of 0 escalation policies" says nothing.
  const kinds = [
    { count: schedules, moved: diff.schedules.length, text: plural(schedules, "schedule", "schedules"), who: "on call" },
    {
      count: policies,
      moved: diff.policies.length,
      text: plural(policies, "escalation policy", "escalation policies"),
      who: "paged first",
    },
  ].filter((k) => k.count > 0);
  if (diff.schedules.length + diff.policies.length + added + removed === 0) {
    if (kinds.length === 0) return "Who moves: nobody: neither app declares an on-call schedule or an escalation policy.\n";
    const compared = kinds.map((k) => k.text).join(" and ");
    return `Who moves: nobody. The ${compared} ${schedules + policies === 1 ? "puts" : "put"} the same people on call in the ${days} as before the change.\n`;
  }
  const moves =
    kinds.length === 0
      ? "no schedule or escalation policy is in both apps"
      : `${kinds.map((k) => `${k.moved} of ${k.text}`).join(" and ")} change who is ${kinds.map((k) => k.who).join(" or ")}`;
  const out = [
    `## Who moves: ${days}`,
    "",
    `Compared with the base app, from the schedules as declared (overrides made in iLert are not included): ${moves}; ${added} added, ${removed} removed.`,
  ];
  for (const [kind, list, who] of [
    ["Schedule", diff.schedules, "On call"],
    ["Escalation policy", diff.policies, "Paged first"],
  ] as const) {
    for (const moved of list) {
      const renamed = moved.previousName === undefined ? "" : ` (renamed from ${cell(moved.previousName)})`;
      out.push(
        "",
        `### ${kind} ${cell(moved.name)}${renamed}`,
        "",
        `Stack ${cell(moved.stack)}, ${code(moved.address)}, time zone ${cell(moved.timezone)}.`,
        "",
      );
      if (moved.error !== undefined) {
        out.push(`Cannot be compared: ${cell(moved.error)}`);
        continue;
      }
      const [since, until] = [timeColumns("From", moved.timezone), timeColumns("Until", moved.timezone)];
      out.push(`| ${since.header} | ${until.header} | ${who} before | ${who} after |`, `| ${since.rule} | ${until.rule} | --- | --- |`);
      for (const m of moved.moves) {
        out.push(
          `| ${since.cells(m.start.getTime())} | ${until.cells(m.end.getTime())} | ${cell(m.before ?? "nobody")} | ${cell(m.after ?? "nobody")} |`,
        );
      }
    }
  }
  for (const [title, objects] of [
    ["Added", diff.added],
    ["Removed", diff.removed],
  ] as const) {
    const items = [
      ...objects.schedules.map((o) => ["schedule", o] as const),
      ...objects.policies.map((o) => ["escalation policy", o] as const),
    ];
    if (items.length === 0) continue;
    out.push("", `### ${title}`, "");
    for (const [kind, o] of items) out.push(`- ${kind} ${cell(o.name)}: stack ${cell(o.stack)}, ${code(o.address)}`);
  }
  return `${out.join("\n")}\n`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
