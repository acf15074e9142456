/**
 * "Did you mean": the one spelling suggestion of the library's key checks (core/validate.ts) and
 * the config app's messages (app/config-problems.ts), so a misspelled prop and a misspelled config
 * key are answered alike.
 */

/**
 * The one of `options` that `value` most likely misspells (same letters in another case, or at most 2
 * edits), if any. Only options within 2 characters of the value's length can be that near, so a value
 * of megabytes is compared with none (the edit distance of two strings costs the product of their lengths).
 */
export function suggest(value: string, options: readonly string[]): string | undefined {
  const near = options.filter((o) => Math.abs(o.length - value.length) <= 2);
  if (near.length === 0) return undefined;
  const lower = value.toLowerCase();
  const sameCase = near.find((o) => o.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  let best: { option: string; distance: number } | undefined;
  for (const option of near) {
    const distance = editDistance(lower, option.toLowerCase());
    if (distance <= Math.min(2, Math.floor(option.length / 3)) && (best === undefined || distance < best.distance))
      best = { option, distance };
  }
  return best?.option;
}

/** Levenshtein distance, with transpositions counting as one edit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
