import { IUser } from "../people/user";

/**
 * Keeps who is on call when the members of a schedule layer change (added, removed or reordered):
 * the layer's `start` is the start it had before the change, with `previousUsers` in their order
 * then, and the library computes the start iLert gets so that the person on call `at` the given
 * moment stays on call until their turn would have ended, every hand-over stays at its time, and
 * the new order continues after them.
 */
export interface KeepOnCall {
  /**
   * The moment whose on-call person stays on call, `YYYY-MM-DDTHH:mm` in the schedule's time zone,
   * at or after the layer's `start`; e.g. when the change is deployed. Any moment of the same turn
   * gives the same result.
   */
  readonly at: string;
  /**
   * The layer's users before the change, in their order then (the `users` the layer had with this
   * `start`); at least one. The person on call `at` the moment must still be in `users`.
   */
  readonly previousUsers: IUser[];
}
