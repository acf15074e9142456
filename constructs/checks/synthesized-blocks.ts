import { IConstruct } from "constructs";
import {
  DefaultTokenResolver,
  StringConcat,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformStack,
  TerraformVariable,
  Tokenization,
} from "cdktf";

/**
 * The blocks of a stack's cdk.tf.json that the checks read (`provider`, `variable`, `locals`,
 * `output`), built as cdktf's `TerraformStack.toTerraform()` builds them: each element's
 * `toTerraform()` (its own overrides applied) resolved and merged, then the stack's `addOverride`s.
 * The written file is the ground truth: a value set through an override is checked like a prop.
 * Only these elements are resolved, so checking costs a fraction of a second synth.
 */

/** One entry of a block, with the construct it comes from (the stack, for an entry only a stack override made). */
export interface SynthesizedEntry<T> {
  readonly construct: IConstruct;
  /** The entry's name (`output.<name>`, `variable.<name>`, `local.<name>`), or the provider type. */
  readonly name: string;
  readonly value: T;
}

/** A block's attributes as written. */
export type Attributes = Readonly<Record<string, unknown>>;

export interface SynthesizedBlocks {
  /** Each provider configuration, by type in the order written (a type's entries are a list). */
  readonly providers: readonly SynthesizedEntry<Attributes>[];
  readonly variables: readonly SynthesizedEntry<Attributes>[];
  readonly locals: readonly SynthesizedEntry<unknown>[];
  readonly outputs: readonly SynthesizedEntry<Attributes>[];
}

/** What the stack will write in these blocks. */
export function synthesizedBlocks(stack: TerraformStack): SynthesizedBlocks {
  const elements = checkedElements(stack);
  const merged: Record<string, unknown> = {};
  for (const element of elements) merge(merged, resolve(stack, element.toTerraform()));
  merge(merged, stackOverrides(stack));
  const tf = asRecord(resolve(stack, merged));

  // Entries are named by their element's friendlyUniqueId; one a stack override made has no element.
  const elementOf = new Map(elements.map((e) => [`${kindOf(e)} ${e.friendlyUniqueId}`, e]));
  const entries = (block: unknown, kind: "variable" | "local" | "output"): SynthesizedEntry<unknown>[] =>
    Object.entries(asRecord(block)).map(([name, value]) => ({ construct: elementOf.get(`${kind} ${name}`) ?? stack, name, value }));
  const withAttributes = (e: SynthesizedEntry<unknown>): SynthesizedEntry<Attributes> => ({ ...e, value: asRecord(e.value) });

  const providers = Object.entries(asRecord(tf.provider)).flatMap(([type, configs]) => {
    const declared = elements.filter((e) => TerraformProvider.isTerraformProvider(e) && e.terraformResourceType === type);
    return (Array.isArray(configs) ? configs : [configs]).map((config, i) => ({
      construct: declared[i] ?? stack,
      name: type,
      value: asRecord(config),
    }));
  });
  return {
    providers,
    variables: entries(tf.variable, "variable").map(withAttributes),
    locals: entries(tf.locals, "local"),
    outputs: entries(tf.output, "output").map(withAttributes),
  };
}

type CheckedElement = TerraformProvider | TerraformVariable | TerraformLocal | TerraformOutput;

function kindOf(element: CheckedElement): "provider" | "variable" | "local" | "output" {
  if (TerraformProvider.isTerraformProvider(element)) return "provider";
  if (TerraformOutput.isTerraformOutput(element)) return "output";
  return element instanceof TerraformLocal ? "local" : "variable";
}

/** The stack's providers, variables, locals and outputs in cdktf's order (the tree's), not those of nested stacks. */
function checkedElements(stack: TerraformStack): CheckedElement[] {
  const found: CheckedElement[] = [];
  const visit = (node: IConstruct): void => {
    for (const child of node.node.children) {
      if (TerraformStack.isStack(child)) continue;
      if (
        TerraformProvider.isTerraformProvider(child) ||
        TerraformOutput.isTerraformOutput(child) ||
        child instanceof TerraformLocal ||
        child instanceof TerraformVariable
      ) {
        found.push(child);
      }
      visit(child);
    }
  };
  visit(stack);
  return found;
}

/**
 * What `stack.addOverride` recorded. cdktf (0.21, and cdktn 0.24) keeps it in the stack's private
 * `rawOverrides` and merges it last in `toTerraform()`; there is no public accessor. A test of
 * `stack.addOverride("provider.ilert.0.api_token", ...)` fails if that field ever moves.
 */
function stackOverrides(stack: TerraformStack): unknown {
  return (stack as unknown as { rawOverrides?: unknown }).rawOverrides ?? {};
}

/**
 * Merges `source` into `target` as cdktf's deepMerge does: objects key by key, lists appended,
 * undefined removes, a token (resolved later) taken whole.
 */
function merge(target: Record<string, unknown>, source: unknown): void {
  for (const [key, value] of Object.entries(asRecord(source))) {
    if (isRecord(value) && !Tokenization.isResolvable(value)) {
      if (!isRecord(target[key]) && !Array.isArray(target[key])) target[key] = {};
      merge(target[key] as Record<string, unknown>, value);
    } else if (Array.isArray(value)) {
      target[key] = Array.isArray(target[key]) ? [...(target[key] as unknown[]), ...value] : value;
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** A value as it will be synthesized in `stack`: tokens become Terraform expressions (`${...}`). */
function resolve(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
}
