import { TerraformStack, Testing } from "cdktf";
import { parseConfig } from "../../app/config";
import { TeamOnCall } from "../../app/team-on-call";

/** TeamOnCall of the team entry `team` (key "payments") in environment "prod", with the problems it found. */
function declare(team: object): { teamOnCall: TeamOnCall; stack: TerraformStack; problems: string[] } {
  const config = parseConfig({ environments: [{ key: "prod" }], teams: [{ key: "payments", ...team }] }, "teams.json");
  const problems: string[] = [];
  const stack = new TerraformStack(Testing.app(), "prod");
  const teamOnCall = new TeamOnCall(stack, "payments", { team: config.teams[0], environment: "prod", configPath: "teams[4]", problems });
  return { teamOnCall, stack, problems };
}

const schedule = { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: ["a@example.com"] };
const escalation = { rules: [{ notify: { schedule: true }, escalateAfterMin: 5 }] };

describe("TeamOnCall", () => {
  test("names what the entry leaves unnamed after the team and environment; escapes monitor text for Terraform", () => {
    const { stack, problems } = declare({
      name: "Payments",
      schedule,
      escalation,
      integration: { severityMapping: {} },
      monitors: [
        { key: "cpu", name: "CPU ${host}", type: "metric alert", query: "avg:cpu{*} > 90", message: "%{x}", priority: 2, tags: ["a:${b}"] },
      ],
    });
    expect(problems).toEqual([]);
    const tf = JSON.parse(Testing.synth(stack));
    const only = (type: string): Record<string, any> => Object.values<Record<string, any>>(tf.resource[type])[0];
    expect(only("ilert_schedule").name).toBe("Payments on-call (prod)");
    expect(only("ilert_escalation_policy").name).toBe("Payments (prod)");
    expect(only("ilert_alert_source").name).toBe("Payments (prod)");
    expect(only("datadog_webhook").name).toBe("ilert-payments-prod");
    const monitor = only("datadog_monitor");
    expect([monitor.name, monitor.query, monitor.priority, monitor.tags]).toEqual(["CPU $${host}", "avg:cpu{*} > 90", "2", ["a:$${b}"]]);
    expect(monitor.message).toMatch(/^%%\{x\}/);
  });

  test.each<[string, object, string]>([
    [
      "schedule.rotation",
      { schedule: { ...schedule, rotation: "P0D" }, escalation },
      'teams[4].schedule.rotation: invalid value "P0D": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; give a duration greater than zero',
    ],
    [
      "schedule.restrictions[0].from.time",
      {
        schedule: { ...schedule, restrictions: [{ from: { day: "MONDAY", time: "25:00" }, to: { day: "MONDAY", time: "10:00" } }] },
        escalation,
      },
      'teams[4].schedule.restrictions[0].from.time: invalid value "25:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
    ],
    [
      "escalation.frequency",
      { schedule, escalation: { ...escalation, repeating: true, frequency: 99 } },
      "teams[4].escalation.frequency: invalid value 99: expected an integer from 1 to 9; set how many times the policy repeats",
    ],
    [
      "escalation.rules[0].escalateAfterMin",
      { escalation: { rules: [{ notify: { user: "a@example.com" }, escalateAfterMin: -1 }] } },
      "teams[4].escalation.rules[0].escalateAfterMin: invalid value -1: expected an integer from 0 to 525600; give the minutes to wait before escalating",
    ],
  ])("a construct's error is reported at the config path %s", (_path, team, problem) => {
    expect(declare(team).problems).toEqual([problem]);
  });

  test("a schedule or policy that fails is replaced by a stand-in, so the rest of the entry is still checked", () => {
    const { teamOnCall, problems } = declare({
      schedule: { ...schedule, timezone: "Mars/Olympus" },
      escalation: { ...escalation, delayMin: -1 },
      integration: { webhookName: "a b" },
    });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "teams[4].schedule.timezone",
      "teams[4].escalation.delayMin",
      "teams[4].integration.webhookName",
    ]);
    expect(teamOnCall.integration).toBeUndefined();
    expect(teamOnCall.node.children.map((c) => c.node.id)).toEqual(expect.arrayContaining(["InvalidSchedule", "InvalidEscalationPolicy"]));
  });
});
