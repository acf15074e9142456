import { Construct, IConstruct } from "constructs";
import { SupportHour } from "../../../.gen/providers/ilert/support-hour";
import { useProvider } from "../../core/default-providers";
import { checkIlertId } from "../../core/ilert-id";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import { checkProps, checkString, checkTimezone, Struct } from "../../core/validate";
import { teamBlocks } from "../people/private/owning-teams";
import { IlertProviderProps, OwningTeamsProps } from "../shared-props";
import { ILERT_PROVIDER_KEYS, OWNING_TEAMS_KEYS } from "../private/shared-props-keys";
import { exceptionBlocks } from "./private/exception-blocks";
import { supportDaysBlock } from "./private/support-days-block";
import { SupportDays } from "./support-days";
import { SupportHoursException } from "./support-hours-exception";

/** iLert support hours (`ilert_support_hour`) an alert source can refer to. */
export interface ISupportHours extends IConstruct {
  /** The support hours' iLert id (a Terraform reference for declared support hours). */
  readonly supportHoursId: string;
}

/** Props of {@link SupportHours}. */
export interface SupportHoursProps extends IlertProviderProps, OwningTeamsProps {
  /** Name of the support hours in iLert, 1-255 bytes. */
  readonly name: string;
  /** IANA time zone of the days, hours and exceptions, e.g. `Europe/Berlin`. */
  readonly timezone: string;
  /** The hours of each day of the week with support; days not listed have none. At least one entry. */
  readonly supportDays: SupportDays[];
  /**
   * Whole days the week does not apply to: holidays (outside support hours) or extra days (inside).
   * @default - no exceptions: every week follows `supportDays`
   */
  readonly exceptions?: SupportHoursException[];
}

const SUPPORT_HOURS_PROPS: Struct<SupportHoursProps> = {
  name: "SupportHoursProps",
  keys: {
    name: "required",
    timezone: "required",
    supportDays: "required",
    exceptions: "optional",
    ...ILERT_PROVIDER_KEYS,
    ...OWNING_TEAMS_KEYS,
  },
};

/**
 * Declares iLert support hours (`ilert_support_hour`): the hours of the week in which a team gives
 * support, and holidays. An alert source's `*_DURING_SUPPORT_HOURS` priority rule refers to them
 * (the integration's `supportHours`); `SupportHours.fromId` refers to existing ones.
 */
export class SupportHours extends Construct implements ISupportHours {
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

  /** The `ilert_support_hour` resource. */
  public readonly resource: SupportHour;
  /** The support hours' iLert id, a Terraform reference. */
  public readonly supportHoursId: string;

  constructor(scope: Construct, id: string, props: SupportHoursProps) {
    super(scope, id);
    checkProps(this, props, SUPPORT_HOURS_PROPS, "pass { name, timezone, supportDays }");
    checkString(this, "name", props.name, { maxLength: 255, fix: "use a support hours name of 1-255 bytes" });
    checkString(this, "timezone", props.timezone, { fix: 'give the IANA time zone of the support hours, e.g. "Europe/Berlin"' });
    checkTimezone(this, "timezone", props.timezone);
    const supportDays = supportDaysBlock(this, "supportDays", props.supportDays);
    const exception = exceptionBlocks(this, "exceptions", props.exceptions);
    const team = props.teams === undefined ? undefined : teamBlocks(this, props.teams);
    this.resource = new SupportHour(this, "Resource", {
      name: escapeTerraformTemplate(props.name),
      timezone: props.timezone,
      supportDays,
      exception,
      team,
      provider: useProvider(this, "ilert", "ilertProvider", props.ilertProvider),
    });
    this.supportHoursId = this.resource.id;
  }
}
