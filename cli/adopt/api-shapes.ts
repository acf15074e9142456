/**
 * The parts of the iLert and Datadog API objects adopt reads, in the APIs' own JSON (camelCase for
 * iLert, snake_case for Datadog). Every other field is kept as it came (`[field: string]: unknown`), so
 * that adopt can say what it found but cannot declare.
 */

/** A reference to an iLert object, as the API embeds one: `{ id, name? }`. */
export interface IlertRef {
  readonly id: number;
  readonly name?: string;
}

/** An iLert template field: `{ textTemplate }`. */
export interface TextTemplate {
  readonly textTemplate?: string;
}

export interface AlertSourceJson {
  readonly id: number;
  readonly name: string;
  readonly integrationType: string;
  /** A secret: never printed or written. */
  readonly integrationKey?: string;
  /** Holds the integration key: never printed or written. */
  readonly integrationUrl?: string;
  readonly escalationPolicy: IlertRef;
  readonly teams?: readonly IlertRef[];
  readonly supportHours?: { readonly id?: number } | null;
  readonly priorityTemplate?: {
    readonly valueTemplate?: TextTemplate;
    readonly mappings?: readonly { readonly value: string; readonly priority: string }[];
  } | null;
  readonly [field: string]: unknown;
}

export interface EscalationRuleJson {
  readonly escalationTimeout: number;
  readonly user?: IlertRef | null;
  readonly users?: readonly IlertRef[] | null;
  readonly schedule?: IlertRef | null;
  readonly schedules?: readonly IlertRef[] | null;
  readonly teams?: readonly IlertRef[] | null;
}

export interface EscalationPolicyJson {
  readonly id: number;
  readonly name: string;
  readonly escalationRules: readonly EscalationRuleJson[];
  readonly teams?: readonly IlertRef[];
  readonly repeating?: boolean;
  readonly frequency?: number;
  readonly delayMin?: number;
  readonly routingKey?: string;
  readonly [field: string]: unknown;
}

export interface TimeOfWeekJson {
  readonly dayOfWeek: string;
  readonly time: string;
}

export interface ScheduleLayerJson {
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn?: string | null;
  readonly users: readonly IlertRef[];
  readonly rotation: string;
  readonly restrictionType?: string | null;
  readonly restrictions?: readonly { readonly from: TimeOfWeekJson; readonly to: TimeOfWeekJson }[] | null;
}

export interface ScheduleJson {
  readonly id: number;
  readonly name: string;
  readonly timezone: string;
  readonly type: string;
  readonly scheduleLayers?: readonly ScheduleLayerJson[];
  readonly shifts?: readonly { readonly user: IlertRef; readonly start: string; readonly end: string }[];
  readonly showGaps?: boolean;
  readonly defaultShiftDuration?: string;
  readonly teams?: readonly IlertRef[];
  readonly [field: string]: unknown;
}

export interface UserJson {
  readonly id: number;
  readonly email: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly [field: string]: unknown;
}

export interface TeamJson {
  readonly id: number;
  readonly name: string;
  readonly visibility?: string;
  readonly members?: readonly { readonly user: IlertRef; readonly role?: string }[];
  readonly [field: string]: unknown;
}

export interface MonitorJson {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly query: string;
  readonly message: string;
  readonly priority?: number | null;
  readonly tags?: readonly string[];
  readonly options?: { readonly thresholds?: Readonly<Record<string, number | null>>; readonly [option: string]: unknown };
  readonly [field: string]: unknown;
}

export interface WebhookJson {
  readonly name: string;
  /** Holds the integration key of the alert source it posts to: never printed or written. */
  readonly url: string;
  readonly payload?: string | null;
  readonly custom_headers?: string | null;
  readonly encode_as?: string;
}
