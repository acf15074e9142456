import { IlertProviderProps } from "./shared-props";

/** Options of the `fromName` / `fromEmail` lookups: the iLert provider to read with. */
export type LookupOptions = IlertProviderProps;
