import * as fs from "fs";
import * as path from "path";

/**
 * Removing what an earlier synth left (app/synth.ts), and nothing outside the output folder: a path
 * read from the previous manifest.json is followed one name at a time from the folder, and is left
 * alone when it leads out of it, by `..` or through a symbolic link (e.g. `stacks/prod` linked to a
 * folder elsewhere). A symbolic link that is itself the path is removed as a link; what it points
 * at is never touched.
 */

/** What {@link removeInside} did. */
export type Removal = "removed" | "absent" | "outside";

/**
 * Removes `relative` (a file, or a folder with all it holds) inside `dir`, unless it is outside
 * `dir` or reached through a symbolic link. `dir` itself is never removed.
 */
export function removeInside(dir: string, relative: string): Removal {
  // The names to follow: normalize leaves "" after a trailing separator, and "." for the folder itself.
  const parts = path
    .normalize(relative)
    .split(path.sep)
    .filter((p) => p !== "" && p !== ".");
  if (path.isAbsolute(relative) || parts.includes("..") || parts.length === 0) return "outside";
  let current = dir;
  for (const [i, part] of parts.entries()) {
    current = path.join(current, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch {
      return "absent";
    }
    if (i < parts.length - 1 && !stat.isDirectory()) return stat.isSymbolicLink() ? "outside" : "absent";
  }
  // rmSync removes a link, not its target, and never follows links inside a folder it removes.
  fs.rmSync(current, { recursive: true, force: true });
  return "removed";
}
