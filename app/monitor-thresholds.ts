import type { MonitorMonitorThresholds } from "@cdktf/provider-datadog/lib/monitor";

/** The comparison that ends a metric query, e.g. `... > 50`: its number is the critical threshold. */
const QUERY_THRESHOLD = /(?:>=|<=|>|<|==|!=)\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * The thresholds the config app declares for a monitor: for a metric alert, the critical threshold
 * its query states. Datadog stores that threshold when none is sent, and the Datadog provider reads
 * it back into `monitor_thresholds`, so a monitor declared without one shows a change on every plan
 * (found by the end-to-end test). Written as the provider reads it back (`50`, not `50.0`).
 */
export function queryThresholds(type: string, query: string): MonitorMonitorThresholds | undefined {
  if (type !== "query alert" && type !== "metric alert") return undefined;
  const critical = QUERY_THRESHOLD.exec(query)?.[1];
  return critical === undefined ? undefined : { critical: String(Number(critical)) };
}
