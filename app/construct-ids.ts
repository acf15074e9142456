import type { AppConfig } from "./config-schema";

/**
 * The construct ids a config's keys become (app/build.ts): an environment's key names its stack, a
 * team's key names its construct in a stack (and, with `stackPer: "team"`, its stack,
 * `<environment>-<team>`). A key that an id cdktf or the app already uses there would stop synth
 * with cdktf's "There is already a Construct with name ...": it is reported here, by the config path
 * of the key (a stack name two entries would share: app/stack-plan.ts).
 */

/** The construct (and, with `stackPer: "team"`, the stack suffix) of an account's user settings. */
export const USER_SETTINGS = "user-settings";

/**
 * Ids every stack of the config app already has: the backend (cdktf names it `backend`) and an
 * account's user settings. (The providers' ids, `Datadog`, `Ilert`, cannot be keys: keys are lower-case.)
 */
const STACK_IDS: Readonly<Record<string, string>> = {
  backend: "the stack's backend",
  [USER_SETTINGS]: "the user settings (on-call reminders) of the iLert account",
};

/**
 * Whether `key` is a property of every JavaScript object (`constructor`): the constructs library
 * keeps a scope's children in a plain object, so it finds one by that name already.
 */
function isObjectProperty(key: string): boolean {
  return key in Object.prototype;
}

/** Team and environment keys that cannot name a construct, by config path. */
export function reservedKeyProblems(config: AppConfig): string[] {
  const objectProperty = "a name every JavaScript object has, so cdktf finds a construct by that name already";
  return [
    ...config.environments.flatMap((env, i) =>
      isObjectProperty(env.key)
        ? [
            `environments[${i}].key: invalid value ${JSON.stringify(env.key)}: expected a key other than "constructor" (${objectProperty}); rename the environment, e.g. "${env.key}-env"`,
          ]
        : [],
    ),
    ...config.teams.flatMap((team, i) => {
      const taken = Object.hasOwn(STACK_IDS, team.key) ? STACK_IDS[team.key] : isObjectProperty(team.key) ? objectProperty : undefined;
      return taken === undefined
        ? []
        : [
            `teams[${i}].key: invalid value ${JSON.stringify(team.key)}: expected a key other than ${[...Object.keys(STACK_IDS), "constructor"].map((k) => JSON.stringify(k)).join(", ")} (${JSON.stringify(team.key)}: ${taken}); rename the team, e.g. "${team.key}-team"`,
          ];
    }),
  ];
}
