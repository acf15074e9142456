/**
 * Where a text stops being JSON. `JSON.parse` names the position for most errors, but not for an
 * unexpected token (`Unexpected token 'e', "environmen"... is not valid JSON`, Node 20 to 24), the
 * error a YAML file or a stray character gives; config errors report the line and column of every
 * one (app/config.ts).
 */

// Sets, not regular expressions: `has(undefined)` past the end of the text is false, so no
// check of the length is needed before it.
const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const DIGIT = new Set("0123456789");
const HEX = new Set("0123456789abcdefABCDEF");
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
    while (WHITESPACE.has(text[i])) i++;
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
        // A missing or unknown escape is reported at its character (an end of text at the length).
        const e = text[i + 1];
        if (e === "u") {
          for (let k = 2; k < 6; k++) if (!HEX.has(text[i + k])) return i + k;
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else return i + 1;
      } else i++;
    }
  };

  /** Reads a number at `i`; returns an error offset, if any. */
  const number = (): number | undefined => {
    if (text[i] === "-") i++;
    if (!DIGIT.has(text[i])) return i;
    if (text[i] === "0") i++;
    else while (DIGIT.has(text[i])) i++;
    if (text[i] === ".") {
      i++;
      if (!DIGIT.has(text[i])) return i;
      while (DIGIT.has(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!DIGIT.has(text[i])) return i;
      while (DIGIT.has(text[i])) i++;
    }
    return undefined;
  };

  /** Reads a value at `i`, opening arrays and objects (and the first key of each); returns an error offset, if any. */
  const value = (): number | undefined => {
    for (;;) {
      skip();
      // At the end of the text, `c` is undefined: scalar() returns the length.
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
    // A digit right after a number ("01") is reported at that digit by the caller, as any other character.
    if (c === "-" || DIGIT.has(c)) return number();
    for (const literal of ["true", "false", "null"]) {
      if (literal[0] !== c) continue;
      for (let k = 1; k < literal.length; k++) if (text[i + k] !== literal[k]) return i + k;
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
