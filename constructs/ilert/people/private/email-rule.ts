import type { StringRule } from "../../../core/validate";

/** How an email address is checked (the provider only checks 1-255 bytes; an address without `@` is surely a mistake). */
export function emailRule(fix: string): StringRule {
  return { maxLength: 255, pattern: /^[^\s@]+@[^\s@]+$/, patternText: "an email address", fix };
}
