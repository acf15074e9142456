import { datadogError } from "./api-errors";
import { monitorRuleProblems, withQueryThreshold } from "./monitor-rules";
import { modelProblems } from "./models";
import { MonitorState, stateAfter, Transition } from "./transitions";

/** The monitors (`/api/v1/monitor`), keyed by their int64 id, in the API's JSON shape. */

/** A monitor as the API returns it (the fields the fake reads, and every other field sent). */
export interface MonitorJson {
  id: number;
  type: string;
  name: string;
  message: string;
  tags: string[];
  query: string;
  priority: number | null;
  overall_state: MonitorState;
  [field: string]: unknown;
}

/** The monitor's author (`creator`), as the API reports it: with an `id`, which the client's model lacks. */
export interface Creator {
  readonly name: string;
  readonly handle: string;
  readonly email: string;
  readonly id: number;
}

/**
 * Fields the model lists but the server owns. The provider sends `id` in every update; the API
 * accepts them and keeps its own values, so the fake ignores them too.
 */
const SERVER_OWNED = new Set(["id", "created", "creator", "deleted", "matching_downtimes", "modified", "multi", "overall_state", "state"]);

export class Monitors {
  readonly byId = new Map<number, MonitorJson>();
  private nextId = 1_000_001;

  constructor(private readonly creator: Creator) {}

  /** POST /monitor/validate and /monitor/{id}/validate: `{}`, or throws what create would refuse. */
  validate(body: unknown, id?: number): Record<string, never> {
    if (id !== undefined) this.existing(id);
    refuseInvalid(body, "Monitor");
    refuseBrokenRules(body as object);
    return {};
  }

  /** POST: answers 200 (not 201) with the monitor, as the API does. */
  create(body: unknown): MonitorJson {
    this.validate(body);
    const now = new Date().toISOString();
    const monitor = shape({
      ...DEFAULTS,
      ...clientFields(body),
      id: this.nextId++,
      created: now,
      modified: now,
      creator: { ...this.creator },
      overall_state: "No Data",
    });
    this.byId.set(monitor.id, monitor);
    return structuredClone(monitor);
  }

  /**
   * GET /monitor: a bare array, by id. Without `page` every monitor (unpaged, as the API documents
   * it); with `page` (0-based) `page_size` of them, 100 by default, at most 1000. `id_offset` starts
   * after that id; `name` keeps monitors whose name contains it, `tags` / `monitor_tags` those
   * carrying every tag listed (comma-separated). UNCERTAIN: the API's exact matching of `name` (case,
   * substring) and of scope `tags` (the fake reads both tag lists alike), and its refusal of a
   * `page_size` above 1000 (the fake: 400).
   */
  list(query: URLSearchParams): MonitorJson[] {
    const number = (name: string): number | undefined => {
      const text = query.get(name);
      if (text === null) return undefined;
      if (!/^\d+$/.test(text)) throw datadogError(400, `${name}: "${text}" is not a whole number`);
      return Number(text);
    };
    const [page, pageSize = 100, idOffset = 0] = [number("page"), number("page_size"), number("id_offset")];
    if (pageSize > 1000) throw datadogError(400, `page_size: ${pageSize} is above the maximum of 1000`);
    const name = query.get("name")?.toLowerCase();
    const tags = ["tags", "monitor_tags"].flatMap(
      (key) =>
        query
          .get(key)
          ?.split(",")
          .filter((t) => t !== "") ?? [],
    );
    const matching = [...this.byId.values()]
      .filter(
        (m) => m.id > idOffset && (name === undefined || m.name.toLowerCase().includes(name)) && tags.every((t) => m.tags.includes(t)),
      )
      .sort((a, b) => a.id - b.id);
    const listed = page === undefined ? matching : matching.slice(page * pageSize, (page + 1) * pageSize);
    return listed.map((m) => structuredClone(m));
  }

  get(id: number, withDowntimes: boolean): MonitorJson {
    const monitor = structuredClone(this.existing(id));
    return withDowntimes ? { ...monitor, matching_downtimes: [] } : monitor;
  }

  /** PUT: the fields sent replace the stored ones (`options` as a whole). */
  update(id: number, body: unknown): MonitorJson {
    const current = this.existing(id);
    refuseInvalid(body, "MonitorUpdateRequest");
    const sent = clientFields(body);
    // The provider forces a new monitor when the type changes, apart from this pair it treats as one.
    const sameType = sent.type === undefined || sent.type === current.type || isMetricOrQueryAlert(sent.type, current.type);
    if (!sameType) throw datadogError(400, `The type of a monitor cannot be changed (from "${current.type}" to "${sent.type}")`);
    const merged = { ...current, ...sent, modified: new Date().toISOString() };
    refuseBrokenRules(merged);
    const monitor = shape(merged);
    this.byId.set(id, monitor);
    return structuredClone(monitor);
  }

  /** DELETE: the API answers with the id. */
  delete(id: number): { deleted_monitor_id: number } {
    this.existing(id);
    this.byId.delete(id);
    return { deleted_monitor_id: id };
  }

  /** Moves the monitor's `overall_state` for a notification; answers the monitor and both states. */
  transition(id: number, transition: Transition): { monitor: MonitorJson; before: MonitorState; after: MonitorState } {
    const monitor = this.existing(id);
    const before = monitor.overall_state;
    monitor.overall_state = stateAfter(transition, before);
    return { monitor: structuredClone(monitor), before, after: monitor.overall_state };
  }

  private existing(id: number): MonitorJson {
    const monitor = this.byId.get(id);
    // The real API's 404 body, as the provider's recorded acceptance test shows it.
    if (monitor === undefined) throw datadogError(404, "Monitor not found");
    return monitor;
  }
}

/**
 * What the API returns for fields not sent. `options` is always there (the provider reads it without
 * checking); the nullable fields come back as null, as in the API's recorded responses.
 */
const DEFAULTS = {
  name: "",
  message: "",
  tags: [],
  options: {},
  priority: null,
  restricted_roles: null,
  deleted: null,
  draft_status: "published",
};

function refuseInvalid(body: unknown, model: string): void {
  const problems = modelProblems(body, model);
  if (problems.length > 0) throw datadogError(400, ...problems);
}

function refuseBrokenRules(monitor: object): void {
  const problems = monitorRuleProblems(monitor);
  if (problems.length > 0) throw datadogError(400, ...problems);
}

function clientFields(body: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body as object).filter(([key]) => !SERVER_OWNED.has(key)));
}

function isMetricOrQueryAlert(...types: unknown[]): boolean {
  return types.every((t) => t === "metric alert" || t === "query alert");
}

/** The stored monitor: `multi` follows the query (a `by {...}` group makes a multi alert); a metric alert's threshold defaults to the query's. */
function shape(fields: Record<string, unknown>): MonitorJson {
  return { ...withQueryThreshold(fields), multi: / by \{/.test(String(fields.query)) } as unknown as MonitorJson;
}
