import * as fc from "fast-check";
import { App, Fn, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DataIlertUser } from "../../../.gen/providers/ilert/data-ilert-user";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { EscalationPolicy, IlertDatadogErrors, IlertDatadogIntegration, IlertDatadogValidationError } from "../../../constructs";
import { buildAppIndex, buildCheckIndex } from "../../../constructs/checks/check-index";
import { formatFinding } from "../../../constructs/checks/check-rule";
import { LITERAL_CREDENTIALS } from "../../../constructs/checks/rules/literal-credentials";
import { NotShown } from "../../../constructs/core/shown-text";
import { thrown } from "../../helpers/synth";
import { fcRuns } from "../../helpers/terraform-literal";

const ACCEPTED = "a credential from outside the code, since a literal is written in plain text to cdktf.out";
const ENVIRONMENT: Record<string, string> = {
  api_token: "ILERT_API_TOKEN",
  password: "ILERT_PASSWORD",
  api_key: "DD_API_KEY",
  app_key: "DD_APP_KEY",
  aws_secret_access_key: "AWS_SECRET_ACCESS_KEY",
  aws_session_token: "AWS_SESSION_TOKEN",
};
const typeOf = (attribute: string) => (["api_token", "password"].includes(attribute) ? "ilert" : "datadog");

/** The message for a literal credential, `where` it is (the text in parentheses), with the general fix. */
const E4 = (path: string, attribute: string, where = "a literal value") =>
  `[ILDD-E4] ${path}: invalid ${attribute} (${where}, not shown here): expected ${ACCEPTED}; leave ${attribute} unset and set ${ENVIRONMENT[attribute]} in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "${typeOf(attribute)}_${attribute}", { type: "string", sensitive: true }).stringValue)`;

/** The message for a credential taken from a variable's default. */
const E4_DEFAULT = (path: string, attribute: string, where: string, variable: string) =>
  `[ILDD-E4] ${path}: invalid ${attribute} (${where}, whose default is a literal value, not shown here): expected ${ACCEPTED}; remove the default of var.${variable} and give its value when Terraform runs (TF_VAR_${variable} in the environment), or leave ${attribute} unset and set ${ENVIRONMENT[attribute]}`;

const E4_SENSITIVE_DEFAULT = (path: string, variable: string) =>
  `[ILDD-E4] ${path}: invalid default (a literal value, not shown here): expected no default on a sensitive variable, since a default is written in plain text to cdktf.out; remove the default and give the value when Terraform runs (TF_VAR_${variable} in the environment)`;

const SECRET = "SECRET_TOKEN_12345";

function libraryStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new IlertDatadogIntegration(stack, "Payments", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
  return stack;
}

/** Every finding of the rule on the stack, as messages (the engine throws the first). */
function findings(stack: TerraformStack): string[] {
  const index = buildCheckIndex(
    stack,
    buildAppIndex(App.of(stack), () => []),
    [],
  );
  return LITERAL_CREDENTIALS.check(index).map((f) => formatFinding(LITERAL_CREDENTIALS, f));
}

/** What synthesizing the stack throws: the first finding, as an IlertDatadogValidationError. */
function synthError(stack: TerraformStack): IlertDatadogValidationError {
  const error = thrown(() => Testing.synth(stack));
  if (!(error instanceof IlertDatadogValidationError)) throw error;
  return error;
}

