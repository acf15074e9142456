import { fromTerraformString } from "../constructs/core/terraform-escape";
import type { SynthesizedBlocks } from "./synthesized-stacks";

/**
 * The iLert objects a synthesized block names by a literal id (`User.fromId`, `Team.fromId`, ...):
 * where the value sits tells its kind (`user`, `team[0].id`, `escalation_policy`, ...). Read by the
 * wiring diagram, which draws them, and by `ilert-datadog sandbox`, which seeds them.
 */

/** A path into a block: object keys and list indexes. */
export type BlockPath = readonly (string | number)[];

/** The kind of iLert object a key of a provider block names by id (`user`, `teams[0].id`, ...). */
export const ID_KEYS: Readonly<Record<string, string>> = {
  user: "ilert_user",
  users: "ilert_user",
  team: "ilert_team",
  teams: "ilert_team",
  schedule: "ilert_schedule",
  escalation_policy: "ilert_escalation_policy",
};

/** A literal id: digits without a leading zero. */
export const LITERAL_ID = /^[1-9][0-9]*$/;

/** The kind (of `keys`) that a literal at path `at` is the id of: `user`, `user[0].id`, `team[1].id`, ... */
export function idKind(at: BlockPath, keys: Readonly<Record<string, string>> = ID_KEYS): string | undefined {
  const names = at.filter((p): p is string => typeof p === "string");
  const key = names[names.length - 1] === "id" ? names[names.length - 2] : names[names.length - 1];
  return key !== undefined && Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : undefined;
}

/** Calls `visit` with every string or number in `value` and its path (cdktf's `//` metadata left out). */
export function walkValues(value: unknown, at: (string | number)[], visit: (at: (string | number)[], value: string) => void): void {
  if (typeof value === "string" || typeof value === "number") visit(at, String(value));
  else if (Array.isArray(value)) value.forEach((item, i) => walkValues(item, [...at, i], visit));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) if (key !== "//") walkValues(item, [...at, key], visit);
  }
}

/** A literal id in a block: its kind (a Terraform type such as `ilert_user`), the id, and where it is. */
export interface LiteralId {
  readonly type: string;
  readonly id: string;
  readonly at: BlockPath;
}

/** Every literal id in `body` whose key `keys` knows, in the order of the block. */
export function literalIds(body: unknown, keys: Readonly<Record<string, string>> = ID_KEYS): LiteralId[] {
  const found: LiteralId[] = [];
  walkValues(body, [], (at, value) => {
    const type = LITERAL_ID.test(value) ? idKind(at, keys) : undefined;
    if (type !== undefined) found.push({ type, id: value, at });
  });
  return found;
}

/**
 * The login emails a stack's data sources know for users given by id (user id -> email): the target
 * of the `ilert_user_email_contact` lookup of a user's login contact.
 */
export function loginEmails(data: SynthesizedBlocks | undefined): Map<string, string> {
  const known = new Map<string, string>();
  for (const body of Object.values(data?.ilert_user_email_contact ?? {})) {
    const id = (body.user as { id?: unknown } | undefined)?.id;
    if ((typeof id === "string" || typeof id === "number") && typeof body.target === "string")
      known.set(String(id), fromTerraformString(body.target));
  }
  return known;
}
