import { SandboxError } from "../../../cli/sandbox/sandbox-error";

test("SandboxError is a user's error by its name: the command prints its message alone (cli/ilert-datadog.ts)", () => {
  const error = new SandboxError("--mirror: no such folder");
  expect([error instanceof Error, error.name, error.message]).toEqual([true, "SandboxError", "--mirror: no such folder"]);
});
