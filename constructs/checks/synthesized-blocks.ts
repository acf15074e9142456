import { IConstruct } from "constructs";
import {
  DefaultTokenResolver,
  StringConcat,
  TerraformBackend,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformRemoteState,
  TerraformStack,
  TerraformVariable,
  Tokenization,
} from "cdktf";

/**
 * The blocks of a stack's cdk.tf.json that the checks read (`provider`, `variable`, `locals`,
 * `output`, the `terraform` block's backend, `terraform_remote_state` data sources), built as
 * cdktf's `TerraformStack.toTerraform()` builds them: each element's `toTerraform()` (its own
 * overrides applied) resolved and merged, then the stack's `addOverride`s. The written file is the
 * ground truth: a value set through an override is checked like a prop, and an entry tells which of
 * its values a stack override wrote, so that a message can say where the value came from.
 * Only these elements are resolved, so checking costs a fraction of a second synth.
 */

/** One entry of a block, with the construct it comes from (the stack, for an entry only a stack override made). */
export interface SynthesizedEntry<T> {
  readonly construct: IConstruct;
  /** The entry's name (`output.<name>`, `variable.<name>`, `local.<name>`, a remote state's), or the provider or backend type. */
  readonly name: string;
  readonly value: T;
  /**
   * Where a stack override (`stack.addOverride(path, ...)`) wrote the value at `attribute` (a path
   * of keys in the entry; the whole entry when empty), as the override's path, e.g.
   * `provider.ilert.0.api_token`, or `provider.ilert` for a list of whole configurations; undefined
   * when the value is the element's own (its props, or its own `addOverride`).
   */
  readonly overriddenAt: (attribute?: readonly string[]) => string | undefined;
}

/** A block's attributes as written. */
export type Attributes = Readonly<Record<string, unknown>>;

export interface SynthesizedBlocks {
  /** Each provider configuration, by type in the order written (a type's entries are a list). */
  readonly providers: readonly SynthesizedEntry<Attributes>[];
  readonly variables: readonly SynthesizedEntry<Attributes>[];
  readonly locals: readonly SynthesizedEntry<unknown>[];
  readonly outputs: readonly SynthesizedEntry<Attributes>[];
  /** The backend (`terraform.backend.<type>`, named by its type; `terraform.cloud` named `cloud`), if the stack writes one. */
  readonly backends: readonly SynthesizedEntry<Attributes>[];
  /** The `terraform_remote_state` data sources (`backend`, `config`, ...), by name. */
  readonly remoteStates: readonly SynthesizedEntry<Attributes>[];
}

/** What the stack will write in these blocks. */
export function synthesizedBlocks(stack: TerraformStack): SynthesizedBlocks {
  const elements = checkedElements(stack);
  const merged: Record<string, unknown> = {};
  for (const element of elements) merge(merged, resolve(stack, element.toTerraform()));
  const overrides = stackOverrides(stack);
  const hasOverrides = Object.keys(asRecord(overrides)).length > 0;
  // What the elements write alone: a value that differs in the whole file came from a stack override.
  const own = asRecord(resolve(stack, merged));
  merge(merged, overrides);
  // Resolved again only for a stack with overrides: without, the file is what the elements write.
  const tf = hasOverrides ? asRecord(resolve(stack, merged)) : own;

  /** An entry at `at` (its keys in the file), from `construct`. */
  const entry = <T>(construct: IConstruct, name: string, value: T, at: readonly string[]): SynthesizedEntry<T> => ({
    construct,
    name,
    value,
    overriddenAt: (attribute = []) => {
      // Without stack overrides every value is the elements' own: no deep comparison on each synth.
      // Stryker disable next-line ConditionalExpression: a shortcut, the comparison below gives the same
      if (!hasOverrides) return undefined;
      const before = memberAt(own, at);
      if (before !== undefined && same(memberAt(before, attribute), memberAt(value, attribute))) return undefined;
      return overridePath(overrides, [...at, ...attribute]);
    },
  });

  // Entries are named by their element's friendlyUniqueId; one a stack override made has no element.
  const elementOf = new Map(elements.map((e) => [`${kindOf(e)} ${e.friendlyUniqueId}`, e]));
  const entries = (block: "variable" | "locals" | "output", kind: "variable" | "local" | "output"): SynthesizedEntry<unknown>[] =>
    Object.entries(asRecord(tf[block])).map(([name, value]) =>
      entry(elementOf.get(`${kind} ${name}`) ?? stack, name, value, [block, name]),
    );
  const withAttributes = (e: SynthesizedEntry<unknown>): SynthesizedEntry<Attributes> => ({ ...e, value: asRecord(e.value) });

  const providers = Object.entries(asRecord(tf.provider)).flatMap(([type, configs]) => {
    const declared = elements.filter((e) => TerraformProvider.isTerraformProvider(e) && e.terraformResourceType === type);
    return (Array.isArray(configs) ? configs : [configs]).map((config, i) =>
      entry<Attributes>(declared[i] ?? stack, type, asRecord(config), ["provider", type, String(i)]),
    );
  });
  const terraform = asRecord(tf.terraform);
  const backendElement = elements.find((e) => TerraformBackend.isBackend(e)) ?? stack;
  const backends = [
    ...Object.entries(asRecord(terraform.backend)).map(([type, config]) =>
      entry<Attributes>(backendElement, type, asRecord(config), ["terraform", "backend", type]),
    ),
    ...(terraform.cloud === undefined
      ? []
      : [entry<Attributes>(backendElement, "cloud", asRecord(terraform.cloud), ["terraform", "cloud"])]),
  ];
  const remoteStates = Object.entries(asRecord(asRecord(tf.data).terraform_remote_state)).map(([name, body]) =>
    entry<Attributes>(elementOf.get(`remote state ${name}`) ?? stack, name, asRecord(body), ["data", "terraform_remote_state", name]),
  );
  return {
    providers,
    variables: entries("variable", "variable").map(withAttributes),
    locals: entries("locals", "local"),
    outputs: entries("output", "output").map(withAttributes),
    backends,
    remoteStates,
  };
}

