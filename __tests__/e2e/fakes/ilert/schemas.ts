import Ajv, { ErrorObject, SchemaObject, ValidateFunction } from "ajv";
import { badRequest } from "./errors";
import * as E from "./enums";

/**
 * JSON schemas of the request bodies, written from ilert-go v3.19.0's structs: property names from the
 * json tags, Go types as JSON types, `additionalProperties: false` everywhere so an unknown or misspelt
 * field is refused instead of silently dropped. `required` is conservative: only what the API clearly
 * needs. `null` is allowed only where ilert-go itself sends it (slices and pointers without `omitempty`).
 */

const str: SchemaObject = { type: "string" };
const int: SchemaObject = { type: "integer" };
const bool: SchemaObject = { type: "boolean" };
const oneOf = (values: string[]): SchemaObject => ({ type: "string", enum: values });

function obj(properties: Record<string, SchemaObject>, required: string[] = [], nullable = false): SchemaObject {
  return { type: nullable ? ["object", "null"] : "object", properties, required, additionalProperties: false };
}

function arr(items: SchemaObject, nullable = false): SchemaObject {
  return { type: nullable ? ["array", "null"] : "array", items };
}

// ilert-go `TeamShort`
const teamShort = obj({ id: int, name: str }, ["id"]);

// ilert-go `User`; as a reference (a rule's or a layer's user) it needs the id.
function user(required: string[]): SchemaObject {
  return obj(
    {
      id: int,
      firstName: str,
      lastName: str,
      username: str,
      email: str,
      timezone: str,
      position: str,
      department: str,
      language: oneOf(E.USER_LANGUAGES),
      role: oneOf(E.USER_ROLES),
      region: str,
      shiftColor: str,
    },
    required,
  );
}
const userRef = user(["id"]);

// ilert-go `Template`, `LinkTemplate`, `Mapping`, `PriorityTemplate`
const template = obj({ textTemplate: str });
const linkTemplate = obj({ text: str, hrefTemplate: template });
const mapping = obj({ value: str, priority: oneOf(E.PRIORITIES) }, ["value", "priority"]);
const priorityTemplate = obj({ valueTemplate: template, mappings: arr(mapping) });

// ilert-go `EmailPredicate` (deprecated, still part of the struct)
const emailPredicate = obj({ field: str, criteria: str, value: str }, ["field", "criteria", "value"]);

// ilert-go `SupportDay`, `SupportDays` (every day a pointer without omitempty: null when unset)
const supportDay = obj({ start: str, end: str }, ["start", "end"], true);
const supportDays = obj(Object.fromEntries(E.DAYS_OF_WEEK.map((day) => [day, supportDay])), [], true);

// ilert-go `SupportHourException`
const supportHourException = obj({ name: str, start: str, end: str, supportStatus: oneOf(E.SUPPORT_STATUSES) }, ["start", "end"]);

// ilert-go `SupportHour`; the provider references one from an alert source as `{id, name: "", supportDays: null}`.
function supportHour(reference: boolean): SchemaObject {
  return obj(
    { id: int, name: str, teams: arr(teamShort), timezone: str, supportDays, exceptions: arr(supportHourException) },
    reference ? ["id"] : ["name"],
  );
}

// ilert-go `SupportHours` (the deprecated inline form)
const legacySupportHours = obj({ timezone: str, autoRaiseAlerts: bool, autoRaiseIncidents: bool, supportDays }, [
  "timezone",
  "supportDays",
]);

// ilert-go `Shift`, `TimeOfWeek`, `LayerRestriction`, `ScheduleLayer`
const shift = obj({ user: userRef, start: str, end: str }, ["user", "start", "end"]);
const timeOfWeek = obj({ dayOfWeek: oneOf(E.DAYS_OF_WEEK), time: str }, ["dayOfWeek", "time"]);
const restriction = obj({ from: timeOfWeek, to: timeOfWeek }, ["from", "to"]);
const scheduleLayer = obj(
  {
    name: str,
    startsOn: str,
    endsOn: str,
    users: arr(userRef),
    rotation: str,
    restrictionType: oneOf(E.RESTRICTION_TYPES),
    restrictions: arr(restriction),
  },
  ["name", "startsOn", "users", "rotation"],
);

