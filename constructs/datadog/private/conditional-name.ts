/** The name of a conditional as written after `{{#`: its first word, which closes the block. */
export function conditionalName(conditional: string): string {
  return conditional.trim().split(/\s+/)[0];
}
