/**
 * "Did you mean": the one spelling suggestion of the library's key checks (core/validate.ts) and
 * the config app's messages (app/config-problems.ts), so a misspelled prop and a misspelled config
 * key are answered alike.
 */

/**
 * The one of `options` that `value` most likely misspells (same letters in another case, or at most 2
 * edits), if any: the nearest, the first of equally near ones.
 */
export function suggest(value: string, options: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: { option: string; distance: number } | undefined;
  for (const option of options) {
    const other = option.toLowerCase();
    // The distance is at least the difference in length: a value of megabytes is compared with no
    // option (the distance of two strings costs the product of their lengths).
    if (Math.abs(other.length - lower.length) > 2) continue;
    const distance = editDistance(lower, other);
    if (distance <= Math.min(2, Math.floor(option.length / 3)) && (best === undefined || distance < best.distance))
      best = { option, distance };
  }
  return best?.option;
}

/** Levenshtein distance, with transpositions counting as one edit. */
function editDistance(a: string, b: string): number {
  // d[i][j]: the distance of the first i characters of a from the first j of b.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      // No transposition in the first row or column: a[i - 2] or b[j - 2] is undefined there.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
