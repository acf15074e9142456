/**
 * Terraform reads `${` and `%{` in any string of `cdk.tf.json` as the start of a template, and cdktf
 * does not escape them. User text (names, templates, payload values) must reach the provider exactly
 * as written, so its literal parts are escaped here: `${` -> `$${`, `%{` -> `%%{`.
 *
 * cdktf encodes references in strings as `${TfToken[...]}` markers; those are kept as they are so
 * that references inside user text still resolve.
 */
const TOKEN_MARKER = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;

/** Escapes Terraform template sequences in the literal parts of `text`, keeping cdktf tokens. */
export function escapeTerraformTemplate(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(TOKEN_MARKER)) {
    out += escapeBeforeToken(escapeLiteral(text.slice(last, match.index))) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeLiteral(text.slice(last));
}

// A literal `$` right before a reference would turn `${ref}` into the escape `$${`; Terraform has no
// escape for that, so the `$` is written as the interpolation `${"$"}`.
function escapeBeforeToken(literal: string): string {
  return literal.endsWith("$") ? `${literal.slice(0, -1)}\${"$"}` : literal;
}

function escapeLiteral(literal: string): string {
  return literal.replace(/([$%])\{/g, "$1$1{");
}

/**
 * The inverse of {@link escapeTerraformTemplate}: a string of `cdk.tf.json` as the provider receives
 * it, Terraform's template escapes (`$${`, `%%{`) undone. References (`${...}`) stay as they are.
 */
export function fromTerraformString(text: string): string {
  return text.replace(/([$%])\1\{/g, "$1{");
}
