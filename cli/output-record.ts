import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { kindOf, MAX_GENERATED_READ_BYTES, ReadFileError, readJsonFile, readRegularFile } from "../app/read-file";
import type { FileToWrite } from "./write-files";

/**
 * The record of what the tools wrote (cli/output-file.ts's rule: a tool replaces only a file it
 * wrote itself). Beside the files a tool writes, a file {@link OUTPUT_RECORD} holds the SHA-256 of
 * each as written: `{ "files": { "wiring.md": "<hex>" } }`. A file is the tool's own while its
 * content still has that hash: one the user wrote, or edited after the tool wrote it, is not (how a
 * file begins tells only what it claims to be).
 */

/** The name of the record, in each folder the tools write into. */
export const OUTPUT_RECORD = ".ilert-datadog-outputs.json";

/** The SHA-256 of a file's content, in hex. */
export function contentHash(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The hashes the record in `folder` holds, by file name; none when there is no record, or one the tools did not write. */
export function recordedHashes(folder: string): Record<string, string> {
  let json: unknown;
  try {
    json = readJsonFile(path.join(folder, OUTPUT_RECORD));
  } catch (e) {
    if (e instanceof ReadFileError) return {};
    throw e;
  }
  const files = (json as { files?: unknown } | null)?.files;
  if (typeof files !== "object" || files === null || Array.isArray(files)) return {};
  return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Whether the regular file `file` is one the tools wrote and nobody changed since: `unrecorded` (not
 * in its folder's record), `changed` (in it, with another content), or `unchanged`.
 */
export function recordedState(file: string): "unrecorded" | "changed" | "unchanged" {
  const recorded = recordedHashes(path.dirname(file));
  const name = path.basename(file);
  if (!Object.prototype.hasOwnProperty.call(recorded, name)) return "unrecorded";
  let content: string;
  try {
    content = readRegularFile(file, MAX_GENERATED_READ_BYTES);
  } catch (e) {
    if (e instanceof ReadFileError) return "changed";
    throw e;
  }
  return contentHash(content) === recorded[name] ? "unchanged" : "changed";
}

/**
 * The records to write with `files`: one per folder, the hashes already recorded there kept, and
 * each file's set to its new content. The caller checks {@link recordProblem} first.
 */
export function outputRecords(files: readonly { readonly file: string; readonly content: string }[]): FileToWrite[] {
  const folders = new Map<string, Record<string, string>>();
  for (const { file, content } of files) {
    const folder = path.dirname(path.resolve(file));
    if (!folders.has(folder)) folders.set(folder, recordedHashes(folder));
    folders.get(folder)![path.basename(file)] = contentHash(content);
  }
  return [...folders].map(([folder, hashes]) => {
    const record = path.join(folder, OUTPUT_RECORD);
    const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { file: record, content: `${JSON.stringify({ files: sorted }, null, 2)}\n`, replace: lstatOf(record) !== undefined };
  });
}

/**
 * What the record's name in `folder` is when it cannot be replaced by a rename (a folder, a named
 * pipe, ...), in words; `undefined` when it is nothing, a regular file or a symbolic link (replaced
 * as a link, never written through).
 */
export function recordProblem(folder: string): string | undefined {
  const stat = lstatOf(path.join(folder, OUTPUT_RECORD));
  return stat === undefined || stat.isFile() || stat.isSymbolicLink() ? undefined : kindOf(stat);
}

function lstatOf(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}
