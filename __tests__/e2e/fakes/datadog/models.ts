/**
 * Checks a request body against the Datadog API client's own models (@datadog/datadog-api-client), v1
 * or v2: each model's `attributeTypeMap` gives the JSON field names, their types, enums and required flags.
 *
 * The client's ObjectSerializer is not enough on its own: every model has an `additionalProperties`
 * catch-all, so it keeps unknown fields instead of refusing them, and it lets `null` through for any
 * field. This walk refuses both. Whether the real API refuses an unknown field is not documented; the
 * fake refuses it anyway, because a strict fake catches a library mistake that a lenient one hides.
 */

/** Where the client keeps one generated module per model and per enum, for each API version. */
const MODELS = {
  1: "@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/models",
  2: "@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models",
} as const;

/** A version of the Datadog API: v1 (monitors, webhooks), v2 (downtimes). */
export type ApiVersion = keyof typeof MODELS;

/** One entry of a model's `attributeTypeMap`. */
interface Attribute {
  readonly baseName: string;
  readonly type: string;
  readonly format?: string;
  readonly required?: boolean;
}

interface ModelClass {
  getAttributeTypeMap(): Record<string, Attribute>;
}

/**
 * Fields the API specification marks `nullable` (the TypeScript models drop that flag; the Go client
 * the provider uses keeps it as `datadog.Nullable*`, v2.51.0). The provider sends some of these as an
 * explicit null: `priority` and `restricted_roles` of a monitor without them.
 */
const NULLABLE: Readonly<Record<string, readonly string[]>> = {
  Monitor: ["deleted", "priority", "restricted_roles"],
  MonitorUpdateRequest: ["deleted", "priority", "restricted_roles"],
  MonitorOptions: [
    "evaluation_delay",
    "min_failure_duration",
    "min_location_failed",
    "new_group_delay",
    "new_host_delay",
    "no_data_timeframe",
    "renotify_interval",
    "renotify_occurrences",
    "synthetics_check_id",
    "timeout_h",
  ],
  MonitorThresholds: ["critical_recovery", "ok", "unknown", "warning", "warning_recovery"],
  MonitorThresholdWindowOptions: ["recovery_window", "trigger_window"],
  WebhooksIntegration: ["custom_headers", "payload"],
  WebhooksIntegrationUpdateRequest: ["payload"],
  Creator: ["name"],
  // v2 downtimes (DowntimeDisplayTimezone, DowntimeMessage, the schedules' start and end are nullable).
  DowntimeCreateRequestAttributes: ["display_timezone", "message"],
  DowntimeUpdateRequestAttributes: ["display_timezone", "message"],
  DowntimeResponseAttributes: ["canceled", "display_timezone", "message"],
  DowntimeScheduleOneTimeCreateUpdateRequest: ["end", "start"],
  DowntimeScheduleOneTimeResponse: ["end"],
  DowntimeScheduleRecurrenceCreateUpdateRequest: ["start"],
  DowntimeScheduleCurrentDowntimeResponse: ["end"],
  DowntimeRelationshipsMonitor: ["data"],
};

const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;

/**
 * The problems of `value` as a `type` of the client's models of API `version` (v1 unless told), each
 * as "<path>: <reason>"; empty when it conforms.
 */
export function modelProblems(value: unknown, type: string, path = "", version: ApiVersion = 1): string[] {
  const problems: string[] = [];
  check(value, { baseName: path, type }, path, { version, problems });
  return problems;
}

/** What the walk carries: the API version whose models it reads, and the problems found. */
interface Walk {
  readonly version: ApiVersion;
  readonly problems: string[];
}

