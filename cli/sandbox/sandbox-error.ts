import { UserError } from "../../constructs/core/private/user-error";

/**
 * A failure of `ilert-datadog sandbox` or `smoke-test` with a message for the user (what is wrong,
 * the value, what is accepted, the fix): printed in one line without a stack trace, exit status 1.
 */
export class SandboxError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "SandboxError";
  }
}
