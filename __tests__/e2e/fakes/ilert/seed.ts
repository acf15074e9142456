import Ajv from "ajv";
import * as fs from "fs";

/** What the iLert account holds before the test: the people and teams the apps look up, and the policies they reference by name. */
export interface IlertSeed {
  users: { id: number; email: string; firstName?: string; lastName?: string; username?: string }[];
  teams: { id: number; name: string }[];
  /** Existing policies the apps look up by name. */
  escalationPolicies?: { id: number; name: string }[];
  /** Existing schedules the apps look up by name or id (`ilert-datadog sandbox` seeds them). */
  schedules?: { id: number; name: string }[];
  /** Existing support hours the apps refer to by id. */
  supportHours?: { id: number; name: string }[];
}

const named = (key: string) => ({
  type: "object",
  properties: { id: { type: "integer", minimum: 1 }, [key]: { type: "string", minLength: 1 } },
  required: ["id", key],
});

const seedSchema = {
  type: "object",
  properties: {
    users: {
      type: "array",
      items: {
        ...named("email"),
        properties: {
          ...named("email").properties,
          firstName: { type: "string" },
          lastName: { type: "string" },
          username: { type: "string" },
        },
        additionalProperties: false,
      },
    },
    teams: { type: "array", items: { ...named("name"), additionalProperties: false } },
    escalationPolicies: { type: "array", items: { ...named("name"), additionalProperties: false } },
    schedules: { type: "array", items: { ...named("name"), additionalProperties: false } },
    supportHours: { type: "array", items: { ...named("name"), additionalProperties: false } },
  },
  required: ["users", "teams"],
  additionalProperties: false,
};

const validateSeed = new Ajv({ allErrors: true }).compile<IlertSeed>(seedSchema);

/** The seeded objects of every kind, by the seed's key. */
export function seededKinds(seed: IlertSeed): [string, { id: number }[]][] {
  return [
    ["users", seed.users],
    ["teams", seed.teams],
    ["escalationPolicies", seed.escalationPolicies ?? []],
    ["schedules", seed.schedules ?? []],
    ["supportHours", seed.supportHours ?? []],
  ];
}

/**
 * Checks a seed; throws a readable error naming `source` on a bad one (including an id used twice in
 * one kind, or a policy or schedule without users to page). Ids are per kind, as in iLert: a user
 * and a team may share one.
 */
export function checkSeed(seed: unknown, source = "the seed"): IlertSeed {
  if (!validateSeed(seed)) {
    const reasons = (validateSeed.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
    throw new Error(`invalid iLert seed ${source}: ${reasons.join("; ")}`);
  }
  for (const [kind, entities] of seededKinds(seed)) {
    const ids = entities.map((entity) => entity.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate !== undefined) throw new Error(`invalid iLert seed ${source}: ${kind} id ${duplicate} is used twice`);
  }
  if ((seed.escalationPolicies ?? []).length + (seed.schedules ?? []).length > 0 && seed.users.length === 0) {
    throw new Error(
      `invalid iLert seed ${source}: seeded escalation policies and schedules page the first user, so users must not be empty`,
    );
  }
  return seed;
}

/** Reads and checks a seed file. */
export function readSeed(file: string): IlertSeed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`cannot read the iLert seed ${file}: ${(e as Error).message}`);
  }
  return checkSeed(parsed, file);
}
