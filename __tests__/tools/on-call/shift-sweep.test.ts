import * as fc from "fast-check";
import { OnCallShift } from "../../../tools";
import { ShiftSweep } from "../../../tools/on-call/shift-sweep";
import { fcRuns } from "../../helpers/terraform-literal";

const shift = (user: string, start: number, end: number): OnCallShift => ({ user, start: new Date(start), end: new Date(end) });

describe("ShiftSweep", () => {
  const shifts = [shift("a", 0, 10), shift("b", 10, 20), shift("c", 25, 30)];

  test("at: who is on call at each instant asked in time order, nobody in a gap or outside", () => {
    const sweep = new ShiftSweep(shifts);
    expect([-1, 0, 9, 10, 19, 20, 24, 25, 29, 30, 99].map((t) => sweep.at(t))).toEqual([
      undefined,
      "a",
      "a",
      "b",
      "b",
      undefined,
      undefined,
      "c",
      "c",
      undefined,
      undefined,
    ]);
  });

  test("overlapping: the shifts that overlap each span, spans asked in time order", () => {
    const sweep = new ShiftSweep(shifts);
    const users = (start: number, end: number) => sweep.overlapping(start, end).map((s) => s.user);
    expect([users(0, 10), users(5, 26), users(20, 25), users(26, 40), users(30, 40)]).toEqual([["a"], ["a", "b", "c"], [], ["c"], []]);
  });

  test("an instant before one asked about before is refused: the sweep only runs forward", () => {
    const sweep = new ShiftSweep(shifts);
    sweep.at(20);
    expect(() => sweep.at(19)).toThrow("ShiftSweep: asked about 1970-01-01T00:00:00.019Z after 1970-01-01T00:00:00.020Z");
    expect(() => sweep.overlapping(10, 30)).toThrow("ShiftSweep: asked about 1970-01-01T00:00:00.010Z after 1970-01-01T00:00:00.020Z");
  });

  test("the same answers as searching all shifts for each question, overlapping shifts too", () => {
    const shiftList = fc
      .array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 40 })), { maxLength: 12 })
      .map((list) =>
        list.map(([user, start, length]) => shift(user, start, start + length)).sort((x, y) => x.start.getTime() - y.start.getTime()),
      );
    const questions = fc
      .array(fc.tuple(fc.integer({ min: -5, max: 150 }), fc.integer({ min: 0, max: 30 }), fc.boolean()), { maxLength: 20 })
      .map((list) => list.sort((x, y) => x[0] - y[0]));
    fc.assert(
      fc.property(shiftList, questions, (list, asked) => {
        const sweep = new ShiftSweep(list);
        for (const [at, length, span] of asked) {
          if (span) {
            expect(sweep.overlapping(at, at + length)).toEqual(list.filter((s) => s.start.getTime() < at + length && at < s.end.getTime()));
          } else {
            expect(sweep.at(at)).toBe(list.find((s) => s.start.getTime() <= at && at < s.end.getTime())?.user);
          }
        }
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
