import * as fs from "fs";
import * as path from "path";
import { App, CONTEXT_ENV, Manifest, TerraformStack } from "cdktf";
import { escapeControls } from "../constructs/core/shown-text";
import { JsonSyntaxError, MAX_GENERATED_READ_BYTES, ReadFileError, readJsonFile } from "./read-file";
import { removeInside } from "./remove-inside";
import { isSelected, stackSelection } from "./stack-selection";
import { UserError } from "../constructs/core/private/user-error";

/**
 * What `npm run synth` (scripts/app.js, the cdktf.json app command) does around `app.synth()`:
 * removes the stale outputs of an earlier synth, then reports what cdktf recorded, as the cdktf CLI
 * does. Under the CLI it only removes stale outputs: the CLI prints the annotations and the stacks.
 */

/** The output folder holds something cdktf cannot write over (a named pipe at manifest.json): the message says what to remove. */
export class OutputFolderError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "OutputFolderError";
  }
}

/** The levels of cdktf annotations, as the manifest records them, and as the cdktf CLI prints them. */
const LEVELS: Record<string, string> = { "@cdktf/info": "INFO", "@cdktf/warn": "WARN", "@cdktf/error": "ERROR" };

/** The parts of a stack entry of cdktf's manifest.json read here. */
interface ManifestStack {
  readonly name: string;
  readonly workingDirectory: string;
  readonly synthesizedStackPath: string;
  readonly stackMetadataPath?: string;
  readonly annotations?: readonly { readonly constructPath: string; readonly level: string; readonly message: string }[];
}

/**
 * Set by the tools' `--synth` (cli/ilert-datadog.ts) for the app they run: the tool reports the
 * annotations itself, from the manifest, so the app prints nothing (its stack lines would name the
 * tool's temporary folder).
 */
export const TOOL_SYNTH_ENV = "ILERT_DATADOG_TOOL_SYNTH";

/**
 * Whether this process is the app command of `cdktf synth` (which adds its own context key) or of a
 * tool's `--synth` ({@link TOOL_SYNTH_ENV}): the caller prints the annotations and the stacks.
 */
export function isUnderCdktfCli(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env[TOOL_SYNTH_ENV] === "1") return true;
  try {
    // Stryker disable next-line StringLiteral: without the variable, any text gives false ("{}" has no key, other text throws)
    return "cdktfRelativeModules" in JSON.parse(env[CONTEXT_ENV] ?? "{}");
  } catch {
    return false;
  }
}

/** The result of {@link synthesize}. */
export interface SynthReport {
  /** Lines for the user: annotations, then one per stack (none under the cdktf CLI). */
  readonly lines: string[];
  /** Whether an annotation has level ERROR. */
  readonly failed: boolean;
}

/**
 * Synthesizes `app`, first removing what an earlier synth into the same folder left that the new
 * one would not overwrite (see {@link removeStaleOutputs}). Reports every annotation
 * (`WARN [path]: message`) and, unless one is an error, one line per stack with its file. Error
 * annotations do not stop the synth (set CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS before the
 * stacks are created, as the cdktf CLI does), so that all of them are reported at once.
 */
export function synthesize(app: App, underCli = isUnderCdktfCli()): SynthReport {
  const removed = removeStaleOutputs(app);
  app.synth();
  if (underCli) return { lines: [], failed: false };
  const stacks = Object.values(app.manifest.stacks) as ManifestStack[];
  const { lines: annotations, errors } = annotationLines(stacks);
  // "" when the outdir is the working directory: path.join then gives the paths relative to it.
  const outdir = path.relative(process.cwd(), app.outdir);
  // One line each: names, paths and messages with their line feeds escaped (shown-text.ts).
  const lines = [
    ...removed.map((r) => `removed ${escapeControls(path.join(outdir, r))} (left by an earlier synth)`),
    ...annotations,
    ...(errors > 0
      ? [`synth failed: ${errors} error(s) above`]
      : stacks.map((s) => `${escapeControls(s.name)}: ${escapeControls(path.join(outdir, s.synthesizedStackPath))}`)),
  ];
  return { lines, failed: errors > 0 };
}