describe("ILDD-E4: no credential is written in plain text", () => {
  test("a literal in any credential attribute of a Datadog provider; the value is never shown", () => {
    const stack = libraryStack();
    new DatadogProvider(stack, "Datadog", {
      apiKey: "0123abcd",
      appKey: "4567efgh",
      awsSecretAccessKey: "aws-secret",
      awsSessionToken: "aws-session",
      awsAccessKeyId: "AKIAEXAMPLE",
      apiUrl: "https://api.datadoghq.eu/",
    });
    const expected = ["api_key", "app_key", "aws_secret_access_key", "aws_session_token"].map((a) => E4("test/Datadog", a));
    expect(findings(stack)).toEqual(expected);
    const error = synthError(stack);
    expect(error.message).toBe(expected[0]);
    // Serialized as loggers do (toJSON: message and fields), and its stack.
    expect(JSON.stringify([error, error.stack])).not.toMatch(/0123abcd|4567efgh|aws-secret|aws-session/);
  });

  test("iLert api_token and password, aliased providers and provider overrides included", () => {
    const stack = libraryStack();
    new IlertProvider(stack, "Ilert", { apiToken: "il-token", alias: "eu" });
    new IlertProvider(stack, "Basic", { organization: "acme", username: "ops" }).addOverride("password", "hunter2");
    expect(findings(stack)).toEqual([E4("test/Ilert", "api_token"), E4("test/Basic", "password")]);
  });

  test("the thrown error is the library's validation error, with the parts of the problem and the value not shown", () => {
    const stack = libraryStack();
    new IlertProvider(stack, "Ilert", { apiToken: SECRET });
    const error = synthError(stack);
    expect(IlertDatadogErrors.isValidationError(error)).toBe(true);
    expect(error.toJSON()).toEqual({
      name: "IlertDatadogValidationError",
      message: E4("test/Ilert", "api_token"),
      constructPath: "test/Ilert",
      prop: "api_token",
      received: new NotShown("a literal value"),
      accepted: ACCEPTED,
      fix: `leave api_token unset and set ILERT_API_TOKEN in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "ilert_api_token", { type: "string", sensitive: true }).stringValue)`,
    });
    expect(String(error.received)).toBe("(a literal value, not shown here)");
  });

  test("thrown by every synth: app.synth(), with CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS, Testing.fullSynth, Testing.synth", () => {
    const stack = libraryStack();
    new IlertProvider(stack, "Ilert", { apiToken: SECRET });
    const message = E4("test/Ilert", "api_token");
    expect(() => Testing.fullSynth(stack)).toThrow(message);
    expect(() => Testing.synth(stack)).toThrow(message);
    expect(() => App.of(stack).synth()).toThrow(message);
  });

  describe("the roads around it (docs/safety.md), each caught with its own message", () => {
    test("a sensitive TerraformVariable whose default is the secret", () => {
      const stack = libraryStack();
      const token = new TerraformVariable(stack, "ilert_api_token", { type: "string", sensitive: true, default: SECRET });
      new IlertProvider(stack, "Ilert", { apiToken: token.stringValue });
      expect(findings(stack)).toEqual([
        E4_DEFAULT("test/Ilert", "api_token", "var.ilert_api_token", "ilert_api_token"),
        E4_SENSITIVE_DEFAULT("test/ilert_api_token", "ilert_api_token"),
      ]);
    });

    test("a variable that is not marked sensitive, with a default the credential takes", () => {
      const stack = libraryStack();
      new DatadogProvider(stack, "Datadog", {
        appKey: new TerraformVariable(stack, "app_key", { type: "string", default: SECRET }).stringValue,
      });
      expect(findings(stack)).toEqual([E4_DEFAULT("test/Datadog", "app_key", "var.app_key", "app_key")]);
    });

    test("a sensitive variable with a default, used by no provider", () => {
      const stack = libraryStack();
      new TerraformVariable(stack, "webhook_secret", { type: "string", sensitive: true, default: SECRET });
      new TerraformVariable(stack, "empty", { type: "string", sensitive: true, default: "" });
      expect(findings(stack)).toEqual([
        E4_SENSITIVE_DEFAULT("test/webhook_secret", "webhook_secret"),
        E4_SENSITIVE_DEFAULT("test/empty", "empty"),
      ]);
    });

    test("a TerraformLocal, and a chain of them", () => {
      const stack = libraryStack();
      const token = new TerraformLocal(stack, "token", SECRET);
      new IlertProvider(stack, "Ilert", { apiToken: token.asString });
      const creds = new TerraformLocal(stack, "creds", { datadog: Fn.trimspace(token.asString) });
      new DatadogProvider(stack, "Datadog", { apiKey: `\${local.creds.datadog}`, appKey: Fn.lookup(creds.asAnyMap, "datadog") });
      expect(findings(stack)).toEqual([
        E4("test/Ilert", "api_token", "local.token, which holds a literal value"),
        E4("test/Datadog", "api_key", "local.creds -> local.token, which holds a literal value"),
        E4("test/Datadog", "app_key", "local.creds -> local.token, which holds a literal value"),
      ]);
    });

    test("a local that takes a variable's default", () => {
      const stack = libraryStack();
      const key = new TerraformVariable(stack, "key", { type: "string", default: SECRET });
      new DatadogProvider(stack, "Datadog", { apiKey: new TerraformLocal(stack, "key_local", key.stringValue).asString });
      expect(findings(stack)).toEqual([E4_DEFAULT("test/Datadog", "api_key", "local.key_local -> var.key", "key")]);
    });

    test("Fn.join, Fn.trimspace and other functions of literals only", () => {
      const stack = libraryStack();
      new IlertProvider(stack, "Ilert", { apiToken: Fn.join("", ["SECRET_", "TOKEN"]) });
      new DatadogProvider(stack, "Datadog", { apiKey: Fn.trimspace(` ${SECRET} `), appKey: Fn.base64decode(Fn.base64encode(SECRET)) });
      expect(findings(stack)).toEqual([
        E4("test/Ilert", "api_token", "an expression of literals only"),
        E4("test/Datadog", "api_key", "an expression of literals only"),
        E4("test/Datadog", "app_key", "an expression of literals only"),
      ]);
    });

    test('stack.addOverride("provider.ilert.0.api_token", ...), also onto a default provider', () => {
      const stack = libraryStack();
      stack.addOverride("provider.ilert.0.api_token", SECRET);
      stack.addOverride("provider.datadog.0.api_key", Fn.join("", ["a", "b"]));
      // The engine adds the default providers at synth, then finds the override on them.
      expect(synthError(stack).message).toBe(E4("test/DefaultIlertProvider", "api_token"));
      expect(findings(stack)).toEqual([
        E4("test/DefaultIlertProvider", "api_token"),
        E4("test/DefaultDatadogProvider", "api_key", "an expression of literals only"),
      ]);
    });

    test("a provider configuration only a stack override declares is reported on the stack", () => {
      const stack = libraryStack();
      stack.addOverride("provider.datadog", [{ alias: "extra", app_key: SECRET }]);
      expect(findings(stack)).toEqual([E4("test", "app_key")]);
    });

    test("a literal next to a ${...} reference", () => {
      const stack = libraryStack();
      const suffix = new TerraformVariable(stack, "suffix", { type: "string" });
      new IlertProvider(stack, "Ilert", { apiToken: `${SECRET}${suffix.stringValue}` });
      new DatadogProvider(stack, "Datadog", { apiKey: `${suffix.stringValue}-${SECRET}`, appKey: `$\${SECRET}` });
      expect(findings(stack)).toEqual([
        E4("test/Ilert", "api_token", "literal text beside a ${...} expression"),
        E4("test/Datadog", "api_key", "literal text beside a ${...} expression"),
        // $${ is Terraform's escape: the text "${SECRET}", a literal.
        E4("test/Datadog", "app_key"),
      ]);
    });
  });

  describe("what passes: values from outside the code", () => {
    test("sensitive variables without a default, data sources, files read at plan time, the environment", () => {
      const stack = libraryStack();
      const token = new TerraformVariable(stack, "ilert_api_token", { type: "string", sensitive: true });
      const keys = new TerraformVariable(stack, "keys", { type: "map(string)", sensitive: true });
      const optional = new TerraformVariable(stack, "optional", { type: "string", sensitive: true, nullable: true });
      const user = new DataIlertUser(stack, "Lead", { email: "lead@example.com" });
      new IlertProvider(stack, "Ilert", { apiToken: Fn.trimspace(token.stringValue) });
      new IlertProvider(stack, "Basic", { alias: "basic", password: Fn.lookup(keys.value, "ilert"), username: user.username });
      new DatadogProvider(stack, "Datadog", {
        apiKey: Fn.trimspace(Fn.file("/run/secrets/dd_api_key")),
        appKey: new TerraformLocal(stack, "app_key", Fn.join("", [Fn.lookup(keys.value, "app"), optional.stringValue])).asString,
      });
      new DatadogProvider(stack, "FromEnvironment", { alias: "env", apiUrl: "https://api.datadoghq.eu/" });
      expect(findings(stack)).toEqual([]);
      const tf = JSON.parse(Testing.synth(stack));
      expect(tf.provider.ilert[0]).toEqual({ api_token: "${trimspace(var.ilert_api_token)}" });
    });

    test("not caught: a literal inside an expression that also reads from outside (the check cannot tell it from a separator, key or path)", () => {
      const stack = libraryStack();
      const key = new TerraformVariable(stack, "key", { type: "string", sensitive: true });
      new DatadogProvider(stack, "Datadog", {
        apiKey: Fn.join("", [SECRET, key.stringValue]),
        appKey: Fn.coalesce([key.stringValue, SECRET]),
      });
      expect(findings(stack)).toEqual([]);
      expect(Testing.synth(stack)).toContain(SECRET);
    });

    test("not caught: a secret outside credential attributes, such as an output, or a stack that does not use the library", () => {
      const stack = libraryStack();
      new TerraformOutput(stack, "token", { value: SECRET, sensitive: true });
      const other = new TerraformStack(App.of(stack), "other");
      new IlertProvider(other, "Ilert", { apiToken: SECRET });
      expect(findings(stack)).toEqual([]);
      expect(Testing.synth(stack)).toContain(SECRET);
      expect(Testing.synth(other)).toContain(SECRET);
    });
  });
});

