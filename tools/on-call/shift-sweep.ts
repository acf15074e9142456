import { OnCallShift } from "./rotation-engine";

/**
 * Questions about a schedule's shifts (in order of start, as the rotation engine gives them) asked
 * in time order: who is on call at an instant, which shifts overlap a span. Each answer resumes where
 * the one before stopped, so asking about every hand-over and every day of a calendar is one pass over
 * its shifts rather than a pass per question.
 */
export class ShiftSweep {
  /** Every shift before this one ends at or before the last instant asked about. */
  private next = 0;
  private last = -Infinity;

  constructor(private readonly shifts: readonly OnCallShift[]) {}

  /** Who is on call at `at` (the first shift that covers it); `at` is not before the last instant asked about. */
  public at(at: number): string | undefined {
    this.advance(at);
    // The shifts before `next` have ended and `next` has not; those after it start no earlier.
    const shift = this.shifts[this.next];
    return shift !== undefined && shift.start.getTime() <= at ? shift.user : undefined;
  }

  /** The shifts that overlap `[start, end)`, in order; `start` is not before the last instant asked about. */
  public overlapping(start: number, end: number): OnCallShift[] {
    this.advance(start);
    const found: OnCallShift[] = [];
    for (let i = this.next; i < this.shifts.length && this.shifts[i].start.getTime() < end; i++) {
      if (start < this.shifts[i].end.getTime()) found.push(this.shifts[i]);
    }
    return found;
  }

  private advance(at: number): void {
    if (at < this.last) throw new Error(`ShiftSweep: asked about ${new Date(at).toISOString()} after ${new Date(this.last).toISOString()}`);
    this.last = at;
    while (this.next < this.shifts.length && this.shifts[this.next].end.getTime() <= at) this.next++;
  }
}
