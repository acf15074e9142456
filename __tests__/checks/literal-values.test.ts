import * as fc from "fast-check";
import { literalIn, ReferencedValues } from "../../constructs/checks/literal-values";
import * as template from "../../constructs/checks/terraform-template";
import { fcRuns } from "../helpers/terraform-literal";

const none: ReferencedValues = { locals: new Map(), variables: new Map() };

function values(locals: Record<string, unknown>, variables: Record<string, Record<string, unknown>> = {}): ReferencedValues {
  return { locals: new Map(Object.entries(locals)), variables: new Map(Object.entries(variables)) };
}

describe("literalIn", () => {
  test("nothing, and values only from outside the code, hold no literal", () => {
    for (const value of [
      undefined,
      null,
      "${var.token}",
      "${data.aws_ssm_parameter.token.value}",
      "${ilert_alert_source.a.integration_key}",
      '${file("/run/secrets/ilert")}',
      '${trimspace(templatefile("token.tpl", {}))}',
      '${core::file("/run/secrets/ilert")}',
      '${provider::vault::secret("ilert/token")}',
      '${join("", [var.a, var.b])}',
      '${lookup(var.tokens, "eu")}',
      "${uuid()}",
      " ${var.token}\n",
      { a: "${var.a}", b: ["${var.b}"] },
    ]) {
      expect({ value, found: literalIn(value, none) }).toEqual({ value, found: undefined });
    }
  });

  test("a literal as written, literal text beside an expression, an expression of literals only", () => {
    expect(literalIn("s3cr3t", none)).toEqual({ form: "a literal value", via: [] });
    expect(literalIn("", none)).toEqual({ form: "a literal value", via: [] });
    expect(literalIn(12345, none)).toEqual({ form: "a literal value", via: [] });
    expect(literalIn("$${var.x}", none)).toEqual({ form: "a literal value", via: [] });
    expect(literalIn("s3cr3t${var.suffix}", none)).toEqual({ form: "literal text beside a ${...} expression", via: [] });
    expect(literalIn('${join("", ["s3", "cr3t"])}', none)).toEqual({ form: "an expression of literals only", via: [] });
    expect(literalIn('${trimspace(" s3cr3t ")}', none)).toEqual({ form: "an expression of literals only", via: [] });
    expect(literalIn('${sensitive("s3cr3t")}', none)).toEqual({ form: "an expression of literals only", via: [] });
    expect(literalIn("${12345}", none)).toEqual({ form: "an expression of literals only", via: [] });
    expect(literalIn('${one([for s in["s3cr3t"] : s])}', none)).toEqual({ form: "an expression of literals only", via: [] });
    expect(literalIn(["${var.a}", "s3cr3t"], none)).toEqual({ form: "a literal value", via: [] });
  });

  test.each(['${myfile("s3cr3t")}', '${filex("s3cr3t")}', '${mycore::file("s3cr3t")}', '${provider("s3cr3t")}'])(
    "a function named only partly like one that reads a file reads nothing from outside: %s",
    (value) => {
      expect(literalIn(value, none)).toEqual({ form: "an expression of literals only", via: [] });
    },
  );

  test("a variable with a default leads to it (also a member of an object default); one without does not", () => {
    const vars = values(
      {},
      { token: { type: "string", default: "s3cr3t" }, open: { type: "string" }, creds: { default: { eu: "s", us: null } } },
    );
    expect(literalIn("${var.token}", vars)).toEqual({ form: "a default", via: ["var.token"] });
    expect(literalIn("${var.open}", vars)).toEqual(undefined);
    expect(literalIn("${var.missing}", vars)).toEqual(undefined);
    expect(literalIn("${var.creds.eu}", vars)).toEqual({ form: "a default", via: ["var.creds"] });
    expect(literalIn("${var.creds.us}", vars)).toEqual(undefined);
  });

  test("locals are followed, through chains and into members, outermost first", () => {
    const vals = values(
      {
        token: "s3cr3t",
        chain: "${local.middle}",
        middle: "${trimspace(local.token)}",
        fromVar: "${var.token}",
        creds: { eu: "${var.open}", us: "s3cr3t" },
        list: ["${var.open}", "s3cr3t"],
      },
      { token: { default: "s3cr3t" }, open: {} },
    );
    expect(literalIn("${local.token}", vals)).toEqual({ form: "a literal value", via: ["local.token"] });
    expect(literalIn("${local.chain}", vals)).toEqual({ form: "a literal value", via: ["local.chain", "local.middle", "local.token"] });
    expect(literalIn("${local.fromVar}", vals)).toEqual({ form: "a default", via: ["local.fromVar", "var.token"] });
    expect(literalIn("${local.creds.eu}", vals)).toEqual(undefined);
    expect(literalIn('${local.creds["us"]}', vals)).toEqual({ form: "a literal value", via: ["local.creds"] });
    expect(literalIn("${local.list[0]}", vals)).toEqual(undefined);
    expect(literalIn("${local.list[1]}", vals)).toEqual({ form: "a literal value", via: ["local.list"] });
    // An index only known at plan time: any member may be the one used.
    expect(literalIn("${local.creds[var.region]}", vals)).toEqual({ form: "a literal value", via: ["local.creds"] });
  });

  test("only local. references lead to locals, each path to its own member", () => {
    const vals = values({ token: "s3cr3t", a: { b: "${var.open}" }, ab: "s3cr3t" }, { open: {} });
    // A resource or data source whose type or name is a local's name reads from outside.
    expect(literalIn("${ilert_alert_source.token.integration_key}", vals)).toEqual(undefined);
    expect(literalIn("${local.a.b}${local.ab}", vals)).toEqual({ form: "a literal value", via: ["local.ab"] });
  });

  test("a cycle of locals ends, and the literal behind it is still found", () => {
    const vals = values({ a: "${local.b}", b: '${local.a}${join("", ["x"])}', c: "${local.a}" });
    expect(literalIn("${local.a}", vals)).toEqual({ form: "an expression of literals only", via: ["local.a", "local.b"] });
    expect(literalIn("${local.c}${local.b}", vals)).toEqual({
      form: "an expression of literals only",
      via: ["local.c", "local.a", "local.b"],
    });
    expect(literalIn("${local.self}", values({ self: "${local.self}" }))).toEqual(undefined);
  });

  test("each local is followed once: a chain where each local uses the one before twice ends", () => {
    // Each local's text is read once: the value's, then l10 to l0 (without the memo, 2^11 reads).
    const reads = jest.spyOn(template, "readTemplate");
    try {
      const short: Record<string, string> = { l0: "${var.open}" };
      for (let i = 1; i <= 10; i++) short[`l${i}`] = `\${local.l${i - 1}}\${local.l${i - 1}}`;
      expect(literalIn("${local.l10}", values(short, { open: {} }))).toEqual(undefined);
      expect(reads).toHaveBeenCalledTimes(12);
    } finally {
      jest.restoreAllMocks();
    }
    const chain: Record<string, string> = { l0: "${var.open}" };
    for (let i = 1; i <= 200; i++) chain[`l${i}`] = `\${local.l${i - 1}}\${local.l${i - 1}}`;
    expect(literalIn("${local.l200}", values(chain, { open: {} }))).toEqual(undefined);
    chain.l0 = "s3cr3t";
    expect(literalIn("${local.l200}", values(chain))?.via).toHaveLength(201);
  });
});

