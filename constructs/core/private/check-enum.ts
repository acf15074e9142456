import { IConstruct } from "constructs";
import { ProviderEnum, ProviderEnumClass } from "../provider-enum";
import { fail, isUnresolved } from "../validate";

/**
 * Checks that an optional prop holds an instance of `cls` (a constant, or `custom()`), so a plain
 * string from JavaScript or JSON cannot slip past the provider's accepted values.
 */
export function checkEnum<T extends ProviderEnum>(scope: IConstruct, prop: string, value: unknown, cls: ProviderEnumClass<T>): void {
  if (value === undefined || isUnresolved(value) || value instanceof cls) return;
  const received = value instanceof ProviderEnum ? value.value : value;
  const known = ProviderEnum.values.call(cls).map((v) => v.value);
  // Constant names need not equal values (AutoResolutionTimeout.HOURS_2 is "PT2H").
  const constant = Object.entries(cls).find(([, v]) => v instanceof cls && (v as T).value === received)?.[0];
  const fix = constant
    ? `use ${cls.name}.${constant} instead of a plain string`
    : `use one of the ${cls.name} constants, or ${cls.name}.custom("...") for a value a newer provider accepts`;
  fail(scope, prop, received, `one of ${known.map((v) => JSON.stringify(v)).join(", ")}`, fix);
}
