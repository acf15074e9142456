import { ConfigError, parseConfig } from "../../app/config";
import { AppConfig } from "../../app/config-schema";
import { derivedNameProblems } from "../../app/derived-names";

// A team's name makes the names of its schedule, policy and alert source: one that would be too long
// for iLert is reported once, at teams[i].name, the value the user wrote.

const team = (extra: object) => ({
  key: "payments",
  schedule: { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: ["alice@example.com"] },
  escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
  ...extra,
});
const config = (teams: object[], environments = [{ key: "prod" }, { key: "staging-eu" }]) =>
  ({ environments, teams: teams.map((t) => ({ integration: {}, ...t })) }) as unknown as AppConfig;

test("the longest name made, in the environment that makes it; the keys that would set the names instead", () => {
  // "<name> on-call (staging-eu)" adds 21 bytes: a name of 235 bytes makes 256.
  expect(derivedNameProblems(config([team({ name: "N".repeat(234) })]))).toEqual([]);
  expect(derivedNameProblems(config([team({ name: "N".repeat(235) })]))).toEqual([
    `teams[0].name: invalid value "${"N".repeat(60)}..." (235 characters): expected at most 234 bytes (UTF-8): the schedule.name made from it for environment "staging-eu" would be 256 bytes, and iLert takes at most 255; use a shorter name, or set schedule.name`,
  ]);
  // Bytes, not characters: "Ü" is 2 bytes. The policy and alert source ("<name> (staging-eu)") too.
  expect(derivedNameProblems(config([team({ name: "Ü".repeat(122) })]))[0]).toBe(
    `teams[0].name: invalid value "${"Ü".repeat(60)}..." (122 characters): expected at most 234 bytes (UTF-8): the schedule.name made from it for environment "staging-eu" would be 265 bytes, and iLert takes at most 255; use a shorter name, or set schedule.name, escalation.name and integration.name`,
  );
});

test("only the names the app makes: a name set in the config, an existing object, an environment the team is not in", () => {
  const name = "N".repeat(235);
  expect(
    derivedNameProblems(
      config([
        team({ name, schedule: { existingName: "Payments" } }),
        team({ name, schedule: { ...team({}).schedule, name: "Payments on-call" } }),
        team({ name, environments: ["prod"] }),
        team({}),
      ]),
    ),
  ).toEqual([]);
});

test("parseConfig reports it once, at the team's name (not at schedule.name, escalation.name and integration.name)", () => {
  const raw = { environments: [{ key: "other" }], teams: [team({ name: "N".repeat(300) })] };
  expect(() => parseConfig(raw, "teams.json")).toThrow(
    new ConfigError("teams.json", [
      `teams[0].name: invalid value "${"N".repeat(60)}..." (300 characters): expected at most 239 bytes (UTF-8): the schedule.name made from it for environment "other" would be 316 bytes, and iLert takes at most 255; use a shorter name, or set schedule.name, escalation.name and integration.name`,
    ]),
  );
});

// "<name> (staging-eu)" adds 13 bytes: a name of 243 bytes makes a policy or alert source name of 256.
test.each<[string, object, [longest: string, set: string] | undefined]>([
  ["policy and alert source equally long: the first one made is named", {}, ["escalation.name", "escalation.name and integration.name"]],
  ["an existing policy has its own name", { escalation: { existingId: "2" } }, ["integration.name", "integration.name"]],
  [
    "a declared policy named in the config",
    { escalation: { ...team({}).escalation, name: "Payments" } },
    ["integration.name", "integration.name"],
  ],
  ["an alert source named in the config", { integration: { name: "Payments (Datadog)" } }, ["escalation.name", "escalation.name"]],
  ["every object named or existing", { escalation: { existingId: "2" }, integration: { name: "Payments (Datadog)" } }, undefined],
])("a name too long for the policy or alert source: %s", (_label, extra, named) => {
  const problems = derivedNameProblems(config([team({ name: "N".repeat(243), schedule: { existingId: "1" }, ...extra })]));
  expect(problems).toEqual(
    named === undefined
      ? []
      : [
          `teams[0].name: invalid value "${"N".repeat(60)}..." (243 characters): expected at most 242 bytes (UTF-8): the ${named[0]} made from it for environment "staging-eu" would be 256 bytes, and iLert takes at most 255; use a shorter name, or set ${named[1]}`,
        ],
  );
});
