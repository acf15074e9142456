import { UserError } from "../../constructs/core/private/user-error";

/**
 * A failure of `ilert-datadog adopt` the user can act on (credentials, an unreachable or refusing API,
 * nothing to adopt, a file in the way): one line saying which API or file, what happened and the fix.
 * The command prints it without a stack trace and exits 1, having written nothing.
 */
export class AdoptError extends UserError {
  override readonly name = "AdoptError";
}
