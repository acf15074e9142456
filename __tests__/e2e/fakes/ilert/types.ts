/** The API's JSON shapes the fake stores and answers (camelCase, numeric ids), as far as the fake reads them. */

export interface TeamShort {
  id: number;
  name?: string;
}

export interface User {
  id: number;
  email: string;
  firstName?: string;
  lastName?: string;
  username?: string;
  [field: string]: unknown;
}

export interface Template {
  textTemplate?: string;
}

export interface AlertSource {
  id: number;
  name: string;
  integrationType: string;
  integrationKey: string;
  integrationUrl: string;
  active: boolean;
  escalationPolicy: { id: number; name?: string };
  teams?: TeamShort[];
  alertPriorityRule?: string;
  summaryTemplate?: Template;
  priorityTemplate?: { valueTemplate?: Template; mappings?: { value: string; priority: string }[] };
  supportHours?: { id?: number };
  [field: string]: unknown;
}

export interface EscalationRule {
  escalationTimeout: number;
  user?: { id: number };
  users?: { id: number }[];
  schedule?: { id: number };
  schedules?: { id: number }[];
  teams?: TeamShort[];
}

export interface EscalationPolicy {
  id: number;
  name: string;
  escalationRules: EscalationRule[];
  teams?: TeamShort[];
  [field: string]: unknown;
}

export interface ScheduleLayer {
  users: { id: number }[];
  [field: string]: unknown;
}

export interface Schedule {
  id: number;
  name: string;
  timezone: string;
  type: string;
  scheduleLayers?: ScheduleLayer[];
  shifts?: { user: { id: number } }[];
  teams?: TeamShort[];
  defaultShiftDuration?: string;
  [field: string]: unknown;
}

export interface Team {
  id: number;
  name: string;
  visibility: string;
  members: { user: { id: number }; role: string }[];
}

export interface SupportHour {
  id: number;
  name: string;
  teams?: TeamShort[];
  timezone?: string;
  exceptions?: SupportHourException[];
  [field: string]: unknown;
}

/** ilert-go `SupportHourException`. */
export interface SupportHourException {
  name?: string;
  start: string;
  end: string;
  supportStatus?: string;
}

export interface EmailContact {
  id: number;
  target: string;
  status: string;
  /** Not part of the API's contact: which user it belongs to. */
  userId: number;
}

export interface PhoneContact extends EmailContact {
  regionCode: string;
}

export interface DutyPreference {
  id: number;
  method: string;
  contact?: { id: number } | null;
  beforeMin: number;
  type: string;
  /** Not part of the API's preference (the user is in its path): for assertions. */
  userId: number;
}

export interface IlertAlert {
  id: number;
  alertSourceId: number;
  alertKey: string;
  status: "PENDING" | "RESOLVED";
  summary: string;
  priority: "HIGH" | "LOW";
  escalationPolicyId: number;
  firstTarget: { type: "USER" | "SCHEDULE"; id: number; name: string };
  /** When it opened (ISO 8601), and when it resolved. */
  reportTime: string;
  resolvedOn?: string;
  /** The `alert_transition` of every event received for this alert, in order. */
  events: string[];
}
