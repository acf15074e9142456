/**
 * The one kind of user-facing error: a mistake in what the user gave (a prop, a config file, a
 * command line's files, the credentials an API refused) whose message already says what was wrong,
 * the value, what is accepted and the fix. The command (cli/ilert-datadog.ts) prints such an error as
 * its message alone, in one line, and any other error with its stack, as a bug.
 *
 * Recognised by a brand, as {@link IlertDatadogErrors.isValidationError} recognises validation
 * errors: a registered symbol on the class's prototype, so subclasses carry it and every copy of
 * this library sets and tests the same one. Internal (no entry exports this folder).
 */
const USER_ERROR = Symbol.for("cdktf-ilert-datadog.UserError");

/**
 * Brands `errorClass` (and its subclasses) as a user error. For the classes of the public entries
 * (the validation error, the tools' SynthesizedOutputError), which so keep their declared base:
 * extending {@link UserError} would put this internal class into their public types.
 */
export function brandUserError(errorClass: abstract new (...args: never[]) => Error): void {
  Object.defineProperty(errorClass.prototype, USER_ERROR, { value: true });
}

/** Whether `x` is a user error: an error whose class is branded ({@link UserError} or {@link brandUserError}). */
export function isUserError(x: unknown): x is Error {
  return typeof x === "object" && x !== null && USER_ERROR in x;
}

/** Base of the user errors of the config app and the command (app/, cli/): each is a user error by its class. */
export abstract class UserError extends Error {}
brandUserError(UserError);
