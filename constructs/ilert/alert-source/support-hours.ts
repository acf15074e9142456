import { Construct, IConstruct } from "constructs";
import { checkedId } from "../references";

/** iLert support hours (`ilert_support_hour`) an alert source can refer to. */
export interface ISupportHours extends IConstruct {
  /** The support hours' iLert id. */
  readonly supportHoursId: string;
}

/** Handles for existing iLert support hours. */
export abstract class SupportHours {
  /** Existing support hours by numeric iLert id. */
  public static fromId(scope: Construct, id: string, supportHoursId: string): ISupportHours {
    return new (class extends Construct implements ISupportHours {
      public readonly supportHoursId = checkedId(this, "supportHoursId", supportHoursId);
    })(scope, id);
  }
}
