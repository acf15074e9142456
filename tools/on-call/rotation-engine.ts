// Who is on call when, computed from a declared schedule: pure functions, no I/O. iLert documents
// (iLert/docs on-call-schedules/recurring-schedules.md) that the start time is the hand-over time,
// that restrictions leave gaps where nobody is on call, that the time zone applies to all layers
// and that layers lower in its UI take precedence; what it does not document is decided in
// ROTATION_ENGINE_CHOICES (and the named function that implements each choice).
import { IsoDuration, parseIsoDuration } from "../../constructs/ilert/schedule/private/iso-duration";
import { DAY_MS, formatWall, instantOf, isUtc, parseLocalDateTime, utcMillis, wallTime } from "./zoned-time";
import { describeValue } from "../../constructs/core/shown-text";

/** A point in the week of a layer restriction, in the schedule's time zone. */
export interface WeeklyTime {
  /** `MONDAY` ... `SUNDAY`. */
  readonly day: string;
  /** `HH:mm`. */
  readonly time: string;
}

/** A window of the week in which a layer is active; it wraps into the next week when `to` is not after `from`. */
export interface WeeklyWindow {
  /** Where the window starts. */
  readonly from: WeeklyTime;
  /** Where the window ends. */
  readonly to: WeeklyTime;
}

/** One layer of a recurring schedule: its users take turns of one rotation each. */
export interface RotationLayer {
  /** The layer's name, carried into its shifts. */
  readonly name: string;
  /** Who takes turns, in order (any labels: ids, emails, names). */
  readonly users: readonly string[];
  /** The length of a turn, an ISO-8601 duration such as `P7D`, `P1W`, `PT12H` or `P1M`. */
  readonly rotation: string;
  /** When the first turn starts, `YYYY-MM-DDTHH:mm` in the schedule's time zone. */
  readonly start: string;
  /**
   * When the layer ends, `YYYY-MM-DDTHH:mm` in the schedule's time zone.
   * @default - the layer never ends
   */
  readonly end?: string;
  /**
   * Windows of the week in which the layer is active.
   * @default - active all week
   */
  readonly restrictions?: readonly WeeklyWindow[];
}

/** One shift of a static schedule. */
export interface StaticShift {
  /** Who is on call (any label). */
  readonly user: string;
  /** Start, `YYYY-MM-DDTHH:mm` in the schedule's time zone. */
  readonly start: string;
  /** End, `YYYY-MM-DDTHH:mm` in the schedule's time zone. */
  readonly end: string;
}

/** A schedule as declared: recurring (`layers`) or static (`shifts`). */
export interface RotationSchedule {
  /** The IANA time zone of all its dates and times, e.g. `Europe/Berlin`. */
  readonly timezone: string;
  /**
   * The layers of a recurring schedule, lowest first: a later layer wins where it covers.
   * @default - not a recurring schedule: `shifts` decide (a schedule with neither has nobody on call)
   */
  readonly layers?: readonly RotationLayer[];
  /**
   * The shifts of a static schedule.
   * @default - no shifts (used only without `layers`): nobody is on call
   */
  readonly shifts?: readonly StaticShift[];
}

/** Who is on call from `start` until `end` (UTC instants). */
export interface OnCallShift {
  /** The user's label, as the schedule gave it. */
  readonly user: string;
  /** When the shift starts (or the window does, if later). */
  readonly start: Date;
  /** When the shift ends (or the window does, if earlier). */
  readonly end: Date;
  /**
   * The layer the shift comes from.
   * @default - none: a shift of a static schedule
   */
  readonly layer?: string;
}

/**
 * How the engine decides what iLert does not document, by topic; calendars print those that can
 * change who is on call in the app's schedules.
 */