// ilert-go `Schedule`. Its id, name, timezone and type have no omitempty, so a rule's schedule reference
// arrives as `{id, name: "", timezone: "", type: ""}`: a reference needs only the id and takes any type.
function schedule(reference: boolean): SchemaObject {
  return obj(
    {
      id: int,
      name: reference ? str : { type: "string", minLength: 1 },
      timezone: str,
      type: reference ? str : oneOf(E.SCHEDULE_TYPES),
      startsOn: str,
      scheduleLayers: arr(scheduleLayer),
      shifts: arr(shift),
      showGaps: bool,
      defaultShiftDuration: str,
      currentShift: shift,
      nextShift: shift,
      teams: arr(teamShort),
    },
    reference ? ["id"] : ["name", "timezone", "type"],
  );
}

// ilert-go `EscalationRule`
const escalationRule = obj(
  {
    user: userRef,
    users: arr(userRef),
    schedule: schedule(true),
    schedules: arr(schedule(true)),
    teams: arr(teamShort),
    escalationTimeout: { type: "integer", minimum: 0 },
  },
  ["escalationTimeout"],
);

// ilert-go `EscalationPolicy`. An alert source references its policy with the whole struct, which the
// provider fills with the id only: `{id, name: "", escalationRules: null}`.
function escalationPolicy(reference: boolean): SchemaObject {
  return obj(
    {
      id: int,
      name: reference ? str : { type: "string", minLength: 1 },
      escalationRules: arr(escalationRule, reference),
      teams: arr(teamShort),
      repeating: bool,
      frequency: int,
      delayMin: int,
      routingKey: str,
    },
    reference ? ["id"] : ["name", "escalationRules"],
  );
}

// ilert-go `AlertSource`. `supportHours` is an `interface{}`: a support hour reference (has an id) or the legacy inline form.
const alertSource = obj(
  {
    id: int,
    name: { type: "string", minLength: 1 },
    iconUrl: str,
    lightIconUrl: str,
    darkIconUrl: str,
    integrationType: oneOf(E.INTEGRATION_TYPES),
    integrationKey: str,
    integrationUrl: str,
    alertCreation: oneOf(E.ALERT_CREATIONS),
    incidentCreation: oneOf(E.ALERT_CREATIONS),
    emailFiltered: bool,
    emailResolveFiltered: bool,
    active: bool,
    status: oneOf(E.ALERT_SOURCE_STATUSES),
    autoResolutionTimeout: { type: "string", pattern: "^P(T(\\d+H)?(\\d+M)?|\\d+D)$" },
    emailPredicates: arr(emailPredicate),
    emailResolvePredicates: arr(emailPredicate),
    resolveKeyExtractor: emailPredicate,
    filterOperator: oneOf(["AND", "OR"]),
    resolveFilterOperator: oneOf(["AND", "OR"]),
    alertPriorityRule: oneOf(E.ALERT_PRIORITY_RULES),
    incidentPriorityRule: oneOf(E.ALERT_PRIORITY_RULES),
    supportHours: { type: "object", if: { required: ["id"] }, then: supportHour(true), else: legacySupportHours },
    escalationPolicy: escalationPolicy(true),
    // a free-form map[string]interface{} in ilert-go
    metadata: { type: "object" },
    autotaskMetadata: obj({ userName: str, secret: str, webServer: str }),
    heartbeat: obj({ summary: str, intervalSec: int, status: str }),
    teams: arr(teamShort),
    summaryTemplate: template,
    detailsTemplate: template,
    routingTemplate: template,
    alertKeyTemplate: template,
    linkTemplates: arr(linkTemplate),
    priorityTemplate,
    alertGroupingWindow: oneOf(E.ALERT_GROUPING_WINDOWS),
    scoreThreshold: { type: "number" },
    eventFilter: str,
    eventTypeFilterCreate: str,
    eventTypeFilterAccept: str,
    eventTypeFilterResolve: str,
  },
  ["name", "integrationType", "escalationPolicy"],
);

