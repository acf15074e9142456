import { Construct } from "constructs";

/**
 * A handle as a user's own construct class implements it (IUser, ITeam, ...): no `fromId` checks
 * its attributes, so the constructs that use it must.
 */
export function ownHandle<T>(scope: Construct, id: string, attributes: Record<string, unknown>): T {
  return Object.assign(new Construct(scope, id), attributes) as unknown as T;
}
