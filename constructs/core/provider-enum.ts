import { IConstruct } from "constructs";
import { fail, isUnresolved } from "./validate";

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

  /** The value written to Terraform. */
  public toString(): string {
    return this.value;
  }
}

/** A class deriving from {@link ProviderEnum}, as passed to {@link checkEnum}. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the classes have protected constructors
export type ProviderEnumClass<T extends ProviderEnum> = Function & { readonly prototype: T };

/** The values of the static constants of an enum-like class. */
function knownValues<T extends ProviderEnum>(cls: ProviderEnumClass<T>): string[] {
  return Object.values(cls)
    .filter((v): v is T => v instanceof cls)
    .map((v) => v.value);
}

/**
 * Checks that an optional prop holds an instance of `cls` (a constant, or `custom()`), so a plain
 * string from JavaScript or JSON cannot slip past the provider's accepted values.
 */
export function checkEnum<T extends ProviderEnum>(scope: IConstruct, prop: string, value: unknown, cls: ProviderEnumClass<T>): void {
  if (value === undefined || isUnresolved(value) || value instanceof cls) return;
  const received = value instanceof ProviderEnum ? value.value : value;
  const known = knownValues(cls);
  // Constant names need not equal values (AutoResolutionTimeout.HOURS_2 is "PT2H").
  const constant = Object.entries(cls).find(([, v]) => v instanceof ProviderEnum && v instanceof cls && v.value === received)?.[0];
  const fix = constant
    ? `use ${cls.name}.${constant} instead of a plain string`
    : `use one of the ${cls.name} constants, or ${cls.name}.custom("...") for a value a newer provider accepts`;
  fail(scope, prop, received, `one of ${known.map((v) => JSON.stringify(v)).join(", ")}`, fix);
}
