import { HandleKind } from "../../../core/handles";
import { ISchedule } from "../schedule-reference";

/** Schedule handles, for `checkHandle`. */
export const SCHEDULE_HANDLE: HandleKind<ISchedule> = {
  noun: "schedule",
  idAttribute: "scheduleId",
  fix: "pass an OnCallSchedule, or OnCallSchedule.fromId / OnCallSchedule.fromName",
};
