import { IConstruct } from "constructs";
import { checkHandle, handleIdAsNumber } from "../../../core/handles";
import { checkArray } from "../../../core/validate";
import type { ITeam } from "../team-handle";
import { TEAM_HANDLE } from "./handle-kinds";

/** Checks a `teams` prop (owning teams of a policy or alert source) and returns the provider's `team { id }` blocks. */
export function teamBlocks(scope: IConstruct, teams: unknown): { id: number }[] {
  return checkArray<ITeam>(scope, "teams", teams, 1, "pass at least one team, or leave teams unset").map((team, i) => {
    checkHandle(scope, `teams[${i}]`, team, TEAM_HANDLE);
    return { id: handleIdAsNumber(scope, `teams[${i}]`, team, TEAM_HANDLE) };
  });
}
