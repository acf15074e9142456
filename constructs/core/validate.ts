import { IConstruct } from "constructs";
import { Token } from "cdktf";
import { IlertDatadogValidationError } from "./errors";
import { raise } from "./private/raise";
import { suggest } from "./suggest";

/**
 * Synth-time checks for prop values. Each throws {@link IlertDatadogValidationError} naming the
 * construct, and skips values that are unresolved tokens (they are only known at apply time).
 * They also check the JavaScript type, since props may come from plain JavaScript or JSON config.
 */

/** Whether a value is only known at apply time (a cdktf token), so it cannot be checked now. */
export function isUnresolved(value: unknown): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, Token.isUnresolved is false for undefined and null too
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/** Throws the library's error for `prop` of `scope` (a construct, or the name of a function). */
export function fail(scope: IConstruct | string, prop: string, received: unknown, accepted: string, fix: string): never {
  raise(new IlertDatadogValidationError(scope, { prop, received, accepted, fix }));
}

/** Options of {@link checkString}. Lengths are in UTF-8 bytes, as the providers count them. */
export interface StringRule {
  /** Minimum length in bytes. @default 1 */
  readonly minLength?: number;
  /** Maximum length in bytes. @default - no limit */
  readonly maxLength?: number;
  /** Pattern the whole value must match. @default - any text */
  readonly pattern?: RegExp;
  /** The pattern in words, for the message. @default - the pattern source */
  readonly patternText?: string;
  /** How to fix a bad value. */
  readonly fix: string;
}

/** Checks a required string: type, length (in UTF-8 bytes) and pattern. */
export function checkString(scope: IConstruct, prop: string, value: unknown, rule: StringRule): void {
  if (isUnresolved(value)) return;
  const min = rule.minLength ?? 1;
  const max = rule.maxLength;
  const length = max === undefined ? (min > 1 ? `at least ${min} bytes` : "") : `${min}-${max} bytes (UTF-8)`;
  const accepted = rule.pattern
    ? `${rule.patternText ?? rule.pattern.source}${length ? `, ${length}` : ""}`
    : `a ${min > 0 && max === undefined ? "non-empty " : ""}string${length ? ` of ${length}` : ""}`;
  if (typeof value !== "string") fail(scope, prop, value, accepted, rule.fix);
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes < min || (max !== undefined && bytes > max)) fail(scope, prop, value, accepted, rule.fix);
  if (rule.pattern && !rule.pattern.test(value)) fail(scope, prop, value, accepted, rule.fix);
}

/** Checks an optional string; `undefined` passes. */
export function checkOptionalString(scope: IConstruct, prop: string, value: unknown, rule: StringRule): void {
  if (value !== undefined) checkString(scope, prop, value, rule);
}

/** Checks an optional integer within `[min, max]`; `undefined` passes. */
export function checkOptionalInteger(scope: IConstruct, prop: string, value: unknown, min: number, max: number, fix: string): void {
  if (value === undefined || isUnresolved(value)) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(scope, prop, value, `an integer from ${min} to ${max}`, fix);
  }
}

/** Checks an integer within `[min, max]`. */
export function checkInteger(scope: IConstruct, prop: string, value: unknown, min: number, max: number, fix: string): void {
  if (value === undefined) fail(scope, prop, value, `an integer from ${min} to ${max}`, fix);
  checkOptionalInteger(scope, prop, value, min, max, fix);
}

/** Checks an optional boolean; `undefined` passes. */
export function checkOptionalBoolean(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || isUnresolved(value)) return;
  if (typeof value !== "boolean") fail(scope, prop, value, "true or false", `set ${prop} to a boolean`);
}

/** Checks that a value is an array (of at least `minItems`), and returns it typed. */
export function checkArray<T>(scope: IConstruct, prop: string, value: unknown, minItems: number, fix: string): readonly T[] {
  if (!Array.isArray(value) || value.length < minItems) {
    fail(scope, prop, value, minItems > 0 ? `a list of at least ${minItems} item${minItems === 1 ? "" : "s"}` : "a list", fix);
  }
  return value as T[];
}

