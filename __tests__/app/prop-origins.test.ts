import { PropOrigins } from "../../app/prop-origins";

describe("PropOrigins", () => {
  const origins = new PropOrigins("escalation")
    .whole("rules[1]", "escalation.rules[1].notify")
    .renamed("rules[1].escalationTimeoutMin", "escalation.rules[1].escalateAfterMin")
    .renamed("layers[0]", "schedule")
    .renamed("layers[0].restrictions[2].start", "schedule.restrictions[2].from")
    .whole("escalationPolicy", "escalation");

  test.each([
    // Not recorded: the prop's own name under the entry.
    ["delayMin", "escalation.delayMin"],
    ["rules", "escalation.rules"],
    ["rules[0].target", "escalation.rules[0].target"],
    // A prop recorded as a whole, and its members: the config key itself.
    ["rules[1]", "escalation.rules[1].notify"],
    ["rules[1].target[0]", "escalation.rules[1].notify"],
    ["escalationPolicy", "escalation"],
    // The longest recorded prop wins; renamed members keep their names under the key.
    ["rules[1].escalationTimeoutMin", "escalation.rules[1].escalateAfterMin"],
    ["layers[0]", "schedule"],
    ["layers[0].rotation", "schedule.rotation"],
    ["layers[0].restrictions[2].start.time", "schedule.restrictions[2].from.time"],
    ["layers[0].restrictions[2].end.time", "schedule.restrictions[2].end.time"],
    ["layers[0].restrictions[12].start", "schedule.restrictions[12].start"],
    // A recorded prop holds only props that continue it with "." or "[".
    ["rules[10]", "escalation.rules[10]"],
    ["escalationPolicyId", "escalation.escalationPolicyId"],
    ["layers[0]x", "escalation.layers[0]x"],
  ])("%s is reported at %s", (prop, configPath) => {
    expect(origins.configPathOf(prop)).toBe(configPath);
  });

  test("the longest recorded prop wins whatever order the props were recorded in", () => {
    expect(new PropOrigins("team").renamed("a.b", "team.x.y").renamed("a", "team.z").configPathOf("a.b.c")).toBe("team.x.y.c");
  });

  test("a prop recorded again takes the later origin", () => {
    expect(
      new PropOrigins("integration").whole("teams", "ilertTeamId").renamed("teams", "integration.ilertTeamIds").configPathOf("teams[3]"),
    ).toBe("integration.ilertTeamIds[3]");
  });
});
