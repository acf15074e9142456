import { Annotations } from "cdktf";
import { IConstruct } from "constructs";
import { checkHandle } from "../../../core/handles";
import { describeValue } from "../../../core/shown-text";
import { checkArray, checkKeys, fail, isUnresolved, Struct } from "../../../core/validate";
import { keepOnCall } from "../../../../tools/on-call/rotation-engine";
import { formatWall, wallTime } from "../../../../tools/on-call/zoned-time";
import { IUser } from "../../people/user";
import { USER_HANDLE } from "../../people/private/handle-kinds";
import { checkScheduleDateTime } from "./schedule-date-time";
import { KeepOnCall } from "../keep-on-call";

const KEEP_ON_CALL: Struct<KeepOnCall> = { name: "KeepOnCall", keys: { at: "required", previousUsers: "required" } };

/**
 * The `starts_on` of a layer (`prop`, e.g. `layers[0]`, of `scope`) with `keepOnCall`: computed by
 * the rotation engine (tools/on-call/rotation-engine.ts, where the turn formula lives), from the
 * layer's `start`, `rotation` (already checked) and users, and the schedule's `timezone`. Fails with
 * the reason when it cannot be computed or nobody can stay, and records the computed start as an
 * info annotation on `scope`, for the next change.
 */
export function keptLayerStart(
  scope: IConstruct,
  prop: string,
  layer: { readonly start: string; readonly users: readonly IUser[]; readonly keepOnCall?: unknown },
  rotation: string,
  timezone: string,
): string {
  const keep = layer.keepOnCall as KeepOnCall;
  if (typeof keep !== "object" || keep === null)
    fail(
      scope,
      `${prop}.keepOnCall`,
      keep,
      "{ at, previousUsers }",
      'e.g. keepOnCall: { at: "2026-03-11T12:00", previousUsers: [alice, bob] }',
    );
  checkKeys(scope, `${prop}.keepOnCall`, keep, KEEP_ON_CALL);
  checkScheduleDateTime(scope, `${prop}.keepOnCall.at`, keep.at);
  const previous = checkArray<IUser>(
    scope,
    `${prop}.keepOnCall.previousUsers`,
    keep.previousUsers,
    1,
    "list the layer's users as they were before the change, in their order then",
  );
  previous.forEach((u, i) => checkHandle(scope, `${prop}.keepOnCall.previousUsers[${i}]`, u, USER_HANDLE));
  const literal = { timezone, [`${prop}.start`]: layer.start, [`${prop}.rotation`]: rotation, [`${prop}.keepOnCall.at`]: keep.at };
  for (const [name, value] of Object.entries(literal)) {
    if (isUnresolved(value))
      fail(
        scope,
        name,
        value,
        `a literal value: ${prop}.keepOnCall computes the layer's start at synth, and this is a Terraform reference`,
        `give ${name} as a literal value, or remove ${prop}.keepOnCall`,
      );
  }
  // In this fixed-width form, text order is time order.
  if (keep.at < layer.start)
    fail(
      scope,
      `${prop}.keepOnCall.at`,
      keep.at,
      `a date-time at or after ${prop}.start ${describeValue(layer.start)} (before it, nobody of previousUsers was on call)`,
      `set it to the moment whose on-call person should stay, e.g. when the change is deployed`,
    );
  const kept = keepOnCall(
    { users: layer.users.map((u) => u.userId), rotation, start: layer.start },
    previous.map((u) => u.userId),
    keep.at,
    timezone,
  );
  const local = (d: Date): string => formatWall(wallTime(d.getTime(), timezone)).replace(" ", "T");
  const turn = `from ${local(kept.turnStart)} until ${local(kept.turnEnd)}`;
  if (kept.start === undefined) {
    fail(
      scope,
      `${prop}.keepOnCall.previousUsers[${kept.previousIndex}]`,
      previous[kept.previousIndex],
      `a member of ${prop}.users: they are on call at ${keep.at} (their turn runs ${turn}), and keepOnCall keeps that person on call`,
      `keep them in ${prop}.users until ${local(kept.turnEnd)} and remove them after that hand-over, set keepOnCall.at to a moment in the turn of someone who stays, or remove keepOnCall to have the turns counted anew from ${prop}.start`,
    );
  }
  const who = (u: IUser): string => u.email ?? u.node.path;
  const order = [...layer.users.slice(kept.index! + 1), ...layer.users.slice(0, kept.index! + 1)].map(who).join(", ");
  Annotations.of(scope).addInfo(
    `${prop}: starts_on ${kept.start}, computed by keepOnCall: ${who(previous[kept.previousIndex])} stays on call at ${keep.at} (turn ${turn}), then ${order} in turn. For the next change of members, make ${kept.start} the layer's start and its users the previousUsers.`,
  );
  return kept.start;
}