function check(value: unknown, attribute: Attribute, path: string, walk: Walk): void {
  const { problems } = walk;
  const { type, format } = attribute;
  const where = path === "" ? "body" : path;
  const array = ARRAY.exec(type);
  const map = MAP.exec(type);
  if (type === "any") return;
  if (array) {
    if (!Array.isArray(value)) return void problems.push(`${where}: expected an array, got ${describe(value)}`);
    value.forEach((item, i) => check(item, { baseName: "", type: array[1] }, `${path}[${i}]`, walk));
  } else if (map) {
    if (!isObject(value)) return void problems.push(`${where}: expected an object, got ${describe(value)}`);
    for (const [key, item] of Object.entries(value)) check(item, { baseName: key, type: map[1] }, join(path, key), walk);
  } else if (type === "string" || type === "boolean") {
    if (typeof value !== type) problems.push(`${where}: expected a ${type}, got ${describe(value)}`);
  } else if (type === "number") {
    checkNumber(value, format, where, problems);
  } else if (type === "Date") {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value)))
      problems.push(`${where}: expected a date-time, got ${describe(value)}`);
  } else {
    checkNamedType(value, type, path, walk);
  }
}

function checkNumber(value: unknown, format: string | undefined, where: string, problems: string[]): void {
  if (typeof value !== "number" || !Number.isFinite(value))
    return void problems.push(`${where}: expected a number, got ${describe(value)}`);
  const integer = format === "int64" || format === "int32";
  if (integer && !Number.isInteger(value)) problems.push(`${where}: expected an integer (${format}), got ${value}`);
  if (format === "int32" && Math.abs(value) > 2 ** 31) problems.push(`${where}: ${value} does not fit an int32`);
}

/** A model (an object walked field by field), an enum (its exported constants) or a oneOf. */
function checkNamedType(value: unknown, type: string, path: string, walk: Walk): void {
  const { problems } = walk;
  const where = path === "" ? "body" : path;
  const module = loadModule(type, walk.version);
  const model = module[type] as ModelClass | undefined;
  if (typeof model?.getAttributeTypeMap === "function") return checkModel(value, type, model.getAttributeTypeMap(), path, walk);
  const enumValues = Object.values(module).filter((v): v is string => typeof v === "string");
  if (enumValues.length > 0) {
    if (!enumValues.includes(value as string))
      problems.push(`${where}: ${describe(value)} is not one of ${enumValues.map((v) => `"${v}"`).join(", ")}`);
    return;
  }
  checkOneOf(value, type, path, walk);
}

function checkModel(value: unknown, type: string, attributes: Record<string, Attribute>, path: string, walk: Walk): void {
  const { problems } = walk;
  if (!isObject(value)) return void problems.push(`${path === "" ? "body" : path}: expected an object (${type}), got ${describe(value)}`);
  const byJsonName = new Map(Object.entries(attributes).flatMap(([name, a]) => (name === "additionalProperties" ? [] : [[a.baseName, a]])));
  for (const [key, item] of Object.entries(value)) {
    const attribute = byJsonName.get(key);
    const at = join(path, key);
    if (attribute === undefined) problems.push(`${at}: unknown field (not in the API's ${type} model)`);
    else if (item === null) {
      if (!NULLABLE[type]?.includes(key)) problems.push(`${at}: must not be null`);
    } else check(item, attribute, at, walk);
  }
  for (const attribute of byJsonName.values()) {
    if (attribute.required && (value[attribute.baseName] === undefined || value[attribute.baseName] === null)) {
      problems.push(`${join(path, attribute.baseName)}: missing required field`);
    }
  }
}

/**
 * A oneOf module exports nothing; the client's ObjectSerializer knows its members. It is loaded only
 * here (it loads every model of the version, about a second), and the member it picks is then walked strictly.
 */
function checkOneOf(value: unknown, type: string, path: string, walk: Walk): void {
  const { problems } = walk;
  const { ObjectSerializer } = require(`${MODELS[walk.version]}/ObjectSerializer`);
  const parsed = ObjectSerializer.deserialize(value, type, "");
  // An UnparsedObject (no single variant matched) is an instance too, but of no model.
  const member = isObject(parsed) && parsed.constructor !== Object ? parsed.constructor.name : undefined;
  if (member === undefined || member === "UnparsedObject" || parsed._unparsed)
    return void problems.push(`${path === "" ? "body" : path}: matches no variant of ${type}`);
  check(value, { baseName: path, type: member }, path, walk);
}

function loadModule(type: string, version: ApiVersion): Record<string, unknown> {
  if (!/^[A-Za-z0-9]+$/.test(type)) throw new Error(`not a model type of the API client: ${type}`);
  return require(`${MODELS[version]}/${type}`);
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
