import { describeChange, KNOWN_EXAMPLE_DIFFS, knownDiffOf, plannedChanges } from "./plan-changes";

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

describe("changed paths and the examples' own known diffs", () => {
  // What `terraform show -json` gives for the schedule example's second plan: timestamp() is unknown at plan.
  const [timestamped, alsoRenamed] = plannedChanges({
    resource_changes: [
      change(
        "ilert_schedule",
        ["update"],
        { name: "s", shift: [{ user: "1", start: "2027-01-04T03:15:03", end: "2027-01-05T03:15:03" }] },
        { name: "s", shift: [{ user: "1" }] },
        { shift: [{ start: true, end: true }] },
      ),
      change(
        "ilert_schedule",
        ["update"],
        { name: "s", shift: [{ start: "a" }] },
        { name: "t", shift: [{}] },
        { shift: [{ start: true }] },
      ),
    ],
  });

  test("names each changed value by its path, unknown ones included", () => {
    expect(timestamped.paths).toEqual(["shift.0.end", "shift.0.start"]);
    expect(timestamped.attributes).toEqual(["shift"]);
    expect(alsoRenamed.paths).toEqual(["name", "shift.0.start"]);
  });

  test("an example's diff explains the example's own computed times, and nothing more; a provider's diff does not", () => {
    expect(knownDiffOf(timestamped)).toBeUndefined();
    expect(knownDiffOf(timestamped, KNOWN_EXAMPLE_DIFFS["ilert/schedule"])?.why).toMatch(/timestamp\(\)/);
    expect(knownDiffOf(alsoRenamed, KNOWN_EXAMPLE_DIFFS["ilert/schedule"])).toBeUndefined();
  });
});
