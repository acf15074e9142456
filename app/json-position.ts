/**
 * Where a text stops being JSON. `JSON.parse` names the position for most errors, but not for an
 * unexpected token (`Unexpected token 'e', "environmen"... is not valid JSON`, Node 20 to 24), the
 * error a YAML file or a stray character gives; config errors report the line and column of every
 * one (app/config.ts).
 */

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const DIGIT = /[0-9]/;
const HEX = /[0-9a-fA-F]/;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/**
 * The offset of the first character of `text` at which `JSON.parse` fails, as `JSON.parse` counts
 * it where it says (`text.length` when the text ends too early); `undefined` for valid JSON.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  // What each open array or object expects next.
  const open: ("[" | "{")[] = [];
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };

  /** Reads a string at `i` (after its opening quote is checked); returns an error offset, if any. */
  const string = (): number | undefined => {
    i++;
    for (;;) {
      if (i >= text.length) return i;
      const c = text[i];
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < " ") return i;
      if (c === "\\") {
        const e = text[i + 1];
        if (e === undefined) return i + 1;
        if (e === "u") {
          for (let k = 2; k < 6; k++) if (i + k >= text.length || !HEX.test(text[i + k])) return Math.min(i + k, text.length);
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else return i + 1;
      } else i++;
    }
  };

  /** Reads a number at `i`; returns an error offset, if any. */
  const number = (): number | undefined => {
    if (text[i] === "-") i++;
    if (i >= text.length || !DIGIT.test(text[i])) return i;
    if (text[i] === "0") i++;
    else while (i < text.length && DIGIT.test(text[i])) i++;
    if (text[i] === ".") {
      i++;
      if (i >= text.length || !DIGIT.test(text[i])) return i;
      while (i < text.length && DIGIT.test(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (i >= text.length || !DIGIT.test(text[i])) return i;
      while (i < text.length && DIGIT.test(text[i])) i++;
    }
    return undefined;
  };

  /** Reads a value at `i`, opening arrays and objects (and the first key of each); returns an error offset, if any. */
  const value = (): number | undefined => {
    for (;;) {
      skip();
      if (i >= text.length) return i;
      const c = text[i];
      if (c !== "[" && c !== "{") return scalar(c);
      i++;
      skip();
      if (text[i] === (c === "[" ? "]" : "}")) {
        i++;
        return undefined;
      }
      open.push(c);
      if (c === "{") {
        const error = key();
        if (error !== undefined) return error;
      }
    }
  };

  /** Reads `"key":` of an object. */
  const key = (): number | undefined => {
    skip();
    if (text[i] !== '"') return i;
    const error = string();
    if (error !== undefined) return error;
    skip();
    if (text[i] !== ":") return i;
    i++;
    return undefined;
  };

  /** Reads a string, number or literal starting with `c` at `i`. */
  const scalar = (c: string): number | undefined => {
    if (c === '"') return string();
    if (c === "-" || DIGIT.test(c)) {
      const error = number();
      // A digit right after a number ("01") is reported at that digit.
      return error ?? (i < text.length && DIGIT.test(text[i]) ? i : undefined);
    }
    for (const literal of ["true", "false", "null"]) {
      if (literal[0] !== c) continue;
      for (let k = 1; k < literal.length; k++) if (text[i + k] !== literal[k]) return Math.min(i + k, text.length);
      i += literal.length;
      return undefined;
    }
    return i;
  };

  let error = value();
  while (error === undefined && open.length > 0) {
    skip();
    const inner = open[open.length - 1];
    const close = inner === "[" ? "]" : "}";
    if (text[i] === close) {
      open.pop();
      i++;
    } else if (text[i] === ",") {
      i++;
      error = inner === "{" ? (key() ?? value()) : value();
    } else error = i;
  }
  if (error !== undefined) return error;
  skip();
  return i < text.length ? i : undefined;
}
