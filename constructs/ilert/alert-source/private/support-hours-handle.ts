import { HandleKind } from "../../../core/handles";
import { ISupportHours } from "../support-hours";

/** Support hours handles, for `checkHandle`. */
export const SUPPORT_HOURS_HANDLE: HandleKind<ISupportHours> = {
  noun: "support hours",
  idAttribute: "supportHoursId",
  fix: "pass a SupportHours, or SupportHours.fromId",
};
