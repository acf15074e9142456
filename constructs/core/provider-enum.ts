/**
 * Base of the enum-like classes for provider string enums (alert creation, priority rule, ...).
 * Subclasses offer one static constant per value the pinned provider (iLert 2.25.0) accepts, and
 * `custom()` as the escape hatch for values of newer provider versions, which is not checked.
 */
export abstract class ProviderEnum {
  protected constructor(
    /** The value written to Terraform. */
    public readonly value: string,
    /** Whether this value came from the `custom()` escape hatch rather than a known constant. */
    public readonly isCustom: boolean = false,
  ) {}

  /**
   * The constants of this enum-like class, in declaration order (not `custom()` values), e.g.
   * `AlertCreation.values()`.
   */
  public static values<T extends ProviderEnum>(this: ProviderEnumClass<T>): T[] {
    return constantsOf(this);
  }

  /**
   * The constant of this enum-like class with the given provider value, e.g.
   * `AlertCreation.lookup("ONE_ALERT_PER_EMAIL")` is `AlertCreation.ONE_ALERT_PER_EMAIL`.
   * @returns the constant, or `undefined` if none has that value
   */
  public static lookup<T extends ProviderEnum>(this: ProviderEnumClass<T>, value: string): T | undefined {
    return constantsOf(this).find((v) => v.value === value);
  }

  /** The value written to Terraform. */
  public toString(): string {
    return this.value;
  }
}

/**
 * An enum-like class deriving from {@link ProviderEnum}, as `this` of {@link ProviderEnum.values}
 * and {@link ProviderEnum.lookup}: `Function`, since the classes' constructors are not public.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the classes have protected constructors
export type ProviderEnumClass<T extends ProviderEnum> = Function & {
  /** The prototype of the class's instances. */
  readonly prototype: T;
};

/** The static constants of an enum-like class, in declaration order. */
function constantsOf<T extends ProviderEnum>(cls: ProviderEnumClass<T>): T[] {
  return Object.values(cls).filter((v): v is T => v instanceof cls);
}
