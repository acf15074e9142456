/**
 * Reads a string of cdk.tf.json as Terraform will: as a template whose `${...}` interpolations and
 * `%{...}` directives are expressions, and whose other text is written as is. Only what the checks
 * need: the literal text, and per expression the references it makes, the functions it calls and
 * whether it holds a literal. Not a parser: an expression Terraform would reject still gets a
 * reading (its unclosed rest counts as part of the expression).
 */

/** A reference an expression makes: `var.token` is root `var`, path `["token"]`. */
export interface TerraformReference {
  /** `var`, `local`, `data`, `module`, a resource type, `each`, `count`, `path`, ... */
  readonly root: string;
  /** The attribute names and string keys that follow, as far as they are literal (`local.a.b["c"]`: a, b, c). */
  readonly path: readonly string[];
}

/** What one `${...}` or `%{...}` holds (with the templates quoted inside it). */
export interface ExpressionReading {
  readonly references: readonly TerraformReference[];
  /** The functions it calls, by name (`join`, `provider::aws::arn_parse`). */
  readonly functions: readonly string[];
  /** Whether it holds a string or number literal (text of a quoted string, a number). */
  readonly hasLiteral: boolean;
}

/** A template string, read. */
export interface TemplateReading {
  /** The text outside `${...}` and `%{...}`, as Terraform writes it (`$${` and `%%{` unescaped). */
  readonly text: string;
  readonly expressions: readonly ExpressionReading[];
}

/** Words of the expression and directive syntax: never a reference nor a function; what follows one is an expression. */
const KEYWORDS = new Set(["true", "false", "null", "for", "in", "if", "else", "endif", "endfor"]);
/** A name, with the namespaces of a provider-defined function: `provider::<provider>::<function>`. */
const NAME = /[A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*/y;
/**
 * A number's digits and exponent, read together so that the exponent is not read as a name
 * (`1e-3-var.x` is 0.001 minus `var.x`, not a name `e-3-var`). A fraction needs nothing: its `.` is
 * skipped and its digits are read as a number again. So are digits left unread, which makes three
 * mutants equivalent, left (a disable would hide the others of the line, which tests kill): either
 * `[0-9]+` made `[0-9]`, or the exponent required.
 */
const NUMBER = /[0-9]+(?:[eE][+-]?[0-9]+)?/y;
const SPACES = /\s*/y;
/** `.name`, or `.0` (an index, as Terraform 0.11 wrote it). */
const ATTRIBUTE = /\.([0-9]+|[A-Za-z_][A-Za-z0-9_-]*)/y;
/** `["key"]` (without escapes or templates) or `[0]`. */
const INDEX = /\[\s*(?:"([^"\\$%]*)"|([0-9]+))\s*\]/y;

/** Reads `text` as a Terraform template. */
export function readTemplate(text: string): TemplateReading {
  let literal = "";
  const expressions: ExpressionReading[] = [];
  let i = 0;
  while (i < text.length) {
    if (isEscapedOpening(text, i)) {
      literal += text.slice(i + 1, i + 3);
      i += 3;
    } else if (isOpening(text, i)) {
      const expression = new ExpressionBuilder();
      i = readExpression(text, i + 2, expression);
      expressions.push(expression.build());
    } else {
      literal += text[i++];
    }
  }
  return { text: literal, expressions };
}

class ExpressionBuilder {
  public readonly references: TerraformReference[] = [];
  public readonly functions: string[] = [];
  public hasLiteral = false;

  public build(): ExpressionReading {
    return { references: this.references, functions: this.functions, hasLiteral: this.hasLiteral };
  }
}

/** `$${` or `%%{`: an opening written as text. */
function isEscapedOpening(text: string, i: number): boolean {
  return (text[i] === "$" || text[i] === "%") && text[i + 1] === text[i] && text[i + 2] === "{";
}

function isOpening(text: string, i: number): boolean {
  return (text[i] === "$" || text[i] === "%") && text[i + 1] === "{";
}

/** Reads an expression from `i` (just after its opening) to its closing brace; returns the index after it. */
function readExpression(text: string, i: number, into: ExpressionBuilder): number {
  let depth = 0;
  // Stryker disable next-line EqualityOperator: equivalent for <=, a turn past the end reads the name "" and pushes nothing; >= would loop for ever (found by timeout)
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i = readQuoted(text, i + 1, into);
    } else if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      i = readName(text, i, into);
    } else if (/[0-9]/.test(c)) {
      into.hasLiteral = true;
      i = matchAt(NUMBER, text, i);
    } else {
      i++;
    }
  }
  return i;
}

/** Reads a quoted template inside an expression from `i` (after the quote); returns the index after its closing quote. */
function readQuoted(text: string, i: number, into: ExpressionBuilder): number {
  let empty = true;
  let literal = false;
  // Stryker disable next-line EqualityOperator: equivalent for <=, a turn past the end marks a literal only an unreached closing quote would report; >= would loop for ever (found by timeout)
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (empty || literal) into.hasLiteral = true;
      return i + 1;
    }
    empty = false;
    if (c === "\\") {
      literal = true;
      i += 2;
    } else if (isEscapedOpening(text, i)) {
      literal = true;
      i += 3;
    } else if (isOpening(text, i)) {
      i = readExpression(text, i + 2, into);
    } else {
      literal = true;
      i++;
    }
  }
  return i;
}

/** Reads a name: a keyword, a function call, a bare name (a `for` variable), or a reference with its path. */
function readName(text: string, i: number, into: ExpressionBuilder): number {
  const end = matchAt(NAME, text, i);
  const name = text.slice(i, end);
  // What follows a keyword is an expression: `in["a"]` is a tuple, `if (...)` no call.
  if (KEYWORDS.has(name)) return end;
  const next = matchAt(SPACES, text, end);
  if (text[next] === "(") {
    into.functions.push(name);
    return next;
  }
  // Attributes, and literal keys and indexes: local.creds["eu"].token, local.tokens[0].
  const path: string[] = [];
  let j = end;
  for (;;) {
    const step = execAt(ATTRIBUTE, text, j) ?? execAt(INDEX, text, j);
    if (step === null) break;
    path.push(step[1] ?? step[2]);
    j = step.index + step[0].length;
  }
  if (path.length > 0) into.references.push({ root: name, path });
  return j;
}

/** The index after what the sticky `pattern` matches at `i`; `i + 1` when it matches nothing there. */
function matchAt(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  // Stryker disable next-line ArithmeticOperator: equivalent, the fallback is never taken (NAME and NUMBER are tried at a character they start with, SPACES matches anywhere); it keeps a broken pattern from starting over at 0
  return pattern.test(text) ? pattern.lastIndex : i + 1;
}

/** What the sticky `pattern` matches at `i`, or null. */
function execAt(pattern: RegExp, text: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(text);
}