/** A class, including one with a private or protected constructor (which `new` types exclude). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the value classes have private constructors
export type ClassOf<T> = Function & { readonly prototype: T };

/**
 * Checks that `value` (`prop` of `scope`) is an instance of `cls`: value classes built by factories
 * (payloads, mappings, targets, contacts) that plain JavaScript or JSON could pass as look-alikes.
 * `accepted` defaults to `a <class name>` (`an` before a vowel).
 */
export function checkInstance<T>(
  scope: IConstruct | string,
  prop: string,
  value: unknown,
  cls: ClassOf<T>,
  fix: string,
  accepted = `${/^[AEIOU]/.test(cls.name) ? "an" : "a"} ${cls.name}`,
): T {
  if (!(value instanceof cls)) fail(scope, prop, value, accepted, fix);
  return value as T;
}

/**
 * The keys of a struct `T` (props, options, a rule), each `"required"` or `"optional"`. A list typed
 * with it fails to compile when it leaves out a key of `T` or names one `T` lacks, so it follows the
 * interface.
 */
export type StructKeys<T> = { readonly [K in keyof T]-?: object extends Pick<T, K> ? "optional" : "required" };

/** A struct the library takes, for {@link checkKeys}: its name in the API reference, and its keys. */
export interface Struct<T> {
  /** The interface's name, e.g. `EscalationRule`. */
  readonly name: string;
  /** Its keys. */
  readonly keys: StructKeys<T>;
}

/**
 * Refuses a key `struct` does not have, naming the key it most likely misspells. Without it a
 * misspelled optional key would be ignored: TypeScript refuses it only where the app is type-checked
 * (cdktf's TypeScript template runs ts-node without type checks), JavaScript never. `path` is where
 * the struct is, as the other messages name its fields: `""` for props, `rules[0]` for a rule.
 */
export function checkKeys<T>(scope: IConstruct | string, path: string, value: object, struct: Struct<T>): void {
  const known = Object.keys(struct.keys);
  const at = (key: string) => (path === "" ? key : `${path}.${key}`);
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(struct.keys, key)) continue;
    const near = suggest(key, known);
    if (near === undefined) {
      fail(
        scope,
        at(key),
        (value as Record<string, unknown>)[key],
        `a key of ${struct.name}: ${known.join(", ")}`,
        `remove ${key}, or use one of those`,
      );
    }
    // A misspelled required key: what is wrong is that the key is missing.
    if (struct.keys[near as keyof T] === "required" && (value as Record<string, unknown>)[near] === undefined) {
      fail(scope, at(near), undefined, `${near}, found ${key}, which ${struct.name} does not have`, `did you mean ${near}?`);
    }
    fail(scope, at(key), (value as Record<string, unknown>)[key], `a key of ${struct.name}`, `did you mean ${near}?`);
  }
}

/**
 * Checks that props (or the options object named `prop`) were given as an object with only the keys
 * of `struct` ({@link checkKeys}).
 */
export function checkProps<T>(scope: IConstruct, value: unknown, struct: Struct<T>, fix: string, prop = "props"): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(scope, prop, value, "an object", fix);
  checkKeys(scope, "", value, struct);
}

// Listing the canonical zone names takes about 1 ms; the first Intl.DateTimeFormat about 20 ms (ICU
// start-up), so it only judges names outside the list (aliases such as "UTC", wrong case, typos).
let canonicalZones: Set<string> | undefined;

/** Checks an IANA time zone name (e.g. `Europe/Berlin`), exactly as spelled in the tz database. */
export function checkTimezone(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || isUnresolved(value)) return;
  const accepted = 'an IANA time zone name such as "Europe/Berlin" or "America/New_York"';
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, Intl refuses "" below with the same message
  if (typeof value !== "string" || value === "") fail(scope, prop, value, accepted, "use the tz database name of the zone");
  canonicalZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: Intl resolves a canonical name to itself
  if (canonicalZones.has(value)) return;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return fail(scope, prop, value, accepted, "use the tz database name of the zone");
  }
  // Intl accepts any letter case; iLert wants the canonical spelling.
  if (resolved !== value && resolved.toLowerCase() === value.toLowerCase()) {
    fail(scope, prop, value, accepted, `spell it "${resolved}"`);
  }
}
