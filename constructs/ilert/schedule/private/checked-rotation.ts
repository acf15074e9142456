import { IConstruct } from "constructs";
import { describeValue } from "../../../core/shown-text";
import { checkInstance } from "../../../core/validate";
import { checkIsoDuration } from "./iso-duration";
import { Rotation } from "../rotation";

/** Checks the `rotation` of a layer (`prop` of `scope`) and returns the provider's value. */
export function checkedRotation(scope: IConstruct, prop: string, rotation: unknown): string {
  const example = typeof rotation === "string" ? describeValue(rotation) : '"P14D"';
  const { duration } = checkInstance(
    scope,
    prop,
    rotation,
    Rotation,
    `use Rotation.daily(), Rotation.weekly() or Rotation.every(${example})`,
  );
  checkIsoDuration(scope, prop, duration, 'give whole days or hours, e.g. Rotation.every("P14D") or Rotation.every("PT12H")');
  return duration;
}
