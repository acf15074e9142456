import { randomUUID } from "crypto";
import { datadogError } from "./api-errors";
import { modelProblems } from "./models";

/**
 * Datadog's v2 downtimes (`/api/v2/downtime`, what `datadog_downtime_schedule` manages), keyed by their
 * id (a UUID), in the API's JSON:API shape. Written from the v2 specification and models of
 * datadog-api-client-go v2.51.0 (the provider's client) and the provider's recorded acceptance tests
 * (datadog/tests/cassettes/TestAccDowntimeSchedule*.yaml upstream): what the API answers a body
 * without optional fields, and the forms it writes times in.
 */

/** A downtime's attributes as the API returns them. */
export interface DowntimeAttributes {
  canceled: string | null;
  created: string;
  modified: string;
  display_timezone: string;
  message: string | null;
  monitor_identifier: { monitor_id: number } | { monitor_tags: string[] };
  mute_first_recovery_notification: boolean;
  notify_end_states: string[];
  notify_end_types: string[];
  schedule: OneTimeSchedule | RecurringSchedule;
  scope: string;
  status: "active" | "canceled" | "ended" | "scheduled";
}

/** A one-time schedule as returned: UTC times written `+00:00`, `end` null when it never ends. */
export interface OneTimeSchedule {
  start: string;
  end: string | null;
}

/** A recurring schedule as returned. */
export interface RecurringSchedule {
  timezone: string;
  recurrences: { duration: string; rrule: string; start: string }[];
}

/** A downtime as the API returns it (`data` of a DowntimeResponse). */
export interface DowntimeJson {
  type: "downtime";
  id: string;
  attributes: DowntimeAttributes;
  relationships: {
    created_by: { data: { type: "users"; id: string } };
    monitor: { data: { type: "monitors"; id: string } | null };
  };
}

/** The user the application key belongs to, who creates every downtime (a v2 user: a UUID). */
const CREATOR = { type: "users" as const, id: "3ad549bf-eba0-11e9-a77a-0705486660d0" };

/**
 * What Datadog stores for a field not sent on create, as the recorded fixtures show: `display_timezone`
 * UTC (also for `""`, which the provider sends when it is unset), `message` null, the first recovery not
 * muted, notifications at the end for every state. `notify_end_types` is not in those fixtures
 * (every one sends it): `["expired"]` is assumed, UNCERTAIN.
 */
const DEFAULTS = {
  display_timezone: "UTC",
  message: null,
  mute_first_recovery_notification: false,
  notify_end_states: ["alert", "no data", "warn"],
  notify_end_types: ["expired"],
};

