import * as path from "path";
import { formatBytes, JsonSyntaxError, MAX_GENERATED_READ_BYTES, ReadFileError, readJsonFile } from "../app/read-file";
import { brandUserError } from "../constructs/core/private/user-error";
import { describeValue } from "../constructs/core/shown-text";

/** The resources or data sources of one block of a `cdk.tf.json`: type -> Terraform name -> body. */
export type SynthesizedBlocks = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

/** One synthesized stack: its name, where Terraform runs for it, and its parsed `cdk.tf.json`. */
export interface SynthesizedStack {
  /** The stack name, e.g. `payments-oncall`. */
  readonly name: string;
  /** The stack's Terraform working directory, e.g. `cdktf.out/stacks/payments-oncall`. */
  readonly workingDirectory: string;
  /** The parsed `cdk.tf.json` (the blocks these tools read). */
  readonly config: {
    /** The `resource` block; absent when the stack declares no resources. */
    readonly resource?: SynthesizedBlocks;
    /** The `data` block; absent when the stack declares no data sources. */
    readonly data?: SynthesizedBlocks;
    /** The `import` blocks; absent when the stack adopts nothing. */
    readonly import?: readonly SynthesizedImportBlock[];
  };
}

/** One `import` block of a `cdk.tf.json`. */
export interface SynthesizedImportBlock {
  /** The address of the adopting resource. */
  readonly to: unknown;
  /** The id of the adopted object. */
  readonly id: unknown;
}

/**
 * What the app synthesized into an outdir cannot be read: a manifest.json or stack file that is not
 * a regular file (a named pipe would block the read), too large, not JSON, or not what cdktf writes.
 */
export class SynthesizedOutputError extends Error {
  constructor(
    /** The file, as given (joined to the outdir). */
    readonly file: string,
    /** What is wrong with it and what is expected, e.g. `not valid JSON at line 1, column 9: ...: expected ...`. */
    readonly problem: string,
  ) {
    super(`${file}: ${problem}; synthesize the app again`);
    this.name = "SynthesizedOutputError";
  }
}
// A user error (the command prints it in one line), branded rather than derived: see core/private/user-error.ts.
brandUserError(SynthesizedOutputError);

/** The parts of a stack entry of cdktf's `manifest.json` read here. */
interface ManifestStack {
  readonly name: string;
  readonly workingDirectory: string;
  readonly synthesizedStackPath: string;
}

/**
 * Reads every stack a `cdktf synth` wrote to `outdir`, in the order of its `manifest.json`. The one
 * reader of synth output that every tool of this folder uses. Each file is read only when it is a
 * regular file of at most 256 MiB (MAX_GENERATED_READ_BYTES) holding a JSON object, and a stack file only inside `outdir`;
 * otherwise a {@link SynthesizedOutputError} says which file and why.
 */
export function readSynthesizedStacks(outdir: string): SynthesizedStack[] {
  const manifestFile = path.join(outdir, "manifest.json");
  const manifest = readJson(manifestFile, "the manifest.json that cdktf synth writes");
  const stacks = manifest.stacks ?? {};
  if (!isObject(stacks)) fail(manifestFile, `"stacks" is ${describeValue(stacks)}: expected an object of stacks, as cdktf synth writes it`);
  return Object.entries(stacks).map(([key, stack]) => {
    const entry = manifestStack(manifestFile, key, stack);
    return {
      name: entry.name,
      workingDirectory: path.join(outdir, entry.workingDirectory),
      config: readJson(path.join(outdir, entry.synthesizedStackPath), `the cdk.tf.json of stack ${describeValue(entry.name)}`),
    };
  });
}

/** A stack entry of the manifest, checked: names and paths are strings, the paths inside the outdir. */
function manifestStack(manifestFile: string, key: string, stack: unknown): ManifestStack {
  const at = `stacks[${describeValue(key)}]`;
  if (!isObject(stack)) fail(manifestFile, `${at} is ${describeValue(stack)}: expected a stack entry, as cdktf synth writes it`);
  for (const field of ["name", "workingDirectory", "synthesizedStackPath"] as const) {
    const value = stack[field];
    if (typeof value !== "string" || value === "")
      fail(manifestFile, `${at}.${field} is ${describeValue(value)}: expected a non-empty string, as cdktf synth writes it`);
    if (field !== "name" && (path.isAbsolute(value) || path.normalize(value).split(/[\\/]/).includes("..")))
      fail(manifestFile, `${at}.${field} is ${describeValue(value)}: expected a path inside the output folder, as cdktf synth writes it`);
  }
  return stack as unknown as ManifestStack;
}

/** A JSON object read from `file` (readJsonFile: a regular file, within the size limit), else a SynthesizedOutputError. */
function readJson(file: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = readJsonFile(file, MAX_GENERATED_READ_BYTES);
  } catch (e) {
    if (!(e instanceof ReadFileError)) throw e;
    const problem = e instanceof JsonSyntaxError ? e.problem : `cannot read it: ${e.problem}`;
    return fail(file, `${problem}: expected ${what}, a regular JSON file of at most ${formatBytes(MAX_GENERATED_READ_BYTES)}`);
  }
  if (!isObject(value)) return fail(file, `it holds ${describeValue(value)}: expected ${what}, a JSON object`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(file: string, problem: string): never {
  throw new SynthesizedOutputError(file, problem);
}
