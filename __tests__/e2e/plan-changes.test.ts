import { describeChange, KNOWN_EXAMPLE_DIFFS, knownDiffOf, knownDiffsOf, plannedChanges, plannedImports } from "./plan-changes";

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

describe("the plan that imports (ilert-datadog adopt)", () => {
  const importing = (type: string, before: object, after: object, sensitive: { before?: object; after?: object } = {}) => ({
    address: `${type}.x`,
    mode: "managed",
    type,
    change: {
      actions: ["update"],
      before,
      after,
      after_unknown: {},
      before_sensitive: sensitive.before ?? {},
      after_sensitive: sensitive.after ?? {},
      importing: { id: "1" },
    },
  });

  test("an import is marked, and listed by plannedImports even when it changes nothing", () => {
    const plan = {
      resource_changes: [
        importing("ilert_schedule", { team: [] }, { team: [{ id: 1 }] }),
        { ...change("datadog_monitor", ["no-op"], {}, {}), change: { actions: ["no-op"], before: {}, after: {}, importing: { id: "7" } } },
        change("ilert_team", ["update"], { name: "a" }, { name: "b" }),
      ],
    };
    expect(plannedChanges(plan).map((c) => [c.address, c.importing])).toEqual([
      ["ilert_schedule.x", true],
      ["ilert_team.x", false],
    ]);
    expect(plannedImports(plan)).toEqual(["ilert_schedule.x", "datadog_monitor.x"]);
  });

  test("a value turning sensitive alone is a change of `<attribute> (sensitivity)`; structure without true leaves is none (found by the e2e)", () => {
    const [webhook, schedule] = plannedChanges({
      resource_changes: [
        importing("datadog_webhook", { url: "u" }, { url: "u" }, { before: {}, after: { url: true } }),
        importing("ilert_schedule", { team: [] }, { team: [{ id: 1 }] }, { before: { team: [] }, after: { team: [{}] } }),
      ],
    });
    expect([webhook.paths, schedule.paths]).toEqual([["url (sensitivity)"], ["team.0.id"]]);
    expect(knownDiffsOf(webhook).map((d) => d.type)).toEqual(["datadog_webhook"]);
  });

  test("known import diffs explain only the plan that imports; several known diffs can explain one update together", () => {
    const [imported, later] = plannedChanges({
      resource_changes: [
        importing("ilert_alert_source", { team: [], filter_operator: "" }, { team: [{ id: 1 }], filter_operator: "AND" }),
        change("ilert_alert_source", ["update"], { team: [] }, { team: [{ id: 1 }] }),
      ],
    });
    expect(knownDiffsOf(imported).map((d) => d.why.slice(0, 30))).toEqual([
      "iLert 2.20.0 reads the depreca",
      "on import: iLert provider 2.20",
    ]);
    expect(knownDiffOf(imported)).toBeUndefined();
    expect([knownDiffsOf(later), knownDiffOf(later)]).toEqual([[], undefined]);
  });
});