/** The annotations of the stacks of a manifest, as the cdktf CLI prints them (`WARN [path]: message`), and how many are errors. */
export function annotationLines(stacks: readonly Pick<ManifestStack, "annotations">[]): { lines: string[]; errors: number } {
  const annotations = stacks.flatMap((s) => s.annotations ?? []);
  return {
    lines: annotations.map((a) => `${LEVELS[a.level] ?? a.level} [${escapeControls(a.constructPath)}]: ${escapeControls(a.message)}`),
    errors: annotations.filter((a) => LEVELS[a.level] === "ERROR").length,
  };
}

/** The annotations a synth into `outdir` recorded in its manifest.json (see {@link annotationLines}). */
export function readAnnotations(outdir: string): { lines: string[]; errors: number } {
  const manifest = readJsonFile(path.join(outdir, Manifest.fileName), MAX_GENERATED_READ_BYTES) as {
    stacks?: Record<string, ManifestStack>;
  };
  return annotationLines(Object.values(manifest.stacks ?? {}));
}

/**
 * Removes, inside `app.outdir` only (never through a symbolic link) and only what the previous manifest.json lists: the
 * synthesized files of the stacks the app writes (a `cdk.tf.json` beside a new `cdk.tf` makes
 * `terraform init` fail on duplicates), and the folders of stacks the app no longer has. A removed
 * stack's folder is kept when it holds anything else (its Terraform state, for one), with only the
 * synthesized files removed. Returns what was removed, relative to the outdir.
 */
export function removeStaleOutputs(app: App): string[] {
  const previous = previousStacks(app.outdir);
  const current = new Set(
    app.node
      .findAll()
      .filter(TerraformStack.isStack)
      .map((s) => s.node.id),
  );
  // What this synth writes anyway (as cdktf's Manifest names it): overwritten, not removed.
  const written = new Set(
    [...current].flatMap((id) => {
      const folder = path.join(Manifest.stacksFolder, id);
      const file = path.join(folder, app.hclOutput ? "cdk.tf" : "cdk.tf.json");
      return app.hclOutput ? [file, path.join(folder, Manifest.stackMetadataPath)] : [file];
    }),
  );
  const removed: string[] = [];
  const remove = (relative: string): void => {
    // Never outside the outdir: not by "..", not through a symbolic link (app/remove-inside.ts).
    if (removeInside(app.outdir, relative) === "removed") removed.push(relative);
  };
  const selection = stackSelection(app);
  for (const stack of previous) {
    // A selective synth (ILERT_DATADOG_STACKS) leaves the stacks it does not build alone.
    if (selection && !isSelected(selection, stack.name)) continue;
    const filesBefore = removed.length;
    for (const file of [stack.synthesizedStackPath, stack.stackMetadataPath]) {
      if (file !== undefined && !written.has(path.normalize(file))) remove(file);
    }
    if (current.has(stack.name)) continue;
    const folder = path.resolve(app.outdir, stack.workingDirectory);
    // Left for Terraform to re-create: the providers `terraform init` downloaded and their lock.
    const rest = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f !== ".terraform" && f !== ".terraform.lock.hcl") : [];
    if (rest.length > 0) continue;
    // A removed folder is reported, not each file removed from it before.
    if (removeInside(app.outdir, stack.workingDirectory) === "removed") removed.splice(filesBefore, Infinity, stack.workingDirectory);
  }
  return removed;
}

/**
 * The stacks of the manifest.json an earlier synth left in `outdir` (read as read-file.ts reads:
 * a regular file within the limit). None when there is none, or it is not a manifest cdktf wrote:
 * then nothing in the folder is recognisably ours. Something there that is not a regular file (a
 * named pipe, a folder) stops the synth: cdktf would block writing into a named pipe.
 */
function previousStacks(outdir: string): ManifestStack[] {
  const file = path.join(outdir, Manifest.fileName);
  let manifest: { stacks?: Record<string, ManifestStack> } | null;
  try {
    manifest = readJsonFile(file, MAX_GENERATED_READ_BYTES) as typeof manifest;
  } catch (e) {
    if (!(e instanceof ReadFileError) || e.code === "ENOENT" || e instanceof JsonSyntaxError) return [];
    throw new OutputFolderError(
      `${path.relative(process.cwd(), file) || file}: cannot read it: ${e.problem}: expected the manifest.json of an earlier synth, or nothing; remove it, and synthesize again`,
    );
  }
  return Object.values(manifest?.stacks ?? {}).filter(
    (s) => typeof s?.name === "string" && typeof s.workingDirectory === "string" && typeof s.synthesizedStackPath === "string",
  );
}
