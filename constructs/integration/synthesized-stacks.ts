import * as fs from "fs";
import * as path from "path";

/** The resources or data sources of one block of a `cdk.tf.json`: type -> Terraform name -> body. */
export type SynthesizedBlocks = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

/** One synthesized stack: its name and its parsed `cdk.tf.json`. */
export interface SynthesizedStack {
  /** The stack name, e.g. `payments-oncall`. */
  readonly name: string;
  /** The parsed `cdk.tf.json` (only `resource` and `data` are read). */
  readonly config: {
    /** The `resource` block; absent when the stack declares no resources. */
    readonly resource?: SynthesizedBlocks;
    /** The `data` block; absent when the stack declares no data sources. */
    readonly data?: SynthesizedBlocks;
  };
}

/** Reads every stack a `cdktf synth` wrote to `outdir`, in the order of its `manifest.json`. */
export function readSynthesizedStacks(outdir: string): SynthesizedStack[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { name: string; synthesizedStackPath: string }>;
  };
  return Object.values(manifest.stacks).map((stack) => ({
    name: stack.name,
    config: JSON.parse(fs.readFileSync(path.join(outdir, stack.synthesizedStackPath), "utf8")),
  }));
}

/**
 * A string of `cdk.tf.json` as the provider receives it: Terraform's template escapes (`$${`, `%%{`)
 * undone. References (`${...}`) stay as they are.
 */
export function fromTerraformString(text: string): string {
  return text.replace(/([$%])\1\{/g, "$1{");
}
