/**
 * `text` in lower-case kebab form, for names derived from display names (webhook names, calendar file
 * names): accents dropped, each run of characters other than a-z, 0-9 and `keep` (`"_"` or `""`) as
 * one "-", none at either end; "" when nothing is left.
 */
export function kebabSlug(text: string, keep: "_" | "" = ""): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(keep === "_" ? /[^a-z0-9_]+/g : /[^a-z0-9]+/g, "-")
      // The replace above leaves no two "-" in a row.
      .replace(/^-|-$/g, "")
  );
}
