import { IConstruct } from "constructs";
import { problemText } from "./private/problem-text";
import { brandUserError } from "./private/user-error";
import { ValidationProblem } from "./validation-problem";

/**
 * What a thrown {@link IlertDatadogValidationError} tells, as {@link IlertDatadogErrors.isValidationError}
 * callers read it (the error class itself is TypeScript-only).
 */
export interface IIlertDatadogValidationError {
  /**
   * The whole message: construct path, prop, value received, what is accepted and how to fix it.
   * Other languages receive this text (in Python, as the message of the `RuntimeError` raised).
   */
  readonly message: string;
  /** Path of the construct whose prop is invalid. */
  readonly constructPath: string;
  /** Name of the invalid prop. */
  readonly prop: string;
  /** The value received. */
  readonly received: unknown;
  /** What is accepted. */
  readonly accepted: string;
  /** How to fix it. */
  readonly fix: string;
}

/** The brand of validation errors: a registered symbol, so every copy of this library sets and tests the same one. */
const VALIDATION_ERROR_SYMBOL = Symbol.for("cdktf-ilert-datadog.IlertDatadogValidationError");

/**
 * Base of the errors this library throws: a real `Error`, so other languages receive the message.
 * Not exported, as aws-cdk-lib does with its `ConstructError`: jsii rejects `extends Error` on an
 * exported class even when it is `@internal`, not on a class whose base is a class. Its errors are
 * user errors (core/private/user-error.ts): the command prints them in one line.
 */
abstract class IlertDatadogError extends Error {}
brandUserError(IlertDatadogError);

/**
 * Thrown at synth time (while constructs are defined) for any prop value the iLert or Datadog
 * providers would reject at plan or apply time, and by the synth-time check ILDD-E4 (message
 * `[ILDD-E4] <path>: ...`) when a credential would be written to cdktf.out. Recognise it with
 * {@link IlertDatadogErrors.isValidationError}, which also works when an app loads two copies of
 * this library (where `instanceof` does not).
 *
 * The message names the construct path, the prop, the value received, what is accepted and how to
 * fix it, e.g.
 * `payments/Integration: invalid webhookName "my hook": expected letters, digits, "-" and "_" only; rename it, e.g. "my-hook"`
 * (`missing <prop>` for a value not given).
 *
 * It is shaped for how Node prints an error nobody catches (a user's `main.ts` under `cdktf synth`):
 * its `stack` is the message alone, without the library's frames, and its fields are not enumerable,
 * so Node prints the message once, not the frames and the fields again (docs/validation.md). An app
 * that catches it gets an ordinary `Error` with the same message and fields.
 *
 * TypeScript-only (`@internal` for jsii, like aws-cdk-lib's error classes: jsii cannot expose a
 * subclass of `Error`); other languages receive the message.
 * @internal
 */
export class IlertDatadogValidationError extends IlertDatadogError implements IIlertDatadogValidationError {
  // Declared, not emitted as class fields: they are defined below, not enumerable.
  /** Path of the construct whose prop is invalid. */
  declare public readonly constructPath: string;
  /** Name of the invalid prop. */
  declare public readonly prop: string;
  /** The value received. */
  declare public readonly received: unknown;
  /** What is accepted. */
  declare public readonly accepted: string;
  /** How to fix it. */
  declare public readonly fix: string;

  /** `checkId`: the synth-time check that found the problem (e.g. `ILDD-E4`), which starts the message. */
  constructor(scope: IConstruct | string, problem: ValidationProblem, checkId?: string) {
    const path = typeof scope === "string" ? scope : scope.node.path;
    super(`${checkId === undefined ? "" : `[${checkId}] `}${path}: ${problemText(problem)}`);
    this.name = "IlertDatadogValidationError";
    const field = (value: unknown): PropertyDescriptor => ({ value, enumerable: false });
    Object.defineProperties(this, {
      [VALIDATION_ERROR_SYMBOL]: field(true),
      constructPath: field(path),
      prop: field(problem.prop),
      received: field(problem.received),
      accepted: field(problem.accepted),
      fix: field(problem.fix),
      // Node prints an uncaught error's stack; the frames would be the library's own, below the
      // message that already names the construct.
      stack: { value: `${this.name}: ${this.message}`, enumerable: false, writable: true, configurable: true },
    });
  }

  /** The error as JSON (for loggers that serialize errors): its name, message and fields. */
  public toJSON(): Record<string, unknown> {
    const { name, message, constructPath, prop, received, accepted, fix } = this;
    return { name, message, constructPath, prop, received, accepted, fix };
  }
}

/**
 * Recognises the errors this library throws, as aws-cdk-lib's `Errors` does: by a brand, not by
 * class, so it works across duplicate copies of the library and from every jsii language.
 */
export class IlertDatadogErrors {
  /**
   * Whether `x` is a validation error of this library (an invalid prop found at synth time). In
   * TypeScript it narrows `x` to the error, whose fields {@link IIlertDatadogValidationError} lists.
   */
  public static isValidationError(x: unknown): x is IlertDatadogValidationError {
    return typeof x === "object" && x !== null && VALIDATION_ERROR_SYMBOL in x;
  }

  private constructor() {}
}
