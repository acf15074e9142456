import { queryThresholds } from "../../app/monitor-thresholds";

describe("queryThresholds", () => {
  test("a metric alert's critical threshold is the number its query compares with, as the provider reads it back", () => {
    expect(queryThresholds("query alert", "sum(last_5m):sum:checkout.errors{*}.as_count() > 50")).toEqual({ critical: "50" });
    expect(queryThresholds("metric alert", "avg(last_5m):avg:system.load.1{*} >= 0.50 ")).toEqual({ critical: "0.5" });
    expect(queryThresholds("query alert", "min(last_1h):min:free.bytes{*} < -1.25")).toEqual({ critical: "-1.25" });
    expect(queryThresholds("query alert", "avg(last_5m):avg:up{*} != 1")).toEqual({ critical: "1" });
    expect(queryThresholds("query alert", "avg(last_5m):avg:up{*}<=2")).toEqual({ critical: "2" });
  });

  test("none for other monitor types, or a query without a final comparison", () => {
    expect(queryThresholds("service check", '"http.can_connect".over("*").by("*").last(2).count_by_status()')).toBeUndefined();
    expect(queryThresholds("log alert", 'logs("status:error").index("*").rollup("count").last("5m") > 10')).toBeUndefined();
    expect(queryThresholds("query alert", "anomalies(avg:x{*}, 'basic', 2)")).toBeUndefined();
    // A comparison inside the query is not its threshold.
    expect(queryThresholds("query alert", "avg(last_5m):avg:a{*} > 1 * avg:b{*}")).toBeUndefined();
  });
});
