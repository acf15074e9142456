import { Construct, IConstruct } from "constructs";
import { HandleKind } from "../../core/handles";
import { checkIlertId } from "../../core/ilert-id";

/** iLert support hours (`ilert_support_hour`) an alert source can refer to. */
export interface ISupportHours extends IConstruct {
  /** The support hours' iLert id. */
  readonly supportHoursId: string;
}

/** Support hours handles, for `checkHandle`. */
export const SUPPORT_HOURS_HANDLE: HandleKind<ISupportHours> = {
  noun: "support hours",
  idAttribute: "supportHoursId",
  fix: "use SupportHours.fromId",
};

/** Handles for existing iLert support hours. */
export abstract class SupportHours {
  /** Existing support hours by numeric iLert id. */
  public static fromId(scope: Construct, id: string, supportHoursId: string): ISupportHours {
    return new (class extends Construct implements ISupportHours {
      // Support hours have no lookup by name, so the fix names only the id.
      public readonly supportHoursId = checkIlertId(
        this,
        "supportHoursId",
        supportHoursId,
        'use the numeric id shown in the support hours\' iLert URL, e.g. "1234"',
      );
    })(scope, id);
  }
}
