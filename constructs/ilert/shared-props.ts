import { TerraformProvider } from "cdktf";
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
