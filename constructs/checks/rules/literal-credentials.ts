import { NotShown } from "../../core/shown-text";
import { ProblemFinding, problemFinding, ThrowingRule } from "../check-rule";
import type { CheckIndex } from "../check-index";
import { literalIn, LiteralTrace } from "../literal-values";

/**
 * The provider attributes that hold secrets (from the provider schemas), each with the environment
 * variable the provider reads instead. Datadog marks these sensitive; iLert marks none, but its
 * `api_token` and `password` grant full API access. `aws_access_key_id` is an identifier, not a secret.
 */
const CREDENTIALS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  datadog: {
    api_key: "DD_API_KEY",
    app_key: "DD_APP_KEY",
    aws_secret_access_key: "AWS_SECRET_ACCESS_KEY",
    aws_session_token: "AWS_SESSION_TOKEN",
  },
  ilert: { api_token: "ILERT_API_TOKEN", password: "ILERT_PASSWORD" },
};

const ACCEPTED = "a credential from outside the code, since a literal is written in plain text to cdktf.out";

/**
 * ILDD-E4: no credential is written into cdktf.out. A credential attribute may not hold a literal,
 * neither as written nor through the stack's locals or a variable's default, and a sensitive
 * variable has no default: each would put the secret in plain text into cdk.tf.json (and from there
 * into commits, artifacts and CI logs). Read from what the stack will write, overrides included.
 * Thrown, not annotated: the cdktf CLI writes a stack despite error annotations.
 */
export const LITERAL_CREDENTIALS: ThrowingRule = {
  id: "ILDD-E4",
  level: "error",
  title: "no credential is written in plain text: provider credentials hold no literal, sensitive variables no default",
  throws: true,
  check: (index) => [...providerFindings(index), ...variableFindings(index)],
};

function providerFindings(index: CheckIndex): ProblemFinding[] {
  return index.providers.flatMap(({ construct, name: type, value: config }) =>
    Object.entries(CREDENTIALS[type] ?? {}).flatMap(([attribute, environment]) => {
      const trace = literalIn(config[attribute], index.values);
      if (trace === undefined) return [];
      const variable = trace.form === "a default" ? trace.via[trace.via.length - 1] : undefined;
      const fix =
        variable === undefined
          ? `leave ${attribute} unset and set ${environment} in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "${type}_${attribute}", { type: "string", sensitive: true }).stringValue)`
          : `remove the default of ${variable} and give its value when Terraform runs (TF_VAR_${variable.slice("var.".length)} in the environment), or leave ${attribute} unset and set ${environment}`;
      return [problemFinding(construct, { prop: attribute, received: new NotShown(describe(trace)), accepted: ACCEPTED, fix })];
    }),
  );
}

function variableFindings(index: CheckIndex): ProblemFinding[] {
  return index.variables
    .filter(({ value }) => value.sensitive === true && value.default !== undefined && value.default !== null)
    .map(({ construct, name }) =>
      problemFinding(construct, {
        prop: "default",
        received: new NotShown("a literal value"),
        accepted: "no default on a sensitive variable, since a default is written in plain text to cdktf.out",
        fix: `remove the default and give the value when Terraform runs (TF_VAR_${name} in the environment)`,
      }),
    );
}

/** Where the literal is, in words: `a literal value`, `local.token -> var.token, whose default is a literal value`. */
function describe({ form, via }: LiteralTrace): string {
  if (via.length === 0) return form;
  return form === "a default" ? `${via.join(" -> ")}, whose default is a literal value` : `${via.join(" -> ")}, which holds ${form}`;
}
