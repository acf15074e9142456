import {
  ALERT_SOURCE_VIEW,
  ESCALATION_POLICY_VIEW,
  MONITOR_VIEW,
  ResourceView,
  SCHEDULE_VIEW,
  VIEWS,
} from "../../../cli/adopt/terraform-view";
import { MONITOR, POLICY, SCHEDULE, SOURCE } from "../../helpers/adopt-accounts";

/** Every attribute a view reads from `object`, by name (undefined ones left out). */
function read<T>(view: ResourceView<T>, object: T): Record<string, unknown> {
  return Object.fromEntries(view.attributes.map((a) => [a.name, a.read(object)]).filter(([, v]) => v !== undefined));
}

describe("the provider-read views of the kinds adopt compares", () => {
  test("one view per kind the library declares and adopt can import", () => {
    expect(Object.keys(VIEWS).sort()).toEqual([
      "datadog_monitor",
      "datadog_webhook",
      "ilert_alert_source",
      "ilert_escalation_policy",
      "ilert_schedule",
      "ilert_team",
      "ilert_user",
    ]);
  });

  test("an alert source: fields the API leaves out read as their zero, as the SDKv2 provider reads them (found by the e2e)", () => {
    const { alertPriorityRule: _rule, ...withoutRule } = SOURCE;
    const attributes = read(ALERT_SOURCE_VIEW, withoutRule);
    expect([
      attributes.alert_priority_rule,
      attributes.escalation_policy,
      attributes.team,
      attributes.summary_template,
      attributes.support_hours,
    ]).toEqual(["", "45", [{ id: 1200 }, { id: 1201 }], [{ text_template: "{{ title }} ({{ service }})" }], []]);
    // The deprecated email settings are compared only where the API keeps them (EMAIL sources).
    expect(["filter_operator", "email_filtered"].map((a) => a in attributes)).toEqual([false, false]);
  });

  test("a policy's rules and a schedule's layers in the provider's blocks", () => {
    expect(read(ESCALATION_POLICY_VIEW, POLICY).escalation_rule).toEqual([
      { escalation_timeout: 15, user: undefined, schedule: "67", users: [], schedules: [], teams: [] },
      { escalation_timeout: 30, user: "1003", schedule: undefined, users: [], schedules: [], teams: [] },
    ]);
    const layered = {
      ...SCHEDULE,
      scheduleLayers: [
        {
          ...SCHEDULE.scheduleLayers![0],
          restrictionType: "TIMES_OF_WEEK",
          restrictions: [{ from: { dayOfWeek: "MONDAY", time: "09:00" }, to: { dayOfWeek: "FRIDAY", time: "17:00" } }],
        },
      ],
    };
    expect(read(SCHEDULE_VIEW, layered).schedule_layer).toEqual([
      {
        name: "Weekly",
        starts_on: "2026-01-05T09:00",
        ends_on: undefined,
        user: [{ id: 1001 }, { id: 1002 }],
        rotation: "P7D",
        restriction_type: "TIMES_OF_WEEK",
        restriction: [{ from: [{ day_of_week: "MONDAY", time: "09:00" }], to: [{ day_of_week: "FRIDAY", time: "17:00" }] }],
      },
    ]);
  });

  test("a monitor: options left out read as the provider reads them (require_full_window false), new_host_delay as none (found by the e2e)", () => {
    const attributes = read(MONITOR_VIEW, { ...MONITOR, options: { thresholds: { critical: 50, warning: null } } });
    expect([
      attributes.require_full_window,
      attributes.include_tags,
      attributes.new_host_delay,
      attributes.monitor_thresholds,
      attributes.priority,
      attributes.draft_status,
    ]).toEqual([false, false, null, [{ critical: 50 }], "2", "published"]);
    expect(MONITOR_VIEW.attributes.find((a) => a.name === "tags")?.set).toBe(true);
  });
});
