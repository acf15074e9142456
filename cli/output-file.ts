import * as fs from "fs";
import * as path from "path";
import { describeValue } from "../constructs/core/shown-text";
import { describeFsError, kindOf } from "../app/read-file";
import { OUTPUT_RECORD, recordedState } from "./output-record";
import { UserError } from "../constructs/core/private/user-error";

/**
 * Where the tools write (`diagram --out FILE`, `oncall --out DIR`, and their defaults in the output
 * folder): checked before anything is synthesized or written. The rule: a tool replaces only a file
 * it wrote itself and nobody changed since: its content begins as the tool's does, and has the hash
 * the record beside it holds (cli/output-record.ts); anything else at the name (cdktf's
 * manifest.json, a file of yours, a file you edited, a folder, a symbolic link, a named pipe) stops
 * it with one line, as does a name the file system refuses.
 */

/** What a tool writes, known by how the content begins. */
export interface OutputKind {
  /** The tool, e.g. `ilert-datadog diagram`. */
  readonly tool: string;
  /** What it is, for messages: `a wiring diagram`. */
  readonly what: string;
  /** The file's usual name, e.g. `wiring.md`. */
  readonly name: string;
  /** Whether a file beginning with `head` (its first bytes, as text) is one the tool wrote. */
  readonly wrote: (head: string) => boolean;
}

export const WIRING_DIAGRAM: OutputKind = {
  tool: "ilert-datadog diagram",
  what: "a wiring diagram",
  name: "wiring.md",
  wrote: (head) => head.startsWith("# Wiring of the app ("),
};
export const ON_CALL_MARKDOWN: OutputKind = {
  tool: "ilert-datadog oncall",
  what: "an on-call calendar",
  name: "oncall.md",
  wrote: (head) => head.startsWith("# Who is on call: "),
};
export const ON_CALL_JSON: OutputKind = {
  tool: "ilert-datadog oncall",
  what: "an on-call calendar",
  name: "oncall.json",
  wrote: (head) => head.startsWith('{\n  "window": {\n    "from": '),
};
export const ON_CALL_DIFF_MARKDOWN: OutputKind = {
  tool: "ilert-datadog oncall --diff",
  what: "a who-moves diff",
  name: "oncall-diff.md",
  wrote: (head) => head.startsWith("## Who moves: ") || head.startsWith("Who moves: nobody"),
};
export const ON_CALL_DIFF_JSON: OutputKind = {
  tool: "ilert-datadog oncall --diff",
  what: "a who-moves diff",
  name: "oncall-diff.json",
  wrote: (head) => head.startsWith('{\n  "compared": {\n    "window": {'),
};
export const ON_CALL_ICS: OutputKind = {
  tool: "ilert-datadog oncall",
  what: "an on-call calendar",
  name: "<stack>-<schedule>.ics",
  wrote: (head) => head.startsWith("BEGIN:VCALENDAR\r\n") && head.includes("\r\nPRODID:-//cdktf-ilert-datadog//on-call calendar//EN\r\n"),
};

export const SANDBOX_ENV: OutputKind = {
  tool: "ilert-datadog sandbox",
  what: "an environment file",
  name: "sandbox.env",
  wrote: (head) => head.startsWith("# ilert-datadog sandbox: "),
};

/** How many bytes of an existing file are read to tell whether a tool wrote it. */
const HEAD_BYTES = 512;

/** Where a tool cannot write: the message names the option, the value, what is wrong and the fix. */
export class OutputFileError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "OutputFileError";
  }
}

/** Where a file is written and which option named it: `--out "x.md"`, or `x.md (the default of --out)`. */
export interface OutputTarget {
  /** The file (or folder) checked. */
  readonly file: string;
  /** The option that named it, e.g. `--out`. */
  readonly option: string;
  /** The option and what the user gave, e.g. `--out "notes.md"`, or the default's origin. */
  readonly named: string;
  /** The fix's example name, e.g. `--out wiring.md`. */
  readonly example: string;
  /** The output folder of the app the tool reads (e.g. `cdktf.out`), whose `stacks` folder is never written into. */
  readonly outdir: string;
}

/**
 * The endings of the names Terraform (and OpenTofu) read in a working folder as configuration or
 * variables: a tool's file so named could be read as the user's configuration.
 */
export const TERRAFORM_SUFFIXES = [".tf", ".tf.json", ".tofu", ".tofu.json", ".tfvars", ".tfvars.json"];

/**
 * Checks that `target.file` may be written with `kind`'s content: nothing there (the folders above
 * it are created if needed), or a regular file that `kind` recognises as its own and the record
 * beside it holds unchanged. Returns whether it exists (then it is replaced).
 */