export const ROTATION_ENGINE_CHOICES: Readonly<Record<string, string>> = Object.freeze({
  // Where each is implemented: layerOrder and staticOverlaps in onCallShifts, restrictions in
  // restrictedIntervals, handOvers and months in turnStart, turns in turnRunningAt and keepOnCall
  // (rotation-engine.ts), localTimes in instantOf (zoned-time.ts).
  layerOrder:
    "Layers are taken in the order of the provider's schedule_layer blocks, and a later one wins where it covers, as iLert's docs say of layers lower in its UI; that the API keeps the UI's order is assumed, not documented.",
  restrictions:
    "Restrictions cut a layer's turns, they do not shift them: the rotation keeps its own clock and a turn that falls partly outside the layer's windows loses that part.",
  handOvers:
    "Turns are counted on the schedule's local wall clock from the layer start, so every hand-over is at the start's local time of day, across clock changes too; a PT12H rotation is 11 or 13 hours long on clock-change days.",
  months:
    "A month or year in a rotation is a calendar month or year; a start on the 29th to 31st hands over on the last day of shorter months, and the k-th turn is counted from the start, not from the previous turn, so the day comes back.",
  localTimes:
    "A local time skipped by a spring-forward is moved forward by the gap (02:30 becomes 03:30 summer time); one that occurs twice at fall-back is its first occurrence.",
  staticOverlaps: "Where shifts of a static schedule overlap, the one declared later wins, as a later layer does.",
  turns:
    "The k-th turn from a layer's start belongs to its users[k mod n], n users in their order; iLert does not document this turn formula (UNCERTAIN), and a layer's keepOnCall relies on it to compute a start that keeps who is on call.",
});

/**
 * The {@link ROTATION_ENGINE_CHOICES} that can change who is on call in `schedules`: layer order
 * with two layers or more, restrictions where a layer has them, hand-overs for any layer, months
 * for a rotation in months or years, local times outside UTC, overlaps for a static schedule of two
 * shifts or more, turns for a layer of two users or more. In the order of ROTATION_ENGINE_CHOICES.
 */
export function rotationEngineChoicesFor(schedules: readonly RotationSchedule[]): Readonly<Record<string, string>> {
  const layers = schedules.flatMap((s) => s.layers ?? []);
  const applies: Record<string, boolean> = {
    // Stryker disable next-line ArrayDeclaration: a one-element fallback is not more than one layer either
    layerOrder: schedules.some((s) => (s.layers ?? []).length > 1),
    restrictions: layers.some((l) => (l.restrictions ?? []).length > 0),
    handOvers: layers.length > 0,
    // The date part of the ISO duration (before any T) counts months or years.
    months: layers.some((l) => /[MY]/.test(l.rotation.split("T")[0])),
    localTimes: schedules.some((s) => !isUtc(s.timezone)),
    // Stryker disable next-line ArrayDeclaration: a one-element fallback is not more than one shift either
    staticOverlaps: schedules.some((s) => (s.shifts ?? []).length > 1),
    turns: layers.some((l) => l.users.length > 1),
  };
  return Object.fromEntries(Object.entries(ROTATION_ENGINE_CHOICES).filter(([topic]) => applies[topic]));
}

/** Internal: a shift in milliseconds, of a layer (named) or of a static schedule. */
interface Piece {
  readonly user: string;
  readonly start: number;
  readonly end: number;
  readonly layer?: string;
}

/**
 * Who is on call in `schedule` from `from` until `until`: non-overlapping shifts in time order,
 * clipped to the window, with gaps where nobody is. Throws for a time zone, date-time, rotation or
 * restriction it cannot read (for example an unresolved Terraform reference).
 */
export function onCallShifts(schedule: RotationSchedule, from: Date, until: Date): OnCallShift[] {
  const [lo, hi] = [from.getTime(), until.getTime()];
  if (!(lo < hi)) return [];
  const tz = schedule.timezone;
  wallTime(lo, tz); // fails early for a zone Intl does not know
  const levels = schedule.layers
    ? schedule.layers.map((layer) => layerPieces(layer, tz, lo, hi))
    : (schedule.shifts ?? []).map((shift) => staticPiece(shift, tz, lo, hi));
  const pieces = levels.reduce<Piece[]>((below, above) => overlay(below, above), []);
  return pieces.map(({ user, start, end, layer }) => ({
    user,
    start: new Date(start),
    end: new Date(end),
    ...(layer === undefined ? {} : { layer }),
  }));
}

