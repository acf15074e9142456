import { IConstruct } from "constructs";
import { IUser } from "../people/user";

/**
 * An iLert on-call schedule: declared in this app (`OnCallSchedule`), or an existing one
 * (`OnCallSchedule.fromId` / `fromName`). Kept apart from `OnCallSchedule` so that escalation
 * targets can name schedules without depending on the schedule construct.
 */
export interface ISchedule extends IConstruct {
  /** The schedule's iLert id (a Terraform reference for declared or looked-up schedules). */
  readonly scheduleId: string;
  /**
   * The users on the schedule, each once, where the app knows them (schedules it declares).
   * @default - unknown (existing schedules)
   */
  readonly responders?: IUser[];
}
