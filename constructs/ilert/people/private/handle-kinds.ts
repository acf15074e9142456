import type { HandleKind } from "../../../core/handles";
import type { ITeam } from "../team-handle";
import type { IUser } from "../user";

/** Team handles, for `checkHandle`. */
export const TEAM_HANDLE: HandleKind<ITeam> = { noun: "team", idAttribute: "teamId", fix: "pass a Team, or Team.fromId / Team.fromName" };

/** User handles, for `checkHandle`. */
export const USER_HANDLE: HandleKind<IUser> = { noun: "user", idAttribute: "userId", fix: "pass a User, or User.fromId / User.fromEmail" };
