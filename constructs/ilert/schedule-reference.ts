import { Construct, IConstruct } from "constructs";
import { DataIlertSchedule } from "../../.gen/providers/ilert/data-ilert-schedule";
import { checkedId, LookupOptions, lookupId } from "./references";

/** An iLert on-call schedule: declared in this app (`OnCallSchedule`), or an existing one. */
export interface ISchedule extends IConstruct {
  /** The schedule's iLert id (a Terraform reference for declared or looked-up schedules). */
  readonly scheduleId: string;
}

/** An existing schedule by numeric iLert id. */
export function scheduleFromId(scope: Construct, id: string, scheduleId: string): ISchedule {
  return new (class extends Construct implements ISchedule {
    public readonly scheduleId = checkedId(this, "scheduleId", scheduleId);
  })(scope, id);
}

/** An existing schedule looked up by exact name (`ilert_schedule` data source). */
export function scheduleFromName(scope: Construct, id: string, name: string, options: LookupOptions = {}): ISchedule {
  return new (class extends Construct implements ISchedule {
    public readonly scheduleId = lookupId(this, DataIlertSchedule, "name", name, options);
  })(scope, id);
}
