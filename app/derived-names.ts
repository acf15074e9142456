import { describeValue } from "../constructs/core/shown-text";
import type { AppConfig, TeamConfig } from "./config-schema";

/**
 * The names the app makes from a team's `name` (docs/config-app.md): the schedule's `<name>
 * on-call (<environment>)`, the escalation policy's and the alert source's `<name>
 * (<environment>)`, each where the config sets no name of its own. iLert takes 1-255 bytes for each;
 * a team name that makes one too long is reported once, at `teams[i].name`, the value the user
 * wrote, rather than at a schedule.name or integration.name the user never set.
 */

/** The longest name iLert takes for a schedule, escalation policy or alert source, in UTF-8 bytes. */
export const MAX_NAME_BYTES = 255;

/** One name made from the team's name: where the config would set it instead, and how it is made. */
interface DerivedName {
  /** The key that sets it instead, under the team, e.g. `schedule.name`. */
  readonly key: string;
  /** The name made in `environment`. */
  readonly make: (name: string, environment: string) => string;
}

/** The names made from `team`'s name: only for objects the app declares, without a name of their own. */
function derivedNames(team: TeamConfig): DerivedName[] {
  const s = team.schedule;
  const e = team.escalation;
  return [
    ...(s !== undefined && "users" in s && s.name === undefined
      ? [{ key: "schedule.name", make: (n: string, env: string) => `${n} on-call (${env})` }]
      : []),
    ...("rules" in e && e.name === undefined ? [{ key: "escalation.name", make: (n: string, env: string) => `${n} (${env})` }] : []),
    ...(team.integration.name === undefined ? [{ key: "integration.name", make: (n: string, env: string) => `${n} (${env})` }] : []),
  ];
}

/** One problem per team whose name makes a name longer than iLert takes, in the environment that makes the longest. */
export function derivedNameProblems(config: AppConfig): string[] {
  return config.teams.flatMap((team, i) => {
    if (team.name === undefined) return []; // a key has at most 40 characters
    const name = team.name;
    const environments = config.environments.map((e) => e.key).filter((key) => team.environments?.includes(key) ?? true);
    const made = derivedNames(team).flatMap((d) => environments.map((env) => ({ ...d, env, value: d.make(name, env) })));
    const tooLong = made.filter((m) => Buffer.byteLength(m.value, "utf8") > MAX_NAME_BYTES);
    if (tooLong.length === 0) return [];
    const longest = tooLong.reduce((a, b) => (Buffer.byteLength(b.value, "utf8") > Buffer.byteLength(a.value, "utf8") ? b : a));
    const bytes = Buffer.byteLength(longest.value, "utf8");
    const limit = MAX_NAME_BYTES - (bytes - Buffer.byteLength(name, "utf8"));
    const keys = [...new Set(tooLong.map((m) => m.key))];
    const set = keys.length === 1 ? keys[0] : `${keys.slice(0, -1).join(", ")} and ${keys[keys.length - 1]}`;
    return [
      `teams[${i}].name: invalid value ${describeValue(name)}: expected at most ${limit} bytes (UTF-8): the ${longest.key} made from it for environment "${longest.env}" would be ${bytes} bytes, and iLert takes at most ${MAX_NAME_BYTES}; use a shorter name, or set ${set}`,
    ];
  });
}