function staticPiece(shift: StaticShift, tz: string, lo: number, hi: number): Piece[] {
  const start = Math.max(lo, instantOf(parseLocalDateTime(shift.start), tz));
  const end = Math.min(hi, instantOf(parseLocalDateTime(shift.end), tz));
  return start < end ? [{ user: shift.user, start, end }] : [];
}

function layerPieces(layer: RotationLayer, tz: string, lo: number, hi: number): Piece[] {
  const rotation = parseIsoDuration(layer.rotation);
  if (rotation === undefined)
    throw new Error(`layer ${describeValue(layer.name)}: not an ISO-8601 rotation: ${describeValue(layer.rotation)}`);
  if (layer.users.length === 0) throw new Error(`layer ${describeValue(layer.name)} has no users`);
  const startWall = parseLocalDateTime(layer.start);
  const turnAt = (k: number): number => instantOf(turnStart(startWall, rotation, k), tz);
  const from = Math.max(lo, turnAt(0));
  const until = Math.min(hi, layer.end === undefined ? Infinity : instantOf(parseLocalDateTime(layer.end), tz));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; without it no turn gives a piece (each is cut to from..until)
  if (!(from < until)) return [];
  const allowed = layer.restrictions?.length ? restrictedIntervals(layer.restrictions, tz, from, until) : [[from, until]];
  let k = turnRunningAt(turnAt, rotation, from);
  const pieces: Piece[] = [];
  // Turns and the allowed windows both run forward in time, so one pass over each: `w` is the first
  // window that ends after the turn starts (a turn on a clock-change night can start before the last).
  let w = 0;
  // Stryker disable next-line EqualityOperator: a turn starting at `until` is cut to nothing
  for (let at = turnAt(k); at < until; k++) {
    const next = turnAt(k + 1);
    const [start, end] = [Math.max(from, at), Math.min(until, next)];
    const user = layer.users[userIndexOfTurn(k, layer.users.length)];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: stepping back further only costs time: the next line steps forward again
    while (w > 0 && allowed[w - 1][1] > start) w--;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a window ending at or before the turn's start gives no piece below
    while (w < allowed.length && allowed[w][1] <= start) w++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a window starting at or after the turn's end gives no piece
    for (let i = w; i < allowed.length && allowed[i][0] < end; i++) {
      const [a, b] = allowed[i];
      const piece = { user, start: Math.max(start, a), end: Math.min(end, b), layer: layer.name };
      if (piece.start < piece.end) pieces.push(piece);
    }
    at = next;
  }
  return pieces;
}

/**
 * The wall time at which turn `k` of a layer starts: the start plus k rotations, counted on the
 * local wall clock from the start (so no turn drifts), months clamped to the month's last day.
 */
