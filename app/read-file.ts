import * as fs from "fs";

/**
 * Reading a file the user names (a config file, cdktf.json, an existing package.json): only a
 * regular file, and only up to a size limit. A named pipe would block the read until something writes
 * to it, and a device such as /dev/zero never ends; both are refused before a byte is read.
 */

/** The largest file read: 10 MiB (a config of 500 teams is about 0.7 MB). */
export const MAX_READ_BYTES = 10 * 1024 * 1024;

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
function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
