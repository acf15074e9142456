/** The name of a conditional as written after `{{#`: its first word, which closes the block. */
export function conditionalName(conditional: string): string {
  // The text before its first white-space character.
  return conditional.trim().split(/\s/)[0];
}
