import * as fs from "fs";
import * as path from "path";

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

/** The parts of cdktf's `manifest.json` read here. */
interface SynthManifest {
  readonly stacks?: Record<string, { readonly name: string; readonly workingDirectory: string; readonly synthesizedStackPath: string }>;
}

/**
 * Reads every stack a `cdktf synth` wrote to `outdir`, in the order of its `manifest.json`. The one
 * reader of synth output that every tool of this folder uses.
 */
export function readSynthesizedStacks(outdir: string): SynthesizedStack[] {
  const manifest = readJson<SynthManifest>(path.join(outdir, "manifest.json"));
  return Object.values(manifest.stacks ?? {}).map((stack) => ({
    name: stack.name,
    workingDirectory: path.join(outdir, stack.workingDirectory),
    config: readJson(path.join(outdir, stack.synthesizedStackPath)),
  }));
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}