describe("ILDD-E4, properties", () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9_.-]{8,40}$/);
  const attribute = fc.constantFrom("api_token", "password", "api_key", "app_key");

  /** Ways of writing the secret into a credential: directly, through functions, locals, defaults and overrides. */
  type Road = (stack: TerraformStack, s: string, nested: number) => string;
  const roads: Record<string, Road> = {
    literal: (_stack, s) => s,
    join: (_stack, s) => Fn.join("", [s.slice(0, 4), s.slice(4)]),
    trimspace: (_stack, s) => Fn.trimspace(` ${s}\n`),
    lower: (_stack, s) => Fn.lower(Fn.upper(s)),
    beside: (stack, s) => `${s}${new TerraformVariable(stack, "suffix", { type: "string" }).stringValue}`,
    default: (stack, s) => new TerraformVariable(stack, "token", { type: "string", sensitive: true, default: s }).stringValue,
    local: (stack, s, nested) => {
      let value = s;
      for (let i = 0; i <= nested; i++) value = new TerraformLocal(stack, `l${i}`, value).asString;
      return value;
    },
  };

  test("whatever the road and the provider, synth throws ILDD-E4 naming the attribute and never the secret", () => {
    fc.assert(
      fc.property(
        secret,
        attribute,
        fc.constantFrom(...Object.keys(roads)),
        fc.nat(3),
        fc.boolean(),
        (s, attr, road, nested, viaOverride) => {
          const stack = libraryStack();
          const value = roads[road](stack, s, nested);
          const type = typeOf(attr);
          const provider = type === "ilert" ? new IlertProvider(stack, "Provider") : new DatadogProvider(stack, "Provider");
          if (viaOverride) stack.addOverride(`provider.${type}.0.${attr}`, value);
          else provider.addOverride(attr, value);
          const error = synthError(stack);
          expect(error.message).toMatch(new RegExp(`^\\[ILDD-E4\\] test/Provider: invalid ${attr} \\(`));
          expect(error.message).not.toContain(s);
          expect(String(error.received)).not.toContain(s);
        },
      ),
      { numRuns: fcRuns(100) },
    );
  });

  test("references alone, however combined, pass", () => {
    fc.assert(
      fc.property(attribute, fc.array(fc.constantFrom("var", "data", "local", "file"), { minLength: 1, maxLength: 4 }), (attr, parts) => {
        const stack = libraryStack();
        const token = new TerraformVariable(stack, "token", { type: "string", sensitive: true });
        const user = new DataIlertUser(stack, "User", { email: "a@example.com" });
        const local = new TerraformLocal(stack, "local_token", token.stringValue);
        const pieces = parts.map((p) =>
          p === "var" ? token.stringValue : p === "data" ? user.username : p === "local" ? local.asString : Fn.file("/run/secrets/t"),
        );
        const type = typeOf(attr);
        const provider = type === "ilert" ? new IlertProvider(stack, "Provider") : new DatadogProvider(stack, "Provider");
        provider.addOverride(attr, pieces.length === 1 ? Fn.trimspace(pieces[0]) : Fn.join("", pieces));
        expect(findings(stack)).toEqual([]);
      }),
      { numRuns: fcRuns(50) },
    );
  });
});
