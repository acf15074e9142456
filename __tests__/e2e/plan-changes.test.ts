import { describeChange, knownDiffOf, plannedChanges } from "./plan-changes";

const change = (type: string, actions: string[], before: object | null, after: object | null, after_unknown = {}) => ({
  address: `${type}.x`,
  mode: "managed",
  type,
  change: { actions, before, after, after_unknown },
});

describe("plannedChanges", () => {
  test("leaves out no-ops and data sources, and names the attributes an update changes", () => {
    const plan = {
      resource_changes: [
        change("datadog_webhook", ["no-op"], { name: "a" }, { name: "a" }),
        { ...change("ilert_user", ["read"], null, {}), mode: "data" },
        change("ilert_alert_source", ["update"], { name: "a", filter_operator: "" }, { name: "a", filter_operator: "AND" }),
        change("datadog_monitor", ["update"], { message: "a", id: "1" }, { message: "b", id: "1" }, { modified: true }),
      ],
    };
    expect(plannedChanges(plan).map(describeChange)).toEqual([
      "update ilert_alert_source.x (filter_operator)",
      "update datadog_monitor.x (message, modified)",
    ]);
    expect(plannedChanges({})).toEqual([]);
  });
});

describe("knownDiffOf", () => {
  const [filterOperators, alsoName, replaced, other] = plannedChanges({
    resource_changes: [
      change(
        "ilert_alert_source",
        ["update"],
        { filter_operator: "", resolve_filter_operator: "" },
        { filter_operator: "AND", resolve_filter_operator: "AND" },
      ),
      change("ilert_alert_source", ["update"], { filter_operator: "", name: "a" }, { filter_operator: "AND", name: "b" }),
      change("ilert_alert_source", ["delete", "create"], { filter_operator: "" }, { filter_operator: "AND" }),
      change("ilert_schedule", ["update"], { filter_operator: "" }, { filter_operator: "AND" }),
    ],
  });

  test("explains an update of the alert source's filter operators only, and nothing more", () => {
    expect(knownDiffOf(filterOperators)?.type).toBe("ilert_alert_source");
    expect(knownDiffOf(alsoName)).toBeUndefined();
    expect(knownDiffOf(replaced)).toBeUndefined();
    expect(knownDiffOf(other)).toBeUndefined();
  });
});
