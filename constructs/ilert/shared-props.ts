import { TerraformProvider } from "cdktf";
import type { StructKeys } from "../core/validate";
import type { ITeam } from "./people/team-handle";

/** The provider option every construct and lookup declaring iLert objects takes. */
export interface IlertProviderProps {
  /**
   * The iLert provider to use, e.g. an aliased one for another iLert account.
   * @default - the stack's default iLert provider (added if the stack has none)
   */
  readonly ilertProvider?: TerraformProvider;
}

/** The owning-teams option of iLert objects that teams can own (alert sources, policies, schedules). */
export interface OwningTeamsProps {
  /**
   * Teams that own the object. Once set, ownership is managed here.
   * @default - owners are not managed by Terraform
   */
  readonly teams?: ITeam[];
}

/** The keys of {@link IlertProviderProps}, for the structs that extend it. */
export const ILERT_PROVIDER_KEYS: StructKeys<IlertProviderProps> = { ilertProvider: "optional" };

/** The keys of {@link OwningTeamsProps}, for the structs that extend it. */
export const OWNING_TEAMS_KEYS: StructKeys<OwningTeamsProps> = { teams: "optional" };
