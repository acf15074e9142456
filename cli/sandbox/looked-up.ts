import { fromTerraformString } from "../../constructs/core/terraform-escape";
import { ID_KEYS, literalIds, loginEmails } from "../../tools/literal-ids";
import type { SynthesizedStack } from "../../tools/synthesized-stacks";

/**
 * What an app looks up in iLert, read from its synthesized stacks, as the seed of the sandbox's
 * iLert fake: every user (`User.fromEmail`, `User.fromId`), team, schedule and escalation policy
 * (`fromName`, `fromId`) and support hours (`SupportHours.fromId`) it expects to exist. What cannot
 * be seeded (a lookup by a Terraform expression, an existing contact given by id) is said in a note.
 */

/** A seed of the iLert fake (the JSON shape of `--seed FILE` and of the fakes' own seed.json). */
export interface SandboxSeed {
  readonly users: readonly { readonly id: number; readonly email: string; readonly firstName?: string; readonly lastName?: string }[];
  readonly teams: readonly NamedObject[];
  readonly escalationPolicies: readonly NamedObject[];
  readonly schedules: readonly NamedObject[];
  readonly supportHours: readonly NamedObject[];
}

/** A seeded object known by its name. */
export interface NamedObject {
  readonly id: number;
  readonly name: string;
}

/** The seed, and what could not be seeded. */
export interface LookedUp {
  readonly seed: SandboxSeed;
  /** One line each: what the app needs that the sandbox does not seed, and what follows. */
  readonly notes: readonly string[];
}

/** Where seeded ids start when nothing else uses them (iLert's ids are positive; these only look like ids). */
const FIRST_ID = 1001;

/** The kinds named by id in a block: the wiring diagram's, plus support hours and contacts. */
const SEEDED_KEYS: Readonly<Record<string, string>> = {
  ...ID_KEYS,
  support_hours: "ilert_support_hour",
  contact: "ilert_user_contact",
};

/** The seed key of each kind that lookups by name fill. */
const BY_NAME = {
  ilert_team: "teams",
  ilert_schedule: "schedules",
  ilert_escalation_policy: "escalationPolicies",
} as const;

/** The seed key of each kind seeded by id, with the name a seeded object gets. */
const BY_ID = {
  ilert_team: ["teams", "Team"],
  ilert_schedule: ["schedules", "Schedule"],
  ilert_escalation_policy: ["escalationPolicies", "Escalation policy"],
  ilert_support_hour: ["supportHours", "Support hours"],
} as const;

/** The user a seed gets when it has policies or schedules (which page its first user) but no one else. */
const ON_CALL_USER = { email: "on-call@sandbox.example.com", firstName: "On", lastName: "Call" };

/**
 * The seed for `stacks`: `base` (a `--seed` file's objects, kept as they are), then every object the
 * stacks look up or name by id that `base` does not have (matched by id, email without case, or name).
 */
