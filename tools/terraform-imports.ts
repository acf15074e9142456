import { IMPORT_ID_COMMENT } from "../constructs/core/private/adopt-resource";
import { readSynthesizedStacks } from "./synthesized-stacks";

/** One object that a synthesized stack adopts (see `adoptExisting` and `Adoption.adopt`). */
export interface TerraformImport {
  /** Name of the stack. */
  readonly stack: string;
  /** The stack's Terraform working directory, e.g. `cdktf.out/stacks/payments`. */
  readonly workingDirectory: string;
  /** Address of the resource in the stack, e.g. `ilert_alert_source.Payments_AlertSource_1A2B3C4D`. */
  readonly address: string;
  /** The id Terraform imports the object by. */
  readonly id: string;
}

/**
 * The objects that the app synthesized into `outdir` adopts (see `adoptExisting`), from its import
 * blocks and import-id comments, stack by stack in manifest order.
 */
export function listTerraformImports(outdir: string): TerraformImport[] {
  return adoptedObjects(outdir).map(({ importBlock: _block, ...found }) => found);
}

/** The adopted objects of {@link listTerraformImports}, each marked by whether an import block adopts it. */
function adoptedObjects(outdir: string): (TerraformImport & { readonly importBlock: boolean })[] {
  return readSynthesizedStacks(outdir).flatMap(({ name: stack, workingDirectory, config }) => {
    const blocks = (config.import ?? []).map((block) => ({ address: String(block.to), id: String(block.id), importBlock: true }));
    const comments = Object.entries(config.resource ?? {}).flatMap(([type, resources]) =>
      Object.entries(resources).flatMap(([name, body]) => {
        const id = (body?.["//"] as Record<string, unknown> | undefined)?.[IMPORT_ID_COMMENT];
        return id === undefined ? [] : [{ address: `${type}.${name}`, id: String(id), importBlock: false }];
      }),
    );
    return [...blocks, ...comments].map((found) => ({ stack, workingDirectory, ...found }));
  });
}

/**
 * `terraform import` commands for the objects that the app synthesized into `outdir` adopts without
 * import blocks (`importBlocks: false`), one per object, for Terraform before 1.5. Objects adopted by
 * import blocks get none: Terraform 1.5 and later import them at the next plan/apply. Run them after
 * `cdktf synth` and `terraform -chdir=<working directory> init`, with the providers' credentials in
 * the environment.
 */
export function terraformImportCommands(outdir: string): string[] {
  return adoptedObjects(outdir)
    .filter((i) => !i.importBlock)
    .map((i) => `terraform -chdir=${shellWord(i.workingDirectory)} import ${shellWord(i.address)} ${shellWord(i.id)}`);
}

/** A POSIX shell word for `text`: as it is when that is safe, otherwise single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
