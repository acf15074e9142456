import Ajv from "ajv";
import * as fs from "fs";

/** What the iLert account holds before the test: the people and teams the apps look up, and the policies they reference by name. */
export interface IlertSeed {
  users: { id: number; email: string; firstName?: string; lastName?: string; username?: string }[];
  teams: { id: number; name: string }[];
  /** Existing policies the apps look up by name. */
  escalationPolicies?: { id: number; name: string }[];
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
  },
  required: ["users", "teams"],
  additionalProperties: false,
};

const validateSeed = new Ajv({ allErrors: true }).compile<IlertSeed>(seedSchema);

/** Checks a seed; throws a readable error naming `source` on a bad one (including duplicate ids or a policy without users to page). */
export function checkSeed(seed: unknown, source = "the seed"): IlertSeed {
  if (!validateSeed(seed)) {
    const reasons = (validateSeed.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
    throw new Error(`invalid iLert seed ${source}: ${reasons.join("; ")}`);
  }
  const ids = [...seed.users, ...seed.teams, ...(seed.escalationPolicies ?? [])].map((entity) => entity.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) throw new Error(`invalid iLert seed ${source}: id ${duplicate} is used twice`);
  if ((seed.escalationPolicies ?? []).length > 0 && seed.users.length === 0) {
    throw new Error(`invalid iLert seed ${source}: seeded escalation policies page the first user, so users must not be empty`);
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
