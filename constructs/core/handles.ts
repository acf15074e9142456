import { Construct, IConstruct } from "constructs";
import { checkIlertId, idAsNumber } from "./ilert-id";
import { fail } from "./validate";

/**
 * A kind of handle for an iLert object (user, team, schedule, escalation policy, support hours):
 * what {@link checkHandle} needs to check one and to say how to get one. Handles are interfaces a
 * user's own class can implement, so their ids are checked wherever they are used, not only in the
 * `fromId` factories.
 */
export interface HandleKind<H> {
  /** The object in words, e.g. `user`, `escalation policy`. */
  readonly noun: string;
  /**
   * The article before the noun.
   * @default "a"
   */
  readonly article?: "a" | "an";
  /** The handle attribute holding the iLert id, e.g. `userId`. */
  readonly idAttribute: IdAttribute<H>;
  /** How to get a handle, e.g. `pass a User, or User.fromId / User.fromEmail`. */
  readonly fix: string;
}

/** The attributes of a handle type that hold a string. */
export type IdAttribute<H> = { [K in keyof H]-?: H[K] extends string ? K : never }[keyof H] & string;

/**
 * Checks that `value` (`prop` of `scope`) is a handle of `kind` holding a valid iLert id (a token
 * passes), and returns it. The message for a bad id names the handle's construct path.
 */
export function checkHandle<H>(scope: IConstruct, prop: string, value: unknown, kind: HandleKind<H>): H {
  const id = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[kind.idAttribute] : undefined;
  if (typeof id !== "string") fail(scope, prop, value, `${kind.article ?? "a"} ${kind.noun} handle`, kind.fix);
  checkIlertId(scope, `${prop}.${kind.idAttribute}`, id, idFix(value, kind));
  return value as H;
}

/**
 * The id of a checked handle as the number integer id fields take (`team { id }`, `user { id }`),
 * failing for an id JavaScript cannot write exactly.
 */
export function handleIdAsNumber<H>(scope: IConstruct, prop: string, handle: H, kind: HandleKind<H>): number {
  return idAsNumber(scope, `${prop}.${kind.idAttribute}`, handle[kind.idAttribute] as string, idFix(handle, kind));
}

function idFix<H>(handle: unknown, kind: HandleKind<H>): string {
  const path = Construct.isConstruct(handle) ? ` ${handle.node.path}` : "";
  return `set ${kind.idAttribute} of the ${kind.noun} handle${path} to a numeric iLert id, e.g. "1234"; or ${kind.fix}`;
}
