import {
  calendarDay,
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  isOutsideCalendarRange,
  MAX_CALENDAR_DAYS,
  maxDaysFrom,
} from "../../../tools/on-call/calendar-window";

describe("the days an on-call calendar covers", () => {
  test("from 1970-01-01 to 9999-12-30, at most 3,660 at once", () => {
    expect([CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, MAX_CALENDAR_DAYS]).toEqual(["1970-01-01", "9999-12-30", 3660]);
  });

  test.each([
    ["1970-01-01", Date.UTC(1970, 0, 1)],
    ["2024-02-29", Date.UTC(2024, 1, 29)],
    ["9999-12-30", Date.UTC(9999, 11, 30)],
    ["2026-02-29", undefined],
    ["2026-13-01", undefined],
    ["2026-00-10", undefined],
    ["1969-12-31", undefined],
    ["0050-01-01", undefined],
    ["9999-12-31", undefined],
    ["26-03-2026", undefined],
    ["2026-3-1", undefined],
  ])("calendarDay(%j): %s", (text, day) => {
    expect(calendarDay(text)).toBe(day);
  });

  test("isOutsideCalendarRange: days of the form YYYY-MM-DD before or after the range, real or not; anything else (a date-time too) is not", () => {
    expect(["0000-01-01", "0050-01-01", "1969-12-31", "9999-12-31", "9999-13-45"].map(isOutsideCalendarRange)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["1970-01-01", "2026-02-30", "9999-12-30", "tomorrow", "10000-01-01", "0050-01-01T00:00"].map(isOutsideCalendarRange)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test("maxDaysFrom: 3,660 days, fewer within ten years of the end; one on the last day", () => {
    expect(maxDaysFrom(calendarDay("2026-03-23")!)).toBe(3660);
    expect(maxDaysFrom(calendarDay("9989-12-30")!)).toBe(3653);
    expect(maxDaysFrom(calendarDay("9999-12-20")!)).toBe(11);
    expect(maxDaysFrom(calendarDay("9999-12-30")!)).toBe(1);
  });
});
