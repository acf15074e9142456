/**
 * A `$NAME` reference in payload text: upper-case letters, digits and `_`, not followed by a
 * lower-case letter, optionally followed by a `[key]` (only `$TAGS[key]` is defined). Text such as
 * `$name`, `US$5` or `$Foo` is not a reference.
 */
export const TEMPLATE_VARIABLE_REFERENCE = /\$([A-Z][A-Z0-9_]*)(?![a-z])(\[[^\]]*\])?/g;