describe("literalIn, properties", () => {
  const FORMS = ["a literal value", "literal text beside a ${...} expression", "an expression of literals only", "a default"];
  const secret = fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/);
  /** A literal in one of the forms cdktf writes, possibly behind locals and a variable default. */
  const embedded = fc
    .tuple(secret, fc.nat(3), fc.constantFrom("plain", "beside", "join", "trimspace", "default"))
    .map(([s, depth, form]) => {
      const locals: Record<string, unknown> = {};
      const variables: Record<string, Record<string, unknown>> = { suffix: {} };
      let value =
        form === "plain"
          ? s
          : form === "beside"
            ? `${s}\${var.suffix}`
            : form === "join"
              ? `\${join("", ["${s}", "x"])}`
              : form === "trimspace"
                ? `\${trimspace(" ${s} ")}`
                : "${var.token}";
      if (form === "default") variables.token = { sensitive: true, default: s };
      for (let i = 0; i < depth; i++) {
        locals[`l${i}`] = value;
        value = `\${local.l${i}}`;
      }
      return { value, vals: values(locals, variables) };
    });

  test("a literal in any form, behind any chain of locals, is found; the trace names references only", () => {
    fc.assert(
      fc.property(embedded, ({ value, vals }) => {
        const found = literalIn(value, vals);
        expect(FORMS).toContain(found?.form);
        expect(found!.via.every((v) => /^(local\.l\d|var\.token)$/.test(v))).toBe(true);
      }),
      { numRuns: fcRuns(500) },
    );
  });

  test("references to variables without defaults, behind any chain of locals and functions, hold none", () => {
    const reference = fc.constantFrom("var.a", "data.x.y.value", "local.ok", "ilert_alert_source.s.integration_key");
    const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        reference,
        fc.tuple(fc.constantFrom("trimspace", "lower", "sensitive", "base64decode"), tie("node")).map(([f, e]) => `${f}(${e})`),
        fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((parts) => `join("", [${parts.join(", ")}])`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(expression, (e) => {
        expect(literalIn(`\${${e}}`, values({ ok: "${var.a}" }, { a: { sensitive: true } }))).toBeUndefined();
      }),
      { numRuns: fcRuns(500) },
    );
  });
});
