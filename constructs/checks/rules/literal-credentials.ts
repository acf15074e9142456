import { CheckRule } from "../check-rule";

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

/**
 * ILDD-E4: no credential is written into the code. A literal value is synthesized in plain text into
 * cdktf.out (and from there into commits, artifacts and CI logs); a token (a variable reference) is not.
 */
export const LITERAL_CREDENTIALS: CheckRule = {
  id: "ILDD-E4",
  level: "error",
  title: "provider credentials are not literal values in the code",
  check: (index) =>
    index.providers.flatMap(({ provider, config }) =>
      Object.entries(CREDENTIALS[provider.terraformResourceType] ?? {})
        .filter(([attribute]) => isLiteral(config[attribute]))
        .map(([attribute, variable]) => ({
          construct: provider,
          message:
            `invalid ${attribute} (a literal value, not shown here): expected a credential from outside the code, since a literal is written in plain text to cdktf.out; ` +
            `leave ${attribute} unset and set ${variable} in the environment, or pass a sensitive TerraformVariable (new TerraformVariable(this, "${provider.terraformResourceType}_${attribute}", { type: "string", sensitive: true }).stringValue)`,
        })),
    ),
};

/** Whether a synthesized value is written as is: anything but a Terraform expression (`${...}`). */
function isLiteral(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.includes("${"));
}
