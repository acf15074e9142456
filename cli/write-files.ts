import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";

/**
 * How the command writes files (`init`'s project, the tools' `--out`): whole or not at all. Each
 * file's content goes to a temporary file beside it first, then into place by a rename or a link of
 * that file: a reader never sees half a file, a symbolic link at the name is replaced rather than
 * written through, and a file that was not there when it was checked is never overwritten.
 */

/** One file to write. */
export interface FileToWrite {
  /** Where. */
  readonly file: string;
  /** What, as UTF-8. */
  readonly content: string;
  /**
   * Whether it replaces a file that is there (checked by the caller to be one it may replace); a
   * new file fails with EEXIST if something appeared at its name since.
   */
  readonly replace: boolean;
}

/**
 * Writes `files`: every temporary file first, then the new files linked into place, then the
 * replaced ones renamed over theirs. When anything fails, the new files already placed and the
 * temporary files are removed, and the error is thrown: a failure leaves no new file behind (a
 * replaced file is replaced whole, or not).
 */
export function writeFiles(files: readonly FileToWrite[]): void {
  const staged: { readonly target: string; readonly temp: string; readonly replace: boolean }[] = [];
  const placed: string[] = [];
  try {
    for (const { file, content, replace } of files) {
      // A short name: a temporary name longer than the target's could exceed the file system's limit.
      const temp = path.join(path.dirname(file), `.ilert-datadog-${randomBytes(6).toString("hex")}.tmp`);
      fs.writeFileSync(temp, content, { flag: "wx" });
      staged.push({ target: file, temp, replace });
    }
    for (const { target, temp } of staged.filter((s) => !s.replace)) {
      placeNew(temp, target);
      placed.push(target);
    }
    for (const { target, temp } of staged.filter((s) => s.replace)) fs.renameSync(temp, target);
  } catch (e) {
    for (const file of placed) fs.rmSync(file, { force: true });
    throw e;
  } finally {
    for (const { temp } of staged) fs.rmSync(temp, { force: true });
  }
}

/** Puts `temp` at `target`, which must not exist: a hard link (atomic, fails if taken), else an exclusive copy. */
function placeNew(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // File systems without hard links: a copy that still fails if the target exists.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw e;
    fs.copyFileSync(temp, target, fs.constants.COPYFILE_EXCL);
  }
}
