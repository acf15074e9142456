import { z } from "zod";

/**
 * An object schema that rejects unknown keys and names the keys it knows: they are carried in the
 * message of zod's `unrecognized_keys` issue, which config-problems.ts reports as "expected one of the keys ...",
 * so a misspelled key is answered with the right spelling.
 */
export function strict<T extends z.ZodRawShape>(shape: T): z.ZodObject<T, "strict"> {
  return z.object(shape).strict({ message: Object.keys(shape).join(", ") });
}
