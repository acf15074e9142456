import { DeclaredSchedule } from "../../tools";

/** A weekday office-hours schedule in New York, with names that need escaping in Markdown and iCalendar. */
export const office: DeclaredSchedule = {
  stack: "s",
  address: "ilert_schedule.Office",
  name: 'Office, hours; "desk"',
  timezone: "America/New_York",
  layers: [
    {
      name: "Desk",
      users: ["Zoë | Ünal", "iLert user 4711"],
      rotation: "P1D",
      start: "2026-03-02T09:00",
      restrictions: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((day) => ({
        from: { day, time: "09:00" },
        to: { day, time: "17:00" },
      })),
    },
  ],
};
