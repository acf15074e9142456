import { readTemplate, TerraformReference } from "./terraform-template";

/**
 * Whether a value written to cdk.tf.json holds a literal written in the code, directly or through
 * the stack's locals and variable defaults: for a credential, that literal is the secret, in plain
 * text on disk. A value only from outside the code (a variable without a default, a data source, a
 * resource attribute, a file read at plan time) holds none.
 */

/** How a literal is written. */
export type LiteralForm =
  /** A value that is no template, or a template without expressions. */
  | "a literal value"
  /** Template text outside `${...}`, beside an expression (`"abc${var.x}"`). */
  | "literal text beside a ${...} expression"
  /** An expression that reads nothing from outside, only literals (`${join("", ["a", "b"])}`, `${trimspace("a ")}`). */
  | "an expression of literals only"
  /** A variable's default: Terraform uses it when no value is given at plan time. */
  | "a default";

/** Where the literal is: its form, and the references followed to it (`local.creds`, `var.token`), outermost first. */
export interface LiteralTrace {
  readonly form: LiteralForm;
  readonly via: readonly string[];
}

/** What references are followed into: the stack's locals and variables, as written. */
export interface ReferencedValues {
  readonly locals: ReadonlyMap<string, unknown>;
  /** Each variable's attributes (`default`, `sensitive`, ...). */
  readonly variables: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
}

/**
 * Functions that read from outside the code at plan time: an expression calling one is not a
 * constant, though it holds literals (the file's path). Also by their `core::` names (Terraform
 * 1.8+); provider-defined functions are counted in.
 */
const READS_OUTSIDE =
  /^(?:(?:core::)?(?:file|filebase64|filebase64sha256|filebase64sha512|filemd5|filesha1|filesha256|filesha512|templatefile)|provider::.*)$/;

/** The first literal `value` holds (in a list or object: in any member), or undefined. */
export function literalIn(value: unknown, values: ReferencedValues): LiteralTrace | undefined {
  return new Tracer(values).trace(value);
}

class Tracer {
  /** The locals being followed, so that a cycle ends. */
  private readonly following = new Set<string>();
  /**
   * What each `local.<name>[.path]` leads to, once known. A local cut short by a cycle is kept as
   * leading to nothing, rightly: the trace returns at the first literal it finds, so it goes on only
   * when the local being followed (whose content the cycle led back to) holds none either.
   */
  private readonly memo = new Map<string, LiteralTrace | undefined>();

  constructor(private readonly values: ReferencedValues) {}

  public trace(value: unknown): LiteralTrace | undefined {
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return this.first(value);
    if (typeof value === "object") return this.first(Object.values(value));
    if (typeof value !== "string") return { form: "a literal value", via: [] };
    const template = readTemplate(value);
    if (template.expressions.length === 0) return { form: "a literal value", via: [] };
    if (template.text.trim() !== "") return { form: "literal text beside a ${...} expression", via: [] };
    for (const expression of template.expressions) {
      const outside = expression.references.length > 0 || expression.functions.some((f) => READS_OUTSIDE.test(f));
      if (!outside && expression.hasLiteral) return { form: "an expression of literals only", via: [] };
      for (const reference of expression.references) {
        const found = this.followed(reference);
        if (found) return found;
      }
    }
    return undefined;
  }

  private first(members: readonly unknown[]): LiteralTrace | undefined {
    for (const member of members) {
      const found = this.trace(member);
      if (found) return found;
    }
    return undefined;
  }

  /** The literal a `var.` or `local.` reference leads to; other references read from outside the code. */
  private followed({ root, path }: TerraformReference): LiteralTrace | undefined {
    const [name, ...rest] = path;
    const shown = `${root}.${name}`;
    if (root === "var") {
      // A default is a literal value (Terraform evaluates no expression in it).
      const member = memberAt(this.values.variables.get(name)?.default, rest);
      return member === undefined || member === null ? undefined : { form: "a default", via: [shown] };
    }
    if (root !== "local" || !this.values.locals.has(name)) return undefined;
    const key = path.join("\0");
    if (this.memo.has(key)) return this.memo.get(key);
    if (this.following.has(name)) return undefined;
    this.following.add(name);
    const found = this.trace(memberAt(this.values.locals.get(name), rest));
    this.following.delete(name);
    const result = found && { form: found.form, via: [shown, ...found.via] };
    this.memo.set(key, result);
    return result;
  }
}

/**
 * The member of `value` at `path` (object keys, list indexes), as far as the value has them: where a
 * key is missing (an attribute of an expression's result), the whole value at that point is taken.
 */
function memberAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !(key in current)) return current;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
