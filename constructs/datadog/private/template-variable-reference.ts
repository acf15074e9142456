/**
 * A `$NAME` reference in payload text: upper-case letters, digits and `_`, not followed by a
 * lower-case letter of any script or a combining mark, optionally followed by a `[key]` (only
 * `$TAGS[key]` is defined). Text such as `$name`, `US$5`, `$Foo` or `$Ié` is not a reference. The
 * marks count as part of the word so that composed and decomposed text (`Į` and `I` + U+0328) get
 * the same verdict.
 */
export const TEMPLATE_VARIABLE_REFERENCE = /\$([A-Z][A-Z0-9_]*)(?![\p{Ll}\p{M}])(\[[^\]]*\])?/gu;
