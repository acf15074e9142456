import { z } from "zod";
import { strict } from "../../app/strict-object";

describe("strict", () => {
  const schema = strict({ beforeMin: z.number(), method: z.string() });

  test("parses an object with the keys it knows", () => {
    expect(schema.parse({ beforeMin: 60, method: "EMAIL" })).toEqual({ beforeMin: 60, method: "EMAIL" });
  });

  test("rejects an unknown key with an unrecognized_keys issue whose message lists the known keys", () => {
    const result = schema.safeParse({ beforeMin: 60, metod: "EMAIL", method: "EMAIL" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([{ code: "unrecognized_keys", keys: ["metod"], path: [], message: "beforeMin, method" }]);
  });
});