export function checkOutputFile(target: OutputTarget, kind: OutputKind): boolean {
  checkPlace(target);
  const suffix = TERRAFORM_SUFFIXES.find((s) => path.basename(target.file).toLowerCase().endsWith(s));
  if (suffix !== undefined)
    fail(
      target,
      `${shownPath(target.file)} ends in ${suffix}, a name Terraform reads as configuration in a working folder: give another name, e.g. ${target.example}`,
    );
  const stat = lstat(target);
  if (stat === undefined) {
    checkFolderAbove(target);
    return false;
  }
  const shown = shownPath(target.file);
  if (stat.isSymbolicLink())
    fail(
      target,
      `${shown} is a symbolic link; the tools write only regular files, never through a link: give another name, e.g. ${target.example}`,
    );
  if (stat.isDirectory())
    fail(target, `${shown} is a folder: expected the name of a file to write; e.g. ${target.option} ${path.join(shown, kind.name)}`);
  if (!stat.isFile())
    fail(target, `${shown} is ${kindOf(stat)}: expected the name of a file to write; give another name, e.g. ${target.example}`);
  const state = recordedState(target.file);
  if (!kind.wrote(head(target)) || state === "unrecorded") {
    fail(
      target,
      `${shown} exists and is not ${kind.what} that ${kind.tool} wrote (a tool replaces only its own files): give a new name, e.g. ${target.example}, or move ${shown} away first`,
    );
  }
  if (state === "changed")
    fail(
      target,
      `${shown} was changed after ${kind.tool} wrote it (a tool replaces only its own files, unchanged: ${OUTPUT_RECORD} beside it holds their SHA-256): give a new name, e.g. ${target.example}, or move ${shown} away first`,
    );
  return true;
}

/** Checks that `target.file` is a folder to write into, or nothing (then it is created). */
export function checkOutputFolder(target: OutputTarget): void {
  checkPlace(target);
  const stat = lstat(target);
  if (stat === undefined) return checkFolderAbove(target);
  // A link to a folder is the folder the user named: files are written inside it, each checked.
  const followed = stat.isSymbolicLink() ? statOf(target) : stat;
  if (!followed.isDirectory())
    fail(target, `${shownPath(target.file)} is ${kindOf(followed)}: expected a folder to write into; e.g. ${target.example}`);
}

/**
 * Nothing is written into `<outdir>/stacks`: its folders are the stacks' Terraform working folders,
 * which cdktf replaces at each synth and Terraform reads. Compared with links resolved, so a link
 * into it is refused too.
 */
function checkPlace(target: OutputTarget): void {
  const stacks = path.join(target.outdir, "stacks");
  const relative = path.relative(realPath(stacks), realPath(target.file));
  if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative)))
    fail(
      target,
      `${shownPath(target.file)} is in ${shownPath(stacks)}, the stacks' Terraform working folders (cdktf replaces them at each synth, Terraform reads them): give a place outside it, e.g. ${target.example}`,
    );
}

/** `file` with the symbolic links of its nearest existing folder resolved (the rest does not exist yet). */
function realPath(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
  }
}

function lstat(target: OutputTarget): fs.Stats | undefined {
  try {
    return fs.lstatSync(target.file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return fail(target, `cannot write ${shownPath(target.file)}: ${describeFsError(e)}; give another name, e.g. ${target.example}`);
  }
}

function statOf(target: OutputTarget): fs.Stats {
  try {
    return fs.statSync(target.file);
  } catch (e) {
    return fail(target, `cannot write into ${shownPath(target.file)}: ${describeFsError(e)}; give another folder, e.g. ${target.example}`);
  }
}

/** The nearest existing folder above a file to be created must be a folder (mkdir -p creates the rest). */
function checkFolderAbove(target: OutputTarget): void {
  for (let dir = path.dirname(path.resolve(target.file)); ; dir = path.dirname(dir)) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" && path.dirname(dir) !== dir) continue;
      return fail(target, `cannot write ${shownPath(target.file)}: ${describeFsError(e)}; give another name, e.g. ${target.example}`);
    }
    if (!stat.isDirectory())
      fail(
        target,
        `cannot write ${shownPath(target.file)}: ${shownPath(dir)} is ${kindOf(stat)}, not a folder; give another name, e.g. ${target.example}`,
      );
    return;
  }
}

/** The first bytes of a regular file, as text. */
function head(target: OutputTarget): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target.file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString("utf8", 0, fs.readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } catch (e) {
    return fail(
      target,
      `cannot read ${shownPath(target.file)} to tell whether a tool wrote it: ${describeFsError(e)}; give another name, e.g. ${target.example}`,
    );
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A path as messages show it: relative to the working directory when inside it, shortened when long. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  const shown = relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative;
  return shown.length > 120 ? describeValue(shown) : shown;
}

function fail(target: OutputTarget, message: string): never {
  throw new OutputFileError(`${target.named}: ${message}`);
}
