import * as fc from "fast-check";
import { Fn, TerraformLocal, TerraformVariable, Testing } from "cdktf";
import { readTemplate } from "../../constructs/checks/terraform-template";
import { fcRuns, terraformLiteral } from "../helpers/terraform-literal";

const ref = (root: string, ...path: string[]) => ({ root, path });

describe("readTemplate", () => {
  test("text without expressions is the text, escapes undone", () => {
    expect(readTemplate("plain")).toEqual({ text: "plain", expressions: [] });
    expect(readTemplate("a $${b} %%{c} $ % {")).toEqual({ text: "a ${b} %{c} $ % {", expressions: [] });
    expect(readTemplate("")).toEqual({ text: "", expressions: [] });
  });

  test("the text around expressions, and each expression's references", () => {
    expect(readTemplate("Bearer ${var.token}!")).toEqual({
      text: "Bearer !",
      expressions: [{ references: [ref("var", "token")], functions: [], hasLiteral: false }],
    });
    expect(readTemplate("${local.creds.eu}${data.aws_ssm_parameter.k.value}")).toEqual({
      text: "",
      expressions: [
        { references: [ref("local", "creds", "eu")], functions: [], hasLiteral: false },
        { references: [ref("data", "aws_ssm_parameter", "k", "value")], functions: [], hasLiteral: false },
      ],
    });
  });

  test("function calls, literals inside them, and templates quoted inside them", () => {
    expect(readTemplate('${join("", ["a", "b"])}').expressions).toEqual([{ references: [], functions: ["join"], hasLiteral: true }]);
    expect(readTemplate('${trimspace(" a ")}').expressions).toEqual([{ references: [], functions: ["trimspace"], hasLiteral: true }]);
    expect(readTemplate("${base64decode(lower(var.k))}").expressions).toEqual([
      { references: [ref("var", "k")], functions: ["base64decode", "lower"], hasLiteral: false },
    ]);
    // A quoted template holding only an expression holds no literal; an empty string is one.
    expect(readTemplate('${"${var.a}"}').expressions).toEqual([{ references: [ref("var", "a")], functions: [], hasLiteral: false }]);
    expect(readTemplate('${""}').expressions).toEqual([{ references: [], functions: [], hasLiteral: true }]);
    expect(readTemplate('${"x${var.a}"}').expressions).toEqual([{ references: [ref("var", "a")], functions: [], hasLiteral: true }]);
    expect(readTemplate("${1024 * var.n}").expressions).toEqual([{ references: [ref("var", "n")], functions: [], hasLiteral: true }]);
    expect(readTemplate("${provider::aws::arn_parse(var.arn)}").expressions).toEqual([
      { references: [ref("var", "arn")], functions: ["provider::aws::arn_parse"], hasLiteral: false },
    ]);
  });

  test("escaped quotes and braces inside quoted strings do not end them", () => {
    expect(readTemplate('${join("\\"}", [var.a])}x').text).toBe("x");
    expect(readTemplate('${join("}", [var.a])}x')).toEqual({
      text: "x",
      expressions: [{ references: [ref("var", "a")], functions: ["join"], hasLiteral: true }],
    });
  });

  test.each([
    ['${local.creds["eu"].token}', [ref("local", "creds", "eu", "token")]],
    ['${local.creds[ "eu" ].token}', [ref("local", "creds", "eu", "token")]],
    ["${local.tokens[0]}", [ref("local", "tokens", "0")]],
    ["${local.tokens[ 10 ]}", [ref("local", "tokens", "10")]],
    ["${local.tokens.1}", [ref("local", "tokens", "1")]],
    ["${local.tokens.10}", [ref("local", "tokens", "10")]],
    ["${local.list.0.name}", [ref("local", "list", "0", "name")]],
    ["${local.tokens[var.i]}", [ref("local", "tokens"), ref("var", "i")]],
  ])("index keys and numbers extend a reference's path; other indexes end it: %s", (template, references) => {
    expect(readTemplate(template).expressions).toEqual([{ references, functions: [], hasLiteral: false }]);
  });

  test.each(["${1e-3-var.x}", "${1E+3-var.x}", "${1e3-var.x}", "${2.5e-3-var.x}"])(
    "a number is read whole, its exponent no name: %s",
    (template) => {
      expect(readTemplate(template)).toEqual({
        text: "",
        expressions: [{ references: [ref("var", "x")], functions: [], hasLiteral: true }],
      });
    },
  );

  test("keywords, for variables and object keys are no references; directives are expressions", () => {
    expect(readTemplate("${[for s in var.list : upper(s)]}").expressions).toEqual([
      { references: [ref("var", "list")], functions: ["upper"], hasLiteral: false },
    ]);
    expect(readTemplate("${{ a = { b = var.b }, c = null }}${var.d}!")).toEqual({
      text: "!",
      expressions: [
        { references: [ref("var", "b")], functions: [], hasLiteral: false },
        { references: [ref("var", "d")], functions: [], hasLiteral: false },
      ],
    });
    // A keyword is no function, nor a reference's root: `in["a"]` is a tuple of a literal.
    expect(readTemplate('${one([for s in["a"] : s])}').expressions).toEqual([{ references: [], functions: ["one"], hasLiteral: true }]);
    expect(readTemplate('${[for s in var.list : s if (s != "")]}').expressions).toEqual([
      { references: [ref("var", "list")], functions: [], hasLiteral: true },
    ]);
    expect(readTemplate("%{ if var.on }on%{ else }off%{ endif }")).toEqual({
      text: "onoff",
      expressions: [
        { references: [ref("var", "on")], functions: [], hasLiteral: false },
        { references: [], functions: [], hasLiteral: false },
        { references: [], functions: [], hasLiteral: false },
      ],
    });
  });

  test.each(["true", "false", "null", "for", "in", "if", "else", "endif", "endfor"])(
    "the keyword %s starts no reference: what follows it is an expression",
    (keyword) => {
      expect(readTemplate(`\${${keyword}["a"]}`).expressions).toEqual([{ references: [], functions: [], hasLiteral: true }]);
    },
  );

  test("escaped openings inside quoted strings are text", () => {
    expect(readTemplate('${"$${var.a}"}').expressions).toEqual([{ references: [], functions: [], hasLiteral: true }]);
    expect(readTemplate('${join("%%{", var.parts)}').expressions).toEqual([
      { references: [ref("var", "parts")], functions: ["join"], hasLiteral: true },
    ]);
  });

  test("an unclosed expression runs to the end (Terraform rejects it)", () => {
    expect(readTemplate("ab${var.x")).toEqual({
      text: "ab",
      expressions: [{ references: [ref("var", "x")], functions: [], hasLiteral: false }],
    });
    expect(readTemplate('${"abc')).toEqual({ text: "", expressions: [{ references: [], functions: [], hasLiteral: false }] });
    expect(readTemplate("${var.")).toEqual({ text: "", expressions: [{ references: [], functions: [], hasLiteral: false }] });
  });

  test("reads what cdktf writes for functions of literals and of references", () => {
    const { locals } = JSON.parse(
      Testing.synthScope((s) => {
        const key = new TerraformVariable(s, "key", { type: "string" });
        new TerraformLocal(s, "literals", Fn.join("-", ['a"b\\', "}c"]));
        new TerraformLocal(s, "mixed", Fn.trimspace(Fn.join("", [key.stringValue, "x"])));
      }),
    );
    // cdktf 0.21 writes a quote or backslash inside a function's string as is, which Terraform refuses
    // to parse; read here, the expression ends early and the rest is literal text: still a literal.
    expect(locals.literals).toBe('${join("-", ["a"b\\", "}c"])}');
    expect(readTemplate(locals.literals)).toEqual({
      text: 'c"])}',
      expressions: [{ references: [], functions: ["join"], hasLiteral: true }],
    });
    expect(readTemplate(locals.mixed)).toEqual({
      text: "",
      expressions: [{ references: [ref("var", "key")], functions: ["trimspace", "join"], hasLiteral: true }],
    });
  });
});

