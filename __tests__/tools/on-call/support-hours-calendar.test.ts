import { SUPPORT_HOURS_CHOICES } from "../../../tools/on-call/support-hours-calendar";

test("the choices are sentences a calendar can print", () => {
  for (const choice of Object.values(SUPPORT_HOURS_CHOICES)) expect(choice).toMatch(/^[A-Z][^\n]{40,}\.$/);
  expect(Object.keys(SUPPORT_HOURS_CHOICES)).toEqual(["holidayDates", "holidayDays", "holidayOverlaps"]);
});
