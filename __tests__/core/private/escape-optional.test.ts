import { escapeOptional } from "../../../constructs/core/private/escape-optional";

test("escapes a string as escapeTerraformTemplate does, and leaves undefined undefined", () => {
  expect(escapeOptional("cost ${var.x} at 100%{")).toBe("cost $${var.x} at 100%%{");
  expect(escapeOptional("")).toBe("");
  expect(escapeOptional(undefined)).toBeUndefined();
});
