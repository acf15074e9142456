/**
 * What the monitor API checks beyond the shape of the body, for the monitors the library declares.
 * Only rules whose breach the real API is known to refuse are modelled.
 */

/** A metric query alert: `<aggregation>(<window>):<query> <comparator> <threshold>`. */
const METRIC_QUERY = /^\s*\w+\(\w+\):.+?\s*(?:>=|<=|>|<|==|!=)\s*(-?\d+(?:\.\d+)?)\s*$/s;

/** The fields the rules read. */
export interface MonitorFields {
  readonly type?: unknown;
  readonly query?: unknown;
  readonly priority?: unknown;
  readonly options?: { readonly thresholds?: { readonly critical?: unknown } };
}

/** The reasons the API would refuse `monitor`; empty when it would accept it. */
export function monitorRuleProblems(monitor: MonitorFields): string[] {
  const problems: string[] = [];
  // The API documents priority as an integer from 1 (high) to 5 (low).
  if (typeof monitor.priority === "number" && (monitor.priority < 1 || monitor.priority > 5)) {
    problems.push(`priority: ${monitor.priority} is not between 1 and 5`);
  }
  if ((monitor.type === "query alert" || monitor.type === "metric alert") && typeof monitor.query === "string") {
    const threshold = METRIC_QUERY.exec(monitor.query)?.[1];
    const critical = monitor.options?.thresholds?.critical;
    if (threshold === undefined) problems.push("The value provided for parameter 'query' is invalid");
    // Datadog refuses a critical threshold that differs from the query's own.
    else if (typeof critical === "number" && critical !== Number(threshold)) {
      problems.push(`Alert threshold (${critical}) does not match that used in the query (${Number(threshold)}).`);
    }
  }
  return problems;
}

/**
 * A metric alert as Datadog stores it: without a critical threshold, the API takes the query's own
 * (reported by users of the API, e.g. DataDog/datadog-operator#2106; the provider then reads it back
 * into `monitor_thresholds`, so a configuration without one never settles).
 */
export function withQueryThreshold<T extends MonitorFields>(monitor: T): T {
  if (monitor.type !== "query alert" && monitor.type !== "metric alert") return monitor;
  const threshold = typeof monitor.query === "string" ? METRIC_QUERY.exec(monitor.query)?.[1] : undefined;
  const thresholds = monitor.options?.thresholds ?? {};
  if (threshold === undefined || thresholds.critical !== undefined) return monitor;
  return { ...monitor, options: { ...monitor.options, thresholds: { ...thresholds, critical: Number(threshold) } } };
}
