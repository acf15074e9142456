import { DeclaredMaintenanceWindow, DeclaredSchedule, DeclaredSupportHours } from "../../tools";

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

/** Support hours in Berlin, weekdays 08:00-18:00 (Fridays to 16:00), with Christmas off and a staffed Saturday. */
export const officeHours: DeclaredSupportHours = {
  stack: "s",
  address: "ilert_support_hour.Hours",
  name: "Office hours",
  timezone: "Europe/Berlin",
  days: {
    monday: { start: "08:00", end: "18:00" },
    tuesday: { start: "08:00", end: "18:00" },
    wednesday: { start: "08:00", end: "18:00" },
    thursday: { start: "08:00", end: "18:00" },
    friday: { start: "08:00", end: "16:00" },
  },
  exceptions: [
    { name: "Christmas", firstDay: "2026-12-24", lastDay: "2026-12-26", start: "2026-12-24", end: "2026-12-26", supportStatus: "OUTSIDE" },
    {
      name: "Release weekend",
      firstDay: "2026-12-19",
      lastDay: "2026-12-19",
      start: "2026-12-19",
      end: "2026-12-19",
      supportStatus: "DURING",
    },
  ],
  alertSources: [{ name: "Payments (Datadog)", priorityRule: "HIGH_DURING_SUPPORT_HOURS" }],
};

/** A maintenance window: the first Tuesday of each month, 22:00-24:00 Berlin time, muting one monitor. */
export const patchNight: DeclaredMaintenanceWindow = {
  stack: "s",
  addresses: ["datadog_downtime_schedule.Patch_Errors"],
  message: "Database patches",
  scope: "*",
  timezone: "Europe/Berlin",
  monitors: ['monitor "Checkout errors"'],
  recurrences: [{ rrule: "FREQ=MONTHLY;BYDAY=1TU", start: "2026-01-06T22:00:00", duration: "2h" }],
};
