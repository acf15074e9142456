import type { StructKeys } from "../../core/validate";
import type { IlertProviderProps, OwningTeamsProps } from "../shared-props";

/** The keys of IlertProviderProps, for the structs that extend it. */
export const ILERT_PROVIDER_KEYS: StructKeys<IlertProviderProps> = { ilertProvider: "optional" };

/** The keys of OwningTeamsProps, for the structs that extend it. */
export const OWNING_TEAMS_KEYS: StructKeys<OwningTeamsProps> = { teams: "optional" };
