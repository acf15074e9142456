import { NotShown } from "../../core/shown-text";
import { BACKEND_CREDENTIALS, BackendCredential } from "../backend-credentials";
import { ProblemFinding, problemFinding, ThrowingRule, writtenByOverride } from "../check-rule";
import type { CheckIndex } from "../check-index";
import { literalIn, LiteralTrace } from "../literal-values";
import { Attributes, memberAt, SynthesizedEntry } from "../synthesized-blocks";

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
 * ILDD-E4: no credential is written into cdktf.out. A credential attribute of an iLert or Datadog
 * provider, of the stack's backend or of a remote state data source (backend-credentials.ts) may
 * not hold a literal, neither as written nor through the stack's locals or a variable's default, and
 * a sensitive variable has no default: each would put the secret in plain text into cdk.tf.json
 * (and from there into commits, artifacts and CI logs). Read from what the stack will write,
 * overrides included; a value a stack override wrote is reported on the stack, naming the override.
 * Thrown, not annotated: the cdktf CLI writes a stack despite error annotations.
 */
export const LITERAL_CREDENTIALS: ThrowingRule = {
  id: "ILDD-E4",
  level: "error",
  throws: true,
  check: (index) => [...providerFindings(index), ...backendFindings(index), ...remoteStateFindings(index), ...variableFindings(index)],
};

function providerFindings(index: CheckIndex): ProblemFinding[] {
  return index.providers.flatMap((entry) =>
    Object.entries(CREDENTIALS[entry.name] ?? {}).flatMap(([attribute, environment]) => {
      const trace = literalIn(entry.value[attribute], index.values);
      if (trace === undefined) return [];
      const variable = trace.form === "a default" ? trace.via[trace.via.length - 1] : undefined;
      const fix =
        variable === undefined
          ? `leave ${attribute} unset and set ${environment} in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "${entry.name}_${attribute}", { type: "string", sensitive: true }).stringValue)`
          : `remove the default of ${variable} and give its value when Terraform runs (TF_VAR_${variable.slice("var.".length)} in the environment), or leave ${attribute} unset and set ${environment}`;
      return [finding(index, entry, [attribute], describe(trace), fix)];
    }),
  );
}

/** A backend block reads no variables: a credential there is a literal, whatever its form. */
function backendFindings(index: CheckIndex): ProblemFinding[] {
  return index.backends.flatMap((entry) =>
    credentialsIn(index, entry.name, entry.value).map(({ attribute, what, credential }) =>
      finding(
        index,
        entry,
        attribute,
        what,
        `${credential.holdsSecret ? credential.instead : `leave ${attribute.join(".")} unset and ${credential.instead}`} (a backend block cannot read variables)`,
      ),
    ),
  );
}

/** A terraform_remote_state data source's `config` holds its backend's attributes; it may read variables. */
function remoteStateFindings(index: CheckIndex): ProblemFinding[] {
  return index.remoteStates.flatMap((entry) => {
    if (typeof entry.value.backend !== "string") return [];
    return credentialsIn(index, entry.value.backend, entry.value.config).map(({ attribute, what, credential }) => {
      const prop = ["config", ...attribute];
      const instead = credential.holdsSecret ? credential.instead : `leave ${prop.join(".")} unset and ${credential.instead}`;
      return finding(index, entry, prop, what, `${instead}, or pass a sensitive TerraformVariable without a default`);
    });
  });
}

/** A credential attribute that holds a literal, and how it is held. */
type Found = { attribute: string[]; what: string; credential: BackendCredential };

/** The credential attributes of backend `type` in `config` (any value: one that is no object has none) that hold a literal, and how it is held. */
function credentialsIn(index: CheckIndex, type: string, config: unknown): Found[] {
  return Object.entries(BACKEND_CREDENTIALS[type] ?? {}).flatMap(([key, credential]): Found[] => {
    const attribute = key.split(".");
    const value = memberAt(config, attribute);
    // An empty string is no secret: cdktf's ConsulBackend requires access_token, and "" leaves it to CONSUL_HTTP_TOKEN.
    if (value === "") return [];
    if (credential.holdsSecret !== undefined) {
      // A secret in one form only (a password in a URL): a literal string of that form.
      return typeof value === "string" && credential.holdsSecret(value) ? [{ attribute, what: credential.secret, credential }] : [];
    }
    const trace = literalIn(value, index.values);
    return trace === undefined ? [] : [{ attribute, what: describe(trace), credential }];
  });
}

function variableFindings(index: CheckIndex): ProblemFinding[] {
  return index.variables
    .filter(({ value }) => value.sensitive === true && value.default !== undefined && value.default !== null)
    .map((entry) =>
      finding(
        index,
        entry,
        ["default"],
        "a literal value",
        `remove the default and give the value when Terraform runs (TF_VAR_${entry.name} in the environment)`,
        "no default on a sensitive variable, since a default is written in plain text to cdktf.out",
      ),
    );
}

/**
 * A finding of the literal `what` at `attribute` of `entry`: on its construct, or, when a stack
 * override wrote it, on the stack, naming the override (a default provider the user never declared
 * is no place to look for it).
 */
function finding(
  index: CheckIndex,
  entry: SynthesizedEntry<Attributes>,
  attribute: readonly string[],
  what: string,
  fix: string,
  accepted: string = ACCEPTED,
): ProblemFinding {
  const override = entry.overriddenAt(attribute);
  return problemFinding(override === undefined ? entry.construct : index.stack, {
    prop: attribute.join("."),
    received: new NotShown(override === undefined ? what : `${what}, ${writtenByOverride(override)}`),
    accepted,
    fix: override === undefined ? fix : `remove the override; ${fix}`,
  });
}

/** Where the literal is, in words: `a literal value`, `local.token -> var.token, whose default is a literal value`. */
function describe({ form, via }: LiteralTrace): string {
  if (via.length === 0) return form;
  return form === "a default" ? `${via.join(" -> ")}, whose default is a literal value` : `${via.join(" -> ")}, which holds ${form}`;
}