export function lookedUp(stacks: readonly SynthesizedStack[], base: SandboxSeed = emptySeed()): LookedUp {
  const seed = {
    users: [...base.users],
    teams: [...base.teams],
    escalationPolicies: [...base.escalationPolicies],
    schedules: [...base.schedules],
    supportHours: [...base.supportHours],
  };
  const notes: string[] = [];
  const nextId = (taken: readonly { id: number }[]) => {
    let id = Math.max(FIRST_ID - 1, ...taken.map((o) => o.id)) + 1;
    while (taken.some((o) => o.id === id)) id++;
    return id;
  };

  // Literal ids first: lookups then get ids no literal uses.
  for (const stack of stacks) {
    const emails = knownEmails(stack);
    for (const [address, body] of blocks(stack)) {
      for (const { type, id } of literalIds(body, SEEDED_KEYS)) {
        const numeric = Number(id);
        if (!Number.isSafeInteger(numeric)) {
          notes.push(`${where(stack, address)} names ${type} ${id} by id, beyond what the fakes store exactly: not seeded`);
        } else if (type === "ilert_user") {
          if (!seed.users.some((u) => u.id === numeric))
            seed.users.push({ id: numeric, email: emails.get(id) ?? `user-${id}@sandbox.example.com` });
        } else if (type === "ilert_user_contact") {
          notes.push(
            `${where(stack, address)} names contact ${id} by id (ReminderContact.existing): the sandbox seeds no contacts, so its deploy fails there`,
          );
        } else {
          const [key, label] = BY_ID[type as keyof typeof BY_ID];
          const list = seed[key] as NamedObject[];
          if (!list.some((o) => o.id === numeric)) list.push({ id: numeric, name: `${label} ${id}` });
        }
      }
    }
  }

  for (const stack of stacks) {
    for (const [type, byName] of Object.entries(stack.config.data ?? {})) {
      const key = type === "ilert_user" ? "email" : type in BY_NAME ? "name" : undefined;
      if (key === undefined) continue;
      for (const [name, body] of Object.entries(byName)) {
        const raw = body[key];
        if (typeof raw !== "string" || isExpression(raw)) {
          notes.push(`${where(stack, `data.${type}.${name}`)} looks up a ${key} given by a Terraform expression: not seeded`);
          continue;
        }
        const value = fromTerraformString(raw);
        if (type === "ilert_user") {
          if (!seed.users.some((u) => u.email.toLowerCase() === value.toLowerCase()))
            seed.users.push({ id: nextId(seed.users), email: value });
        } else {
          const list = seed[BY_NAME[type as keyof typeof BY_NAME]] as NamedObject[];
          if (!list.some((o) => o.name === value)) list.push({ id: nextId(list), name: value });
        }
      }
    }
  }

  if (seed.users.length === 0 && seed.escalationPolicies.length + seed.schedules.length > 0) {
    seed.users.push({ id: nextId(seed.users), ...ON_CALL_USER });
  }
  return { seed, notes };
}

/** A seed with nothing in it. */
export function emptySeed(): SandboxSeed {
  return { users: [], teams: [], escalationPolicies: [], schedules: [], supportHours: [] };
}

/** `2 users (alice@example.com, bob@example.com), 1 team (Payments), ...`: what a seed holds, for people. */
export function describeSeed(seed: SandboxSeed): string {
  const part = (count: number, one: string, many: string, names: string[]) =>
    `${count} ${count === 1 ? one : many}${names.length > 0 ? ` (${names.join(", ")})` : ""}`;
  const named = (list: readonly NamedObject[]) => list.map((o) => o.name);
  return [
    part(
      seed.users.length,
      "user",
      "users",
      seed.users.map((u) => u.email),
    ),
    part(seed.teams.length, "team", "teams", named(seed.teams)),
    part(seed.schedules.length, "schedule", "schedules", named(seed.schedules)),
    part(seed.escalationPolicies.length, "escalation policy", "escalation policies", named(seed.escalationPolicies)),
    part(seed.supportHours.length, "support hours", "support hours", named(seed.supportHours)),
  ].join(", ");
}

/** Every resource and data source body of a stack, with its address. */
function blocks(stack: SynthesizedStack): [string, unknown][] {
  return (["resource", "data"] as const).flatMap((block) =>
    Object.entries(stack.config[block] ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]): [string, unknown] => [`${block === "data" ? "data." : ""}${type}.${name}`, body]),
    ),
  );
}

/**
 * The login emails a stack knows for users given by id (tools/literal-ids.ts): a seeded user gets
 * that email, so the lookup of their login contact finds the contact iLert creates for a login.
 */
function knownEmails(stack: SynthesizedStack): Map<string, string> {
  const data = stack.config.data?.ilert_user_email_contact ?? {};
  const expressions = new Set(
    Object.values(data)
      .map((b) => b.target)
      .filter((t): t is string => typeof t === "string" && isExpression(t))
      .map(fromTerraformString),
  );
  return new Map([...loginEmails(stack.config.data)].filter(([, email]) => !expressions.has(email)));
}

/** Whether a synthesized string holds a Terraform expression (`${...}`; a literal `${` is written `$${`). */
function isExpression(raw: string): boolean {
  return /(?<!\$)\$\{/.test(raw);
}

function where(stack: SynthesizedStack, address: string): string {
  return `stack ${stack.name}: ${address}`;
}