// ilert-go `Team`, `TeamMember` (members has no omitempty: null when unset)
const team = obj(
  {
    id: int,
    name: { type: "string", minLength: 1 },
    visibility: oneOf(E.TEAM_VISIBILITIES),
    members: arr(obj({ user: userRef, role: oneOf(E.TEAM_MEMBER_ROLES) }, ["user", "role"]), true),
  },
  ["name"],
);

// ilert-go `UserDutyPreference`, `UserContactShort` (contact has no omitempty: null for PUSH)
const dutyPreference = obj(
  {
    id: int,
    method: oneOf(E.DUTY_METHODS),
    contact: obj({ id: int }, ["id"], true),
    beforeMin: { type: "integer", minimum: 0 },
    type: oneOf(E.DUTY_TYPES),
  },
  ["method", "beforeMin", "type"],
);

// ilert-go `UserEmailContact`, `UserPhoneNumberContact` (also sent by the contact searches, with the target only).
// UNCERTAIN: the API's rules for a target are not documented; the fake takes what the library checks
// at synth (an address with "@"; a number of 3-15 digits after an optional "+"; a region of two capitals).
const emailContact = obj({ id: int, target: { type: "string", pattern: "^[^\\s@]+@[^\\s@]+$" }, status: oneOf(E.CONTACT_STATUSES) }, [
  "target",
]);
const phoneTarget = { type: "string", pattern: "^\\+?[0-9]{3,15}$" };
const phoneContact = obj(
  { id: int, regionCode: { type: "string", pattern: "^[A-Z]{2}$" }, target: phoneTarget, status: oneOf(E.CONTACT_STATUSES) },
  ["regionCode", "target"],
);
const phoneSearch = obj({ id: int, regionCode: str, target: phoneTarget, status: str }, ["target"]);

// Datadog's webhook payload as iLert's Datadog integration guide templates it. The payload is whatever
// the webhook's template says (here it may carry e.g. `alert_priority`), so, unlike the API bodies,
// unknown fields are accepted; the fake keys alerts by `alert_id` and branches on `alert_transition`.
const datadogEvent: SchemaObject = {
  type: "object",
  properties: {
    body: str,
    last_updated: str,
    event_type: str,
    alert_transition: str,
    alert_id: str,
    link: str,
    title: str,
    date: str,
    org: { type: "object", properties: { id: str, name: str } },
    id: str,
  },
  required: ["alert_id", "alert_transition"],
};

const SCHEMAS = {
  alertSource,
  escalationPolicy: escalationPolicy(false),
  schedule: schedule(false),
  team,
  supportHour: supportHour(false),
  dutyPreference,
  user: user(["email", "firstName", "lastName"]),
  userSearch: user(["email"]),
  emailContact,
  phoneContact,
  phoneSearch,
  datadogEvent,
};

export type BodyKind = keyof typeof SCHEMAS;

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([kind, schema]) => [kind, ajv.compile(schema)])) as Record<
  BodyKind,
  ValidateFunction
>;

function describe(error: ErrorObject): string {
  const where = error.instancePath === "" ? "body" : `body${error.instancePath}`;
  if (error.keyword === "additionalProperties") return `${where}: unknown field '${String(error.params.additionalProperty)}'`;
  if (error.keyword === "enum") return `${where}: must be one of ${(error.params.allowedValues as string[]).join(", ")}`;
  return `${where}: ${error.message ?? error.keyword}`;
}

/** Returns `body` as `T` when it matches the schema of `kind`; else a 400 listing every problem (path + reason). */
export function checkBody<T>(kind: BodyKind, body: unknown): T {
  const validate = validators[kind];
  if (body === undefined) throw badRequest(`a ${kind} body is required`);
  if (!validate(body)) {
    // `if`/`then` only says "must match then schema" next to the real reasons: drop it.
    const reasons = (validate.errors ?? []).filter((e) => e.keyword !== "if").map(describe);
    throw badRequest(`invalid ${kind}: ${[...new Set(reasons)].join("; ")}`);
  }
  return body as T;
}
