/**
 * A failure of `ilert-datadog sandbox` or `smoke-test` with a message for the user (what is wrong,
 * the value, what is accepted, the fix): printed in one line without a stack trace, exit status 1.
 */
export class SandboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SandboxError";
  }
}