/**
 * The path of the stack override that holds the value at `at`, as `stack.addOverride` takes it: the
 * keys followed down the overrides as far as they are objects (a list or a value ends the path, as
 * `stack.addOverride("provider.ilert", [...])` gives a list).
 */
function overridePath(overrides: unknown, at: readonly string[]): string | undefined {
  const path: string[] = [];
  let node = overrides;
  for (const key of at) {
    if (!isRecord(node) || Tokenization.isResolvable(node) || !(key in node)) break;
    path.push(key);
    node = node[key];
  }
  return path.join(".") || undefined;
}

/** The member of `value` at `path` (object keys, list indexes), or undefined. */
export function memberAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type CheckedElement = TerraformProvider | TerraformVariable | TerraformLocal | TerraformOutput | TerraformBackend | TerraformRemoteState;

function kindOf(element: CheckedElement): "provider" | "variable" | "local" | "output" | "backend" | "remote state" {
  if (TerraformProvider.isTerraformProvider(element)) return "provider";
  if (TerraformOutput.isTerraformOutput(element)) return "output";
  if (TerraformBackend.isBackend(element)) return "backend";
  if (element instanceof TerraformRemoteState) return "remote state";
  return element instanceof TerraformLocal ? "local" : "variable";
}

/** The stack's providers, variables, locals, outputs, backend and remote states in cdktf's order (the tree's), not those of nested stacks. */
function checkedElements(stack: TerraformStack): CheckedElement[] {
  const found: CheckedElement[] = [];
  const visit = (node: IConstruct): void => {
    for (const child of node.node.children) {
      if (TerraformStack.isStack(child)) continue;
      if (
        TerraformProvider.isTerraformProvider(child) ||
        TerraformOutput.isTerraformOutput(child) ||
        TerraformBackend.isBackend(child) ||
        child instanceof TerraformRemoteState ||
        child instanceof TerraformLocal ||
        child instanceof TerraformVariable
      ) {
        found.push(child);
      }
      visit(child);
    }
  };
  visit(stack);
  return found as CheckedElement[];
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
 * Merges `source` into `target` as cdktf's deepMerge does: objects key by key, lists appended, a
 * token (resolved later) taken whole; undefined removes (it is set, and resolving drops it).
 */
function merge(target: Record<string, unknown>, source: unknown): void {
  for (const [key, value] of Object.entries(asRecord(source))) {
    if (isRecord(value) && !Tokenization.isResolvable(value)) {
      if (!isRecord(target[key]) && !Array.isArray(target[key])) target[key] = {};
      merge(target[key] as Record<string, unknown>, value);
    } else if (Array.isArray(value)) {
      target[key] = Array.isArray(target[key]) ? [...(target[key] as unknown[]), ...value] : value;
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