/** Recurrences one downtime holds at most (DowntimeScheduleRecurrencesResponse: `maxItems: 5`). */
const MAX_RECURRENCES = 5;
/** A recurrence's duration: "an integer and ... one of 'm', 'h', 'd', or 'w'". */
const DURATION = /^\d+[mhdw]$/;
/** A recurrence's local start, without offset (the provider writes seconds; the spec's example has none). */
const LOCAL_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export class Downtimes {
  readonly byId = new Map<string, DowntimeJson>();

  /** @param monitorExists whether a monitor id names a monitor of the organisation. */
  constructor(private readonly monitorExists: (id: number) => boolean) {}

  /** POST: answers 200 (JSON:API) with the downtime and its creator included. */
  create(body: unknown): { data: DowntimeJson; included: object[] } {
    refuseInvalid(body, "DowntimeCreateRequest");
    const sent = (body as { data: { attributes: Record<string, unknown> } }).data.attributes;
    const now = timestamp(new Date());
    const attributes = this.checked({
      ...DEFAULTS,
      ...withoutNulls(sent),
      display_timezone: displayTimezone(sent.display_timezone),
      schedule: schedule(sent.schedule),
      canceled: null,
      created: now,
      modified: now,
    } as Omit<DowntimeAttributes, "status">);
    const downtime: DowntimeJson = { type: "downtime", id: randomUUID(), attributes, relationships: relationships(attributes) };
    this.byId.set(downtime.id, downtime);
    return { data: copy(downtime), included: [included()] };
  }

  /** GET: `include` (created_by, monitor) is accepted and, as the provider never asks for it, not modelled. */
  get(id: string): { data: DowntimeJson } {
    return { data: copy(this.existing(id)) };
  }

  /**
   * PATCH: the attributes sent replace the stored ones; `data.id` must be the downtime's or empty (the
   * provider 3.82.0 sends `""`). A null `display_timezone` or `message` resets it. A canceled downtime is
   * refused (UNCERTAIN: the API reference lists only 400 for a bad request).
   */
  update(id: string, body: unknown): { data: DowntimeJson; included: object[] } {
    const current = this.existing(id);
    refuseInvalid(body, "DowntimeUpdateRequest");
    const data = (body as { data: { id: string; attributes: Record<string, unknown> } }).data;
    if (data.id !== "" && data.id !== id) throw datadogError(400, `data.id "${data.id}" is not the downtime's id ${id}`);
    if (current.attributes.status === "canceled") throw datadogError(400, "Cannot update a canceled downtime");
    const sent = data.attributes;
    const attributes = this.checked({
      ...current.attributes,
      ...withoutNulls(sent),
      ...("display_timezone" in sent ? { display_timezone: displayTimezone(sent.display_timezone) } : {}),
      ...(sent.message === null ? { message: null } : {}),
      ...(sent.schedule === undefined ? {} : { schedule: schedule(sent.schedule) }),
      modified: timestamp(new Date()),
    });
    const downtime: DowntimeJson = { ...current, attributes, relationships: relationships(attributes) };
    this.byId.set(id, downtime);
    return { data: copy(downtime), included: [included()] };
  }

  /**
   * DELETE cancels: 204, and the downtime stays readable with status `canceled` (the API reference:
   * "retained for approximately two days"). Canceling it again answers 204 too (UNCERTAIN).
   */
  cancel(id: string): void {
    const downtime = this.existing(id);
    if (downtime.attributes.status === "canceled") return;
    downtime.attributes = { ...downtime.attributes, status: "canceled", canceled: timestamp(new Date()) };
  }

  /** The downtimes not canceled: what still mutes monitors. */
  get active(): DowntimeJson[] {
    return [...this.byId.values()].filter((d) => d.attributes.status !== "canceled");
  }

  private existing(id: string): DowntimeJson {
    const downtime = this.byId.get(id);
    if (downtime === undefined) throw datadogError(404, "Downtime not found");
    return downtime;
  }

  /** The rules the models cannot express; the status the schedule gives now. */
  private checked(attributes: Omit<DowntimeAttributes, "status"> & { status?: string }): DowntimeAttributes {
    const identifier = attributes.monitor_identifier;
    if ("monitor_id" in identifier && !this.monitorExists(identifier.monitor_id))
      throw datadogError(400, `monitor_identifier.monitor_id: no monitor ${identifier.monitor_id}`);
    if ("monitor_tags" in identifier && identifier.monitor_tags.length === 0)
      throw datadogError(400, 'monitor_identifier.monitor_tags: at least one tag (or ["*"])');
    if (attributes.scope.trim() === "") throw datadogError(400, "scope: must not be empty");
    checkZone("display_timezone", attributes.display_timezone);
    const s = attributes.schedule;
    if ("recurrences" in s) {
      checkZone("schedule.timezone", s.timezone);
      // The spec: a recurring schedule's time zone "Must match display_timezone".
      if (s.timezone !== attributes.display_timezone)
        throw datadogError(400, `display_timezone "${attributes.display_timezone}" must match schedule.timezone "${s.timezone}"`);
    }
    return { ...attributes, status: attributes.status === "canceled" ? "canceled" : statusAt(s, Date.now()) } as DowntimeAttributes;
  }
}

