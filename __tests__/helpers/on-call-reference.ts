import { parseIsoDuration } from "../../constructs/ilert/schedule/private/iso-duration";
import { OnCallShift, RotationSchedule } from "../../tools";
import { restrictedIntervals, turnStart } from "../../tools/on-call/rotation-engine";
import { instantOf, parseLocalDateTime } from "../../tools/on-call/zoned-time";

// The rotation engine's pieces as first written (before it was made linear): every turn against
// every restriction window, and each layer cut by every piece of each layer above it, one piece at a
// time. Quadratic, and plainly what the engine's comments say; the property tests hold the engine
// to it, output for output.

interface Piece {
  readonly user: string;
  readonly start: number;
  readonly end: number;
  readonly layer?: string;
  readonly turn: number;
}

/** The shifts of `schedule` from `from` until `until`, as the engine computed them before it was linear. */
export function referenceShifts(schedule: RotationSchedule, from: Date, until: Date): OnCallShift[] {
  const [lo, hi] = [from.getTime(), until.getTime()];
  if (!(lo < hi)) return [];
  const tz = schedule.timezone;
  const levels = schedule.layers
    ? schedule.layers.map((layer) => {
        const rotation = parseIsoDuration(layer.rotation)!;
        const startWall = parseLocalDateTime(layer.start);
        const turnAt = (k: number): number => instantOf(turnStart(startWall, rotation, k), tz);
        const first = Math.max(lo, turnAt(0));
        const last = Math.min(hi, layer.end === undefined ? Infinity : instantOf(parseLocalDateTime(layer.end), tz));
        if (!(first < last)) return [];
        const allowed = layer.restrictions?.length ? restrictedIntervals(layer.restrictions, tz, first, last) : [[first, last]];
        const pieces: Piece[] = [];
        for (let k = 0; turnAt(k) < last; k++) {
          const [start, end] = [Math.max(first, turnAt(k)), Math.min(last, turnAt(k + 1))];
          for (const [a, b] of allowed) {
            const piece = {
              user: layer.users[k % layer.users.length],
              start: Math.max(start, a),
              end: Math.min(end, b),
              layer: layer.name,
              turn: k,
            };
            if (piece.start < piece.end) pieces.push(piece);
          }
        }
        return pieces;
      })
    : (schedule.shifts ?? []).map((shift, i) => {
        const start = Math.max(lo, instantOf(parseLocalDateTime(shift.start), tz));
        const end = Math.min(hi, instantOf(parseLocalDateTime(shift.end), tz));
        return start < end ? [{ user: shift.user, start, end, turn: i }] : [];
      });
  const pieces = levels.reduce<Piece[]>((below, above) => {
    let kept = [...below];
    for (const top of above) {
      kept = kept.flatMap((piece) => {
        if (piece.end <= top.start || top.end <= piece.start) return [piece];
        const rest = [];
        if (piece.start < top.start) rest.push({ ...piece, end: top.start });
        if (top.end < piece.end) rest.push({ ...piece, start: top.end });
        return rest;
      });
    }
    return [...kept, ...above].sort((a, b) => a.start - b.start);
  }, []);
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last?.end === piece.start && last.user === piece.user && last.layer === piece.layer && last.turn === piece.turn) {
      joined[joined.length - 1] = { ...last, end: piece.end };
    } else joined.push(piece);
  }
  return joined.map(({ user, start, end, layer }) => ({
    user,
    start: new Date(start),
    end: new Date(end),
    ...(layer === undefined ? {} : { layer }),
  }));
}