export function turnStart(startWall: number, rotation: IsoDuration, k: number): number {
  const start = new Date(startWall);
  const month = start.getUTCMonth() + k * (12 * rotation.years + rotation.months);
  const [year, monthOfYear] = [start.getUTCFullYear() + Math.floor(month / 12), ((month % 12) + 12) % 12];
  const day = Math.min(start.getUTCDate(), new Date(utcMillis(year, monthOfYear + 1, 0)).getUTCDate());
  const date = utcMillis(year, monthOfYear, day + k * rotation.days);
  const clock = startWall - utcMillis(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  return date + clock + k * 1000 * (3600 * rotation.hours + 60 * rotation.minutes + rotation.seconds);
}

/**
 * The turn running at `instant` (at or after the first turn's start), `turnAt(k)` being when turn k
 * starts: estimated from the mean rotation length, then corrected.
 */
function turnRunningAt(turnAt: (k: number) => number, rotation: IsoDuration, instant: number): number {
  let k = Math.max(0, Math.floor((instant - turnAt(0)) / meanLength(rotation)));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `instant` is never before turn 0, and stepping back too far only costs time: the next line steps forward again
  while (k > 0 && turnAt(k) > instant) k--;
  while (turnAt(k + 1) <= instant) k++;
  return k;
}

/** Whose turn turn `k` is: the index in a layer's `n` users (the turn formula, UNCERTAIN: see ROTATION_ENGINE_CHOICES.turns). */
function userIndexOfTurn(k: number, n: number): number {
  return ((k % n) + n) % n;
}

/** Who stays on call across a change of a layer's users, and the start that keeps them: see {@link keepOnCall}. */
export interface KeptOnCall {
  /** The index in the previous users of the person whose turn runs at the moment. */
  readonly previousIndex: number;
  /** When their turn started (UTC): a hand-over the computed start keeps. */
  readonly turnStart: Date;
  /** When their turn ends (UTC): the next hand-over, which the computed start keeps. */
  readonly turnEnd: Date;
  /**
   * Their index in the layer's (new) users, from which the new order continues: the same occurrence
   * of them as in the previous users (the second time they appear stays the second), or their last
   * one when they now appear fewer times.
   * @default - none: they are no longer a member, and no start keeps them on call
   */
  readonly index?: number;
  /**
   * The layer's start, `YYYY-MM-DDTHH:mm` in the schedule's time zone, that keeps them on call: the
   * previous start moved back by whole turns (fewer than the layer has users), so every hand-over
   * stays where it was and the layer covers all it covered before.
   * @default - none: they are no longer a member
   */
  readonly start?: string;
}

/**
 * The members of a layer changed (added, removed, reordered) from `previousUsers` to `layer.users`:
 * the start that keeps the person whose turn runs at `at` (previous order, counted from
 * `layer.start`) on call until their turn ends, with the new order continuing after them. The new
 * start is the previous one moved back by whole turns (fewer than the new number of users), so
 * hand-overs stay where they were and the layer starts no later than it did. `at` is a
 * `YYYY-MM-DDTHH:mm` of `timezone`, at or after the start. Throws for what it cannot read, a
 * rotation of months or years (whose turns are not whole multiples of one length), or an `at` before
 * the start. The one place that applies the turn formula to a change (ROTATION_ENGINE_CHOICES.turns).
 */
export function keepOnCall(
  layer: Pick<RotationLayer, "users" | "rotation" | "start">,
  previousUsers: readonly string[],
  at: string,
  timezone: string,
): KeptOnCall {
  const rotation = parseIsoDuration(layer.rotation);
  if (rotation === undefined) throw new Error(`not an ISO-8601 rotation: ${describeValue(layer.rotation)}`);
  if (rotation.years > 0 || rotation.months > 0)
    throw new Error(
      `a rotation of months or years has turns of different lengths, so no start keeps its hand-overs: ${describeValue(layer.rotation)}`,
    );
  if (previousUsers.length === 0) throw new Error("no previous users: nobody was on call");
  const startWall = parseLocalDateTime(layer.start);
  const turnAt = (k: number): number => instantOf(turnStart(startWall, rotation, k), timezone);
  const instant = instantOf(parseLocalDateTime(at), timezone);
  if (instant < turnAt(0))
    throw new Error(`${describeValue(at)} is before the layer's start ${describeValue(layer.start)}: nobody was on call`);
  const k = turnRunningAt(turnAt, rotation, instant);
  const previousIndex = userIndexOfTurn(k, previousUsers.length);
  const turn = { previousIndex, turnStart: new Date(turnAt(k)), turnEnd: new Date(turnAt(k + 1)) };
  const person = previousUsers[previousIndex];
  const occurrence = previousUsers.slice(0, previousIndex).filter((u) => u === person).length;
  const places = layer.users.flatMap((u, i) => (u === person ? [i] : []));
  if (places.length === 0) return turn;
  const index = places[Math.min(occurrence, places.length - 1)];
  // Turn k becomes turn `index` of the new order: the start moves by a number of whole turns that is
  // k - index modulo the new number of users, taken at or before the previous start (0 to n - 1 turns
  // back), so that the layer covers all it covered and no gap opens before a start in the future.
  const n = layer.users.length;
  const moved = (((k - index) % n) + n) % n;
  return { ...turn, index, start: formatWall(turnStart(startWall, rotation, moved === 0 ? 0 : moved - n)).replace(" ", "T") };
}

// Stryker disable all: only turnRunningAt's first guess, which its loops correct (a wrong length costs time, not the result)
function meanLength(rotation: IsoDuration): number {
  const days = 365.2425 * rotation.years + 30.436875 * rotation.months + rotation.days;
  return days * DAY_MS + 1000 * (3600 * rotation.hours + 60 * rotation.minutes + rotation.seconds);
}
// Stryker restore all

const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

function weekOffset(point: WeeklyTime): number {
  const day = WEEKDAYS.indexOf(point.day);
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(point.time);
  if (day < 0 || !time) throw new Error(`not a restriction time of week: ${describeValue(point)}`);
  return day * DAY_MS + (Number(time[1]) * 60 + Number(time[2])) * 60_000;
}

/**
 * The instants from `lo` until `hi` inside the weekly windows (local times of `tz`), as sorted,
 * disjoint intervals. A window whose end is not after its start wraps into the next week (so one
 * from Monday 09:00 to Monday 09:00 is the whole week).
 */
export function restrictedIntervals(windows: readonly WeeklyWindow[], tz: string, lo: number, hi: number): [number, number][] {
  const local = wallTime(lo, tz);
  const daysSinceMonday = (new Date(local).getUTCDay() + 6) % 7;
  // From the Monday before the week of `lo`, so that a window wrapping from last week is seen.
  let monday = utcMillis(
    new Date(local).getUTCFullYear(),
    new Date(local).getUTCMonth(),
    new Date(local).getUTCDate() - daysSinceMonday - 7,
  );
  const found: [number, number][] = [];
  // Stryker disable next-line EqualityOperator: a week starting at `hi` gives no interval (each is cut to lo..hi)
  for (; instantOf(monday, tz) < hi; monday += 7 * DAY_MS) {
    for (const window of windows) {
      const [from, to] = [weekOffset(window.from), weekOffset(window.to)];
      const start = Math.max(lo, instantOf(monday + from, tz));
      const end = Math.min(hi, instantOf(monday + to + (to <= from ? 7 * DAY_MS : 0), tz));
      if (start < end) found.push([start, end]);
    }
  }
  return union(found.sort((a, b) => a[0] - b[0]));
}

/** Intervals sorted by start, joined where they overlap or meet: sorted, disjoint intervals. */
function union(sorted: readonly (readonly [number, number])[]): [number, number][] {
  const joined: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = joined[joined.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/**
 * `below` (in time order) with `above` laid over it: `above` wins wherever it covers. Each piece
 * below loses what the pieces above cover, taken as one list of covered intervals in time order, so
 * that one pass over both cuts them all.
 */
function overlay(below: readonly Piece[], above: readonly Piece[]): Piece[] {
  // Stryker disable next-line MethodExpression,ArithmeticOperator: a layer's pieces come in time order; where a turn in a skipped hour starts before the one before it, its piece repeats a range already covered, which union joins in any order
  const covered = union(above.map((p): [number, number] => [p.start, p.end]).sort((a, b) => a[0] - b[0]));
  const kept: Piece[] = [];
  let c = 0;
  for (const piece of below) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; a covered interval ending at or before the piece's start cuts nothing below
    while (c < covered.length && covered[c][1] <= piece.start) c++;
    let start = piece.start;
    // Stryker disable next-line EqualityOperator: a covered interval starting at the piece's end cuts nothing
    for (let i = c; i < covered.length && covered[i][0] < piece.end; i++) {
      if (start < covered[i][0]) kept.push({ ...piece, start, end: covered[i][0] });
      start = Math.max(start, covered[i][1]);
    }
    // Stryker disable next-line ConditionalExpression: `false` (always a copy) is the same piece; `true` is killed but hidden with it
    if (start < piece.end) kept.push(start === piece.start ? piece : { ...piece, start });
  }
  // Two runs in time order (unless a layer's turns overlap at a clock change), which the sort merges.
  return [...kept, ...above].sort((a, b) => a.start - b.start);
}