/** The schedule sent, as stored: a one-time one with its UTC times (start now when not sent), or the recurrences checked. */
function schedule(sent: unknown): OneTimeSchedule | RecurringSchedule {
  // The spec: "If no schedules are provided, the downtime will begin immediately and never end."
  if (sent === undefined || sent === null) return { start: timestamp(new Date()), end: null };
  const s = sent as Record<string, unknown>;
  if ("recurrences" in s) {
    const recurrences = s.recurrences as { duration: string; rrule: string; start?: string | null }[];
    if (recurrences.length < 1 || recurrences.length > MAX_RECURRENCES)
      throw datadogError(400, `schedule.recurrences: 1 to ${MAX_RECURRENCES} recurrences, got ${recurrences.length}`);
    return {
      timezone: (s.timezone as string | undefined) ?? "UTC",
      recurrences: recurrences.map((r, i) => {
        const at = `schedule.recurrences[${i}]`;
        if (!DURATION.test(r.duration)) throw datadogError(400, `${at}.duration: "${r.duration}" is not an integer and m, h, d or w`);
        // The spec: "Attributes specifying the duration in RRULE are not supported (for example, DTSTART, DTEND, DURATION)."
        const parts = r.rrule.split(";").map((p) => p.split("=")[0].toUpperCase());
        const refused = parts.find((p) => ["DTSTART", "DTEND", "DURATION"].includes(p));
        if (refused !== undefined) throw datadogError(400, `${at}.rrule: ${refused} is not supported`);
        if (!parts.includes("FREQ")) throw datadogError(400, `${at}.rrule: "${r.rrule}" has no FREQ`);
        // The start Datadog takes when none is sent ("the moment it is created") is not modelled: the fake needs one.
        if (r.start === undefined || r.start === null)
          throw datadogError(400, `${at}.start: the fake needs a start (Datadog takes the creation time)`);
        if (!LOCAL_START.test(r.start)) throw datadogError(400, `${at}.start: "${r.start}" is not a date-time without offset`);
        return { duration: r.duration, rrule: r.rrule, start: r.start };
      }),
    };
  }
  const start = s.start === undefined || s.start === null ? new Date() : new Date(s.start as string);
  const end = s.end === undefined || s.end === null ? null : new Date(s.end as string);
  if (end !== null && end <= start) throw datadogError(400, "schedule.end: must be after schedule.start");
  return { start: timestamp(start), end: end === null ? null : timestamp(end) };
}

/**
 * The status a schedule has at `now`: a one-time one from its times; a recurring one `scheduled`
 * until its first start and `active` after (its occurrences are not computed: approximate).
 */
function statusAt(s: OneTimeSchedule | RecurringSchedule, now: number): "active" | "ended" | "scheduled" {
  if ("recurrences" in s) return s.recurrences.some((r) => Date.parse(`${r.start}Z`) <= now) ? "active" : "scheduled";
  if (Date.parse(s.start) > now) return "scheduled";
  return s.end !== null && Date.parse(s.end) <= now ? "ended" : "active";
}

function relationships(attributes: DowntimeAttributes): DowntimeJson["relationships"] {
  const identifier = attributes.monitor_identifier;
  return {
    created_by: { data: { ...CREATOR } },
    monitor: { data: "monitor_id" in identifier ? { type: "monitors", id: String(identifier.monitor_id) } : null },
  };
}

/** The creator, as the API includes it in create and update responses. */
function included(): object {
  return {
    ...CREATOR,
    attributes: { name: "Terraform", handle: "terraform@example.com", email: "terraform@example.com", status: "Active" },
  };
}

function refuseInvalid(body: unknown, model: string): void {
  const problems = modelProblems(body, model, "", 2);
  if (problems.length > 0) throw datadogError(400, ...problems);
}

/** `""` (what the provider sends for an unset `display_timezone`) and null are the default, UTC. */
function displayTimezone(value: unknown): string {
  return value === undefined || value === null || value === "" ? "UTC" : (value as string);
}

function checkZone(field: string, zone: string): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    throw datadogError(400, `${field}: "${zone}" is not a time zone`);
  }
}

/** A time as the API writes it: `2026-12-24T22:00:00+00:00` (seconds; microseconds are dropped here). */
function timestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

function withoutNulls(sent: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(sent).filter(([k, v]) => v !== null && k !== "schedule" && k !== "display_timezone"));
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
