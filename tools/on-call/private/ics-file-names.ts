// The file names of the on-call calendars' iCalendar files: one set for schedules, support hours and
// maintenance windows, so none takes another's.
import { createHash } from "crypto";
import { kebabSlug } from "../../../constructs/core/slug";

/**
 * The longest base of an iCalendar file's name (without `-2` and `.ics`): 100 characters, far within
 * the 255 bytes a file system takes for a name, however long the names the library accepts (a stack
 * name of 81 characters, a schedule name of 255 bytes).
 */
export const MAX_ICS_BASE = 100;

/**
 * The file name of each calendar's iCalendar file (schedules, then support hours and maintenance
 * windows), in order: `<stack>-<schedule name>.ics`, both
 * slugged (lower-case ASCII letters and digits, runs of anything else as one "-", accents dropped),
 * e.g. `payments-oncall-payments-weekly-rotation.ics`. A longer base than {@link MAX_ICS_BASE} is cut
 * and ends in `-` and 8 hex digits of a hash of the stack and schedule names, so that names that differ
 * keep different files, and each keeps its file from run to run. Names that would repeat (two
 * schedules whose names slug alike in one stack) get `-2`, `-3`, ... in order; a name with nothing
 * left to slug is `schedule`.
 */
export function icsFileNames(schedules: readonly { readonly stack: string; readonly name: string }[]): string[] {
  const taken = new Set<string>();
  return schedules.map(({ stack, name }) => {
    const slug = [kebabSlug(stack), kebabSlug(name) || "schedule"].filter((part) => part !== "").join("-");
    // A slug has no two "-" in a row (kebabSlug), so a cut ends in one at most.
    const base =
      slug.length <= MAX_ICS_BASE
        ? slug
        : `${slug.slice(0, MAX_ICS_BASE - 9).replace(/-$/, "")}-${createHash("sha256").update(`${stack}\n${name}`).digest("hex").slice(0, 8)}`;
    let file = `${base}.ics`;
    for (let n = 2; taken.has(file); n++) file = `${base}-${n}.ics`;
    taken.add(file);
    return file;
  });
}