describe("readTemplate, properties", () => {
  /** Text with `$`, `%`, braces and quotes, which Terraform reads as a literal once written escaped. */
  const text = fc.string({ unit: fc.constantFrom("a", "Z", "0", "$", "%", "{", "}", '"', "\\", " ", "-") });

  test("a string with its openings escaped reads back as itself, without expressions", () => {
    fc.assert(
      fc.property(text, (value) => {
        const escaped = value.replace(/([$%])\{/g, "$1$1{");
        expect(readTemplate(escaped)).toEqual({ text: terraformLiteral(escaped), expressions: [] });
      }),
      { numRuns: fcRuns(500) },
    );
  });

  test("text around a reference is the text; the reference is found whatever the text holds", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "Z", "0", " ", "-", "}", '"') });
    fc.assert(
      fc.property(plain, plain, fc.stringMatching(/^[a-z_][a-z0-9_-]{0,10}$/), (before, after, name) => {
        expect(readTemplate(`${before}\${var.${name}}${after}`)).toEqual({
          text: before + after,
          expressions: [{ references: [ref("var", name)], functions: [], hasLiteral: false }],
        });
      }),
      { numRuns: fcRuns(500) },
    );
  });

  test("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("$", "{", "}", '"', "\\", "[", "]", "a", ".", "(", "%", "0", ":") }), (value) => {
        readTemplate(value);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
