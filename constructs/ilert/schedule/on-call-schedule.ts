import { Construct, IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { DataIlertSchedule } from "../../../.gen/providers/ilert/data-ilert-schedule";
import { Schedule, ScheduleScheduleLayer, ScheduleShift as ScheduleShiftBlock } from "../../../.gen/providers/ilert/schedule";
import { AdoptionOptions } from "../../core/adoption";
import { adoptedIlertId, adoptionOptions, adoptResource } from "../../core/private/adopt-resource";
import { useProvider } from "../../core/default-providers";
import { checkHandle } from "../../core/handles";
import { checkIlertId } from "../../core/ilert-id";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import { checkArray, checkKeys, checkOptionalBoolean, checkProps, checkString, checkTimezone, fail, Struct } from "../../core/validate";
import { checkIsoDuration } from "./private/iso-duration";
import { KeepOnCall } from "./keep-on-call";
import { keptLayerStart } from "./private/kept-layer-start";
import { LayerRestriction } from "./layer-restriction";
import { restrictionBlocks } from "./private/restriction-blocks";
import { OnCallReminder } from "../reminder/on-call-reminder";
import { RemindRespondersOptions } from "../reminder/remind-responders";
import { remindResponders } from "../reminder/private/remind-responders";
import { LookupOptions } from "../references";
import { lookupId } from "../private/lookup-id";
import { checkedRotation } from "./private/checked-rotation";
import { Rotation } from "./rotation";
import { checkEndAfterStart, checkScheduleDateTime } from "./private/schedule-date-time";
import { ISchedule } from "./schedule-reference";
import { teamBlocks } from "../people/private/owning-teams";
import { IUser } from "../people/user";
import { USER_HANDLE } from "../people/private/handle-kinds";
import { IlertProviderProps, OwningTeamsProps } from "../shared-props";
import { ILERT_PROVIDER_KEYS, OWNING_TEAMS_KEYS } from "../private/shared-props-keys";

/** One layer of a recurring schedule: its users take turns, each for one rotation period. */
export interface ScheduleLayer {
  /**
   * Layer name, 1-255 bytes.
   * @default "Layer <n>", n counting from 1
   */
  readonly name?: string;
  /** The users, in the order they take turns; at least one. */
  readonly users: IUser[];
  /** How long each user's turn lasts. */
  readonly rotation: Rotation;
  /**
   * When the first turn starts, `YYYY-MM-DDTHH:mm` in the schedule's time zone; its time of day is
   * the hand-over time. With `keepOnCall`: the start the layer had before its users changed (iLert
   * then gets the start keepOnCall computes).
   */
  readonly start: string;
  /**
   * Keeps the person on call at a given moment on call when `users` change (members added, removed
   * or reordered): instead of `start`, iLert gets a start computed so that this person stays on call
   * until their turn would have ended, every hand-over stays at its time, and the new order of
   * `users` continues after them. Without it, iLert counts the turns of the new `users` from `start`,
   * and who is on call can change at once. The computation relies on iLert's turn formula, which it
   * does not document (UNCERTAIN: see docs/on-call.md); check it with `ilert-datadog oncall --diff`.
   * @default - none: turns are counted from `start`
   */
  readonly keepOnCall?: KeepOnCall;
  /**
   * Refused: the iLert provider (up to 2.25.0) never sends a layer's end to iLert, so the layer would
   * never end and every plan would show it again (see docs/provider-fidelity.md). Remove the layer
   * when it is over instead.
   * @default - the layer never ends
   */
  readonly end?: string;
  /**
   * Windows of the week in which the layer is active, e.g. weekdays 09:00-17:00.
   * @default - active all week
   */
  readonly restrictions?: LayerRestriction[];
}

/** One shift of a static schedule. */
export interface ScheduleShift {
  /** Who is on call. */
  readonly user: IUser;
  /** Start, `YYYY-MM-DDTHH:mm` in the schedule's time zone. */
  readonly start: string;
  /** End, `YYYY-MM-DDTHH:mm`, after `start`. */
  readonly end: string;
}

/** Props of {@link OnCallSchedule}. Give either `layers` (a recurring schedule) or `shifts` (a static one). */
export interface OnCallScheduleProps extends IlertProviderProps, OwningTeamsProps {
  /** Schedule name, 1-255 bytes. */
  readonly name: string;
  /** IANA time zone the layers' and shifts' times are in, e.g. `Europe/Berlin`. */
  readonly timezone: string;
  /**
   * Layers of a recurring schedule (`RECURRING`); at least one. Not with `shifts`.
   * @default - none: a static schedule, from `shifts`
   */
  readonly layers?: ScheduleLayer[];
  /**
   * Explicit shifts of a static schedule (`STATIC`); at least one. Not with `layers`.
   * @default - none: a recurring schedule, from `layers`
   */
  readonly shifts?: ScheduleShift[];
  /**
   * Show gaps between shifts in the iLert calendar. Only `true` is accepted: the iLert provider
   * cannot send `false` (see docs/provider-fidelity.md), so leave it unset for iLert's default.
   * @default - not set (iLert's own default; the provider documents it as true)
   */
  readonly showGaps?: boolean;
  /**
   * Default length of new shifts in the iLert UI, in whole days or whole hours (ISO-8601), e.g.
   * `PT8H` or `P1D`.
   * @default - iLert's default
   */
  readonly defaultShiftDuration?: string;
}

const SCHEDULE_LAYER: Struct<ScheduleLayer> = {
  name: "ScheduleLayer",
  keys: {
    name: "optional",
    users: "required",
    rotation: "required",
    start: "required",
    keepOnCall: "optional",
    end: "optional",
    restrictions: "optional",
  },
};
const SCHEDULE_SHIFT: Struct<ScheduleShift> = { name: "ScheduleShift", keys: { user: "required", start: "required", end: "required" } };
const SCHEDULE_PROPS: Struct<OnCallScheduleProps> = {
  name: "OnCallScheduleProps",
  keys: {
    name: "required",
    timezone: "required",
    layers: "optional",
    shifts: "optional",
    showGaps: "optional",
    defaultShiftDuration: "optional",
    ...ILERT_PROVIDER_KEYS,
    ...OWNING_TEAMS_KEYS,
  },
};

/** Props of {@link OnCallSchedule.adoptExisting}. */
export interface AdoptScheduleProps extends AdoptionOptions {
  /** Numeric id of the existing schedule, as in its iLert URL (`.../schedules/1234/...`). */
  readonly scheduleId: string;
}
const ADOPT_SCHEDULE_PROPS: Struct<AdoptScheduleProps> = {
  name: "AdoptScheduleProps",
  keys: { scheduleId: "required", importBlocks: "optional" },
};

/**
 * Declares an iLert on-call schedule (`ilert_schedule`): a recurring rotation of layers, or a static
 * list of shifts. Escalation policies target it with `EscalationTarget.schedule(...)`.
 */
export class OnCallSchedule extends Construct implements ISchedule {
  /** An existing schedule by numeric iLert id. */
  public static fromId(scope: Construct, id: string, scheduleId: string): ISchedule {
    return new (class extends Construct implements ISchedule {
      public readonly scheduleId = checkIlertId(this, "scheduleId", scheduleId);
    })(scope, id);
  }

  /** An existing schedule looked up by exact name (`ilert_schedule` data source). */
  public static fromName(scope: Construct, id: string, name: string, options: LookupOptions = {}): ISchedule {
    return new (class extends Construct implements ISchedule {
      public readonly scheduleId = lookupId(this, DataIlertSchedule, "name", name, options);
    })(scope, id);
  }

  /** The `ilert_schedule` resource. */
  public readonly resource: Schedule;
  /** The schedule's iLert id, a Terraform reference. */
  public readonly scheduleId: string;
  /**
   * The users of all layers or shifts, each once, in order of first appearance. Always set for a
   * declared schedule (optional only because {@link ISchedule.responders} is).
   */
  public readonly responders?: IUser[];
  private readonly ilertProvider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: OnCallScheduleProps) {
    super(scope, id);
    checkProps(this, props, SCHEDULE_PROPS, "pass { name, timezone, layers } or { name, timezone, shifts }");
    checkString(this, "name", props.name, { maxLength: 255, fix: "use a schedule name of 1-255 bytes" });
    checkString(this, "timezone", props.timezone, { fix: 'give the IANA time zone of the schedule, e.g. "Europe/Berlin"' });
    checkTimezone(this, "timezone", props.timezone);
    checkShowGaps(this, props.showGaps);
    if (props.defaultShiftDuration !== undefined) {
      checkIsoDuration(this, "defaultShiftDuration", props.defaultShiftDuration, 'e.g. "PT8H" or "P1D", or leave it unset');
    }
    const teams = props.teams === undefined ? undefined : teamBlocks(this, props.teams);
    const recurring = this.kind(props) === "RECURRING";
    const scheduleLayer = recurring ? this.layerBlocks(props.layers, props.timezone) : undefined;
    const shift = recurring ? undefined : this.shiftBlocks(props.shifts);
    const users = recurring ? props.layers!.flatMap((l) => l.users) : props.shifts!.map((s) => s.user);
    this.responders = [...new Set(users)];
    this.ilertProvider = props.ilertProvider;
    // current_shift / next_shift are never set: the provider reads their user as an int and would panic.
    this.resource = new Schedule(this, "Resource", {
      name: escapeTerraformTemplate(props.name),
      timezone: props.timezone,
      type: recurring ? "RECURRING" : "STATIC",
      scheduleLayer,
      shift,
      showGaps: props.showGaps,
      defaultShiftDuration: props.defaultShiftDuration,
      team: teams,
      provider: useProvider(this, "ilert", "ilertProvider", props.ilertProvider),
    });
    this.scheduleId = this.resource.id;
  }

  /**
   * Makes this schedule adopt an existing one (made by hand) instead of creating it: Terraform imports
   * it by `scheduleId`. iLert provider 2.20.0 reads neither its layers or shifts, nor its teams, nor
   * its default shift duration on import, so the first plan shows them as an update, which sends what
   * the props say (docs/adopting.md). Keep the layers' users, rotation and start as they are: a changed
   * layer changes who is on call.
   */
  public adoptExisting(props: AdoptScheduleProps): void {
    checkProps(this, props, ADOPT_SCHEDULE_PROPS, 'pass { scheduleId: "1234" }');
    const id = adoptedIlertId(this, "scheduleId", props.scheduleId, 'use the numeric id in the schedule\'s iLert URL, e.g. "1234"');
    adoptResource(this.resource, id, adoptionOptions(this, props));
  }

  /**
   * Reminds every responder of this schedule before each of their shifts: one `OnCallReminder` per
   * user (declared under the user's handle, see {@link remindResponders}), plus the email or phone
   * contact where the method needs one; they use `options.ilertProvider`, else this schedule's.
   */
  public remindResponders(options: RemindRespondersOptions): OnCallReminder[] {
    return remindResponders(this, this.responders ?? [], options, this.ilertProvider);
  }

  /** The provider's schedule type, from which of `layers` / `shifts` is given (exactly one must be). */
  private kind(props: OnCallScheduleProps): "RECURRING" | "STATIC" {
    if (props.layers !== undefined && props.shifts !== undefined) {
      fail(
        this,
        "shifts",
        props.shifts,
        "no shifts when layers are given: a schedule is either recurring (layers) or static (shifts)",
        "remove shifts, or declare the static shifts as a second OnCallSchedule",
      );
    }
    if (props.layers === undefined && props.shifts === undefined) {
      fail(
        this,
        "layers",
        undefined,
        "at least one layer (a recurring schedule), or shifts (a static schedule)",
        'add layers: [{ users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }]',
      );
    }
    return props.layers !== undefined ? "RECURRING" : "STATIC";
  }

  private layerBlocks(value: unknown, timezone: string): ScheduleScheduleLayer[] {
    const layers = checkArray<ScheduleLayer>(
      this,
      "layers",
      value,
      1,
      'add at least one layer, e.g. { users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }',
    );
    return layers.map((layer, i) => {
      const prop = `layers[${i}]`;
      if (typeof layer !== "object" || layer === null)
        fail(this, prop, layer, "{ users, rotation, start }", "describe the layer as an object");
      checkKeys(this, prop, layer, SCHEDULE_LAYER);
      const name = layer.name ?? `Layer ${i + 1}`;
      checkString(this, `${prop}.name`, name, { maxLength: 255, fix: "use a layer name of 1-255 bytes, or leave it unset" });
      const users = checkArray<IUser>(this, `${prop}.users`, layer.users, 1, "list the users who take turns, at least one");
      const rotation = checkedRotation(this, `${prop}.rotation`, layer.rotation);
      checkScheduleDateTime(this, `${prop}.start`, layer.start);
      if (layer.end !== undefined) {
        fail(
          this,
          `${prop}.end`,
          layer.end,
          "no end: the iLert provider (up to 2.25.0) never sends a layer's ends_on to iLert (its buildSchedule leaves it out) nor reads it back, so the layer would never end and every plan would show ends_on again",
          "remove end, and remove the layer from the schedule when it is over",
        );
      }
      const user = users.map((u, j) => ({ id: checkHandle(this, `${prop}.users[${j}]`, u, USER_HANDLE).userId }));
      return {
        name: escapeTerraformTemplate(name),
        user,
        rotation,
        startsOn: layer.keepOnCall === undefined ? layer.start : keptLayerStart(this, prop, { ...layer, users }, rotation, timezone),
        ...restrictionBlocks(this, `${prop}.restrictions`, layer.restrictions),
      };
    });
  }

  private shiftBlocks(value: unknown): ScheduleShiftBlock[] {
    const shifts = checkArray<ScheduleShift>(
      this,
      "shifts",
      value,
      1,
      'add at least one shift, e.g. { user, start: "2026-01-05T09:00", end: "2026-01-12T09:00" }',
    );
    return shifts.map((shift, i) => {
      const prop = `shifts[${i}]`;
      if (typeof shift !== "object" || shift === null) fail(this, prop, shift, "{ user, start, end }", "describe the shift as an object");
      checkKeys(this, prop, shift, SCHEDULE_SHIFT);
      const user = checkHandle(this, `${prop}.user`, shift.user, USER_HANDLE);
      checkScheduleDateTime(this, `${prop}.start`, shift.start);
      checkScheduleDateTime(this, `${prop}.end`, shift.end);
      checkEndAfterStart(this, `${prop}.end`, shift.start, shift.end, `${prop}.start`);
      return { user: user.userId, start: shift.start, end: shift.end };
    });
  }
}

/**
 * Checks `showGaps`. False is never sent: the provider (v2.25.0) reads `show_gaps` with `GetOk`,
 * which reports false as unset, and ilert-go drops a false `showGaps` (`omitempty`), so iLert keeps
 * its default and, where that is true, every plan shows `true -> false` again.
 */
function checkShowGaps(scope: IConstruct, value: unknown): void {
  checkOptionalBoolean(scope, "showGaps", value);
  if (value === false) {
    fail(
      scope,
      "showGaps",
      value,
      "true, or unset for iLert's default",
      "the iLert provider never sends false (it reads show_gaps with GetOk, which treats false as unset, and ilert-go omits a false showGaps), so iLert keeps its default and the plan may never settle; remove showGaps",
    );
  }
}
