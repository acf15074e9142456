import * as fs from "fs";
import { jsonErrorOffset } from "./json-position";

/**
 * The one way the package reads a file: a file the user names (a config file, cdktf.json, an
 * existing package.json) or one in the project's output folder (cdktf's manifest.json and stack
 * files, the tools' own outputs). Only a regular file, and only up to a size limit: a named pipe
 * would block the read until something writes to it, and a device such as /dev/zero never ends;
 * both are refused before a byte is read.
 */

/** The largest file the user writes that is read (a config file, cdktf.json): 10 MiB (a config of 500 teams is about 0.7 MB). */
export const MAX_READ_BYTES = 10 * 1024 * 1024;

/**
 * The largest file that cdktf or the tools wrote that is read back (manifest.json, a stack's
 * cdk.tf.json, a calendar the tools wrote): 256 MiB. A team's stack is about 10 KB per team, so a
 * config of 10 MiB (about 7,000 teams) makes a stack of about 70 MB; ten years of an hourly rotation
 * make an iCalendar file of about 35 MB.
 */
export const MAX_GENERATED_READ_BYTES = 256 * 1024 * 1024;

/** A file that cannot be read: `problem` says why, in words, without the file's name. */
export class ReadFileError extends Error {
  constructor(
    /** What is wrong, e.g. `a named pipe (FIFO), not a regular file`. */
    readonly problem: string,
    /** The error code of the file system, when it gave one, e.g. `ENOENT`. */
    readonly code?: string,
  ) {
    super(problem);
    this.name = "ReadFileError";
  }
}

/**
 * The text (UTF-8) of `file`, which must be a regular file (a symbolic link to one is followed) of at
 * most `limit` bytes. It is opened without blocking (a named pipe opens at once) and checked by its
 * open descriptor, so what is checked is what is read.
 */
export function readRegularFile(file: string, limit: number = MAX_READ_BYTES): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer. (Not defined on Windows.)
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new ReadFileError(describeFsError(e), (e as NodeJS.ErrnoException).code);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ReadFileError(`${kindOf(stat)}, not a regular file`);
    if (stat.size > limit) throw new ReadFileError(`${stat.size} bytes, more than the limit of ${formatBytes(limit)}`);
    // Read to the end, but never past the limit: the file may grow after fstat.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(stat.size - length, 64 * 1024), limit + 1 - length));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > limit) throw new ReadFileError(`more than the limit of ${formatBytes(limit)}`);
    }
    return Buffer.concat(chunks, length).toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/** A file that is not valid JSON: `problem` gives the line and column, e.g. `not valid JSON at line 3, column 3: ...`. */
export class JsonSyntaxError extends ReadFileError {
  constructor(problem: string) {
    super(problem);
    this.name = "JsonSyntaxError";
  }
}

/**
 * The JSON value in `file`, read by {@link readRegularFile}: a file that cannot be read is a
 * {@link ReadFileError}, one that is not JSON a {@link JsonSyntaxError} with the line and column.
 */
export function readJsonFile(file: string, limit: number = MAX_READ_BYTES): unknown {
  return parseJson(readRegularFile(file, limit));
}

/** `text` parsed as JSON; a syntax error as a {@link JsonSyntaxError} with the line and column. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new JsonSyntaxError(jsonSyntaxProblem(text, (e as Error).message));
  }
}

/**
 * A JSON syntax error with its line and column, where app/json-position.ts finds it: JSON.parse
 * gives only the position, and none for an unexpected token; the scanner finds the same positions.
 */
function jsonSyntaxProblem(text: string, message: string): string {
  const offset = jsonErrorOffset(text) ?? text.length;
  const before = text.slice(0, offset).split("\n");
  const what = message
    // Where, which the line and column say: the position ("in JSON at …", or "after JSON at …" for text
    // after the value), and from Node 22 the line and column too.
    .replace(/(?: in JSON)? at position .*/, "")
    .replace(/ \(line \d+ column \d+\)/, "")
    // V8 quotes the text around an unexpected token (one character), over lines; the line and column say where.
    .replace(/(Unexpected token '.'), .*/su, "$1");
  return `not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}: ${what}`;
}

/** What a file system entry that is not a regular file is, in words. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isSymbolicLink()) return "a symbolic link";
  return "a file";
}

/** The words for the file system errors a user can cause, with the code; other errors by their message. */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENAMETOOLONG: "the name is too long for the file system (at most 255 bytes a name, 4096 a path)",
  ELOOP: "too many symbolic links (a loop?)",
  EROFS: "a read-only file system",
  ENOSPC: "no space left on the device",
  EEXIST: "it exists already",
  ENXIO: "no such device, or a socket",
};

/** A file system error in words, with its code: `no such file or folder (ENOENT)`. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code !== undefined && code in FS_ERRORS) return `${FS_ERRORS[code]} (${code})`;
  return (e as Error)?.message ?? String(e);
}

/** A limit, in MiB when it is whole MiB. */
export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
