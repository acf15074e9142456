import { IConstruct } from "constructs";

// The handle alone, below Team: the props that take teams (ilert/shared-props.ts) name it without
// reaching the construct, which itself takes those props.

/** An iLert team: declared in this app ({@link Team}), or an existing one. */
export interface ITeam extends IConstruct {
  /** The team's iLert id (a Terraform reference for declared or looked-up teams). */
  readonly teamId: string;
}
