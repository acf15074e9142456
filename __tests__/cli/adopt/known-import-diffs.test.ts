import { KNOWN_IMPORT_DIFFS, knownImportDiffOf } from "../../../cli/adopt/known-import-diffs";

describe("the known diffs of the plan that imports", () => {
  test("one list, by type, with the attributes each shows", () => {
    expect(KNOWN_IMPORT_DIFFS.map((d) => [d.type, d.attributes])).toEqual([
      ["ilert_alert_source", ["team", "support_hours"]],
      ["ilert_escalation_policy", ["escalation_rule", "team"]],
      ["ilert_schedule", ["schedule_layer", "shift", "team", "default_shift_duration"]],
      ["ilert_user", ["send_no_invitation"]],
      ["datadog_webhook", ["url (marked sensitive)"]],
    ]);
  });

  test("a diff explains an update whose every path is one of its attributes (found by the e2e: the webhook's url turning sensitive)", () => {
    expect(knownImportDiffOf("ilert_schedule", ["schedule_layer.0.user.1.id", "team.0.id", "default_shift_duration"])?.type).toBe(
      "ilert_schedule",
    );
    expect(knownImportDiffOf("datadog_webhook", ["url (sensitivity)"])?.type).toBe("datadog_webhook");
    expect(knownImportDiffOf("ilert_schedule", ["schedule_layer.0.name", "name"])).toBeUndefined();
    expect(knownImportDiffOf("datadog_webhook", ["url"])).toBeUndefined();
    expect(knownImportDiffOf("ilert_team", ["team"])).toBeUndefined();
    expect(knownImportDiffOf("ilert_schedule", [])).toBeUndefined();
  });
});
