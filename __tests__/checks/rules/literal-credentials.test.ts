import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as fc from "fast-check";
import {
  App,
  AzurermBackend,
  CloudBackend,
  ConsulBackend,
  CosBackend,
  DataTerraformRemoteStateS3,
  Fn,
  GcsBackend,
  HttpBackend,
  NamedCloudWorkspace,
  NamedRemoteWorkspace,
  OssBackend,
  PgBackend,
  RemoteBackend,
  S3Backend,
  SwiftBackend,
  TerraformBackend,
  TerraformLocal,
  TerraformOutput,
  TerraformRemoteState,
  TerraformStack,
  TerraformVariable,
  Testing,
} from "cdktf";
import { DataIlertUser } from "../../../.gen/providers/ilert/data-ilert-user";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { EscalationPolicy, IlertDatadogErrors, IlertDatadogIntegration, IlertDatadogValidationError } from "../../../constructs";
import { buildAppIndex, buildCheckIndex } from "../../../constructs/checks/check-index";
import { LITERAL_CREDENTIALS } from "../../../constructs/checks/rules/literal-credentials";
import { BACKEND_CREDENTIALS } from "../../../constructs/checks/backend-credentials";
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

/** The message for a credential a stack override wrote: on the stack, naming the override. */
const E4_OVERRIDE = (path: string, attribute: string, where: string, override: string) =>
  `[ILDD-E4] ${path}: invalid ${attribute} (${where}, written by stack.addOverride("${override}", ...), not shown here): expected ${ACCEPTED}; remove the override; leave ${attribute} unset and set ${ENVIRONMENT[attribute]} in the environment, or pass a sensitive TerraformVariable without a default (new TerraformVariable(this, "${typeOf(attribute)}_${attribute}", { type: "string", sensitive: true }).stringValue)`;

const E4_SENSITIVE_DEFAULT = (path: string, variable: string) =>
  `[ILDD-E4] ${path}: invalid default (a literal value, not shown here): expected no default on a sensitive variable, since a default is written in plain text to cdktf.out; remove the default and give the value when Terraform runs (TF_VAR_${variable} in the environment)`;

const SECRET = "SECRET_TOKEN_12345";

function libraryStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new IlertDatadogIntegration(stack, "Payments", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
  return stack;
}

/** Every finding of the rule on the stack, as the engine would throw each (the first only), with the construct path. */
function findings(stack: TerraformStack): string[] {
  const index = buildCheckIndex(
    stack,
    buildAppIndex(App.of(stack), () => []),
    [],
  );
  return LITERAL_CREDENTIALS.check(index).map((f) => `[${LITERAL_CREDENTIALS.id}] ${f.construct.node.path}: ${f.message}`);
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

    test('stack.addOverride("provider.ilert.0.api_token", ...), also onto a default provider: reported on the stack, naming the override', () => {
      const stack = libraryStack();
      stack.addOverride("provider.ilert.0.api_token", SECRET);
      stack.addOverride("provider.datadog.0.api_key", Fn.join("", ["a", "b"]));
      // The engine adds the default providers at synth, then finds the override on them: the
      // message names the override the user wrote, not the provider the library added.
      const message = E4_OVERRIDE("test", "api_token", "a literal value", "provider.ilert.0.api_token");
      expect(synthError(stack).message).toBe(message);
      expect(findings(stack)).toEqual([
        message,
        E4_OVERRIDE("test", "api_key", "an expression of literals only", "provider.datadog.0.api_key"),
      ]);
    });

    test("a stack override onto a declared provider is reported on the stack too; the provider's own addOverride on the provider", () => {
      const stack = libraryStack();
      new IlertProvider(stack, "Ilert", {}).addOverride("password", SECRET);
      stack.addOverride("provider.ilert.0.api_token", SECRET);
      expect(findings(stack)).toEqual([
        E4_OVERRIDE("test", "api_token", "a literal value", "provider.ilert.0.api_token"),
        E4("test/Ilert", "password"),
      ]);
    });

    test("a provider configuration only a stack override declares is reported on the stack, naming the override", () => {
      const stack = libraryStack();
      stack.addOverride("provider.datadog", [{ alias: "extra", app_key: SECRET }]);
      expect(findings(stack)).toEqual([E4_OVERRIDE("test", "app_key", "a literal value", "provider.datadog")]);
    });

    test("a sensitive variable's default written by a stack override", () => {
      const stack = libraryStack();
      new TerraformVariable(stack, "token", { type: "string", sensitive: true });
      stack.addOverride("variable.token.default", SECRET);
      expect(findings(stack)).toEqual([
        `[ILDD-E4] test: invalid default (a literal value, written by stack.addOverride("variable.token.default", ...), not shown here): expected no default on a sensitive variable, since a default is written in plain text to cdktf.out; remove the override; remove the default and give the value when Terraform runs (TF_VAR_token in the environment)`,
      ]);
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
      // A null default is no default: the value is still given when Terraform runs (cdktf takes it only as an override).
      new TerraformVariable(stack, "unset", { type: "string", sensitive: true, nullable: true }).addOverride("default", null);
      const user = new DataIlertUser(stack, "Lead", { email: "lead@example.com" });
      new IlertProvider(stack, "Ilert", { apiToken: Fn.trimspace(token.stringValue) });
      new IlertProvider(stack, "Basic", { alias: "basic", password: Fn.lookup(keys.value, "ilert"), username: user.username });
      new IlertProvider(stack, "Core", { alias: "core", apiToken: '${core::file("/run/secrets/ilert")}' });
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

describe("ILDD-E4: credentials in the stack's backend and in remote state data sources", () => {
  /** The message for a literal credential of the backend (a backend block reads no variables). */
  const BACKEND = (attribute: string, instead: string, where = "a literal value", path = "test/backend") =>
    `[ILDD-E4] ${path}: invalid ${attribute} (${where}, not shown here): expected ${ACCEPTED}; ${instead} (a backend block cannot read variables)`;
  const unset = (attribute: string, env: string) => `leave ${attribute} unset and set ${env} in the environment`;
  const LOGIN = "run `terraform login`, or set TF_TOKEN_app_terraform_io (TF_TOKEN_<hostname> for another host) in the environment";

  test("the walk's roads: an S3 backend's secret key and an HCP Terraform token are refused before the stack is written", () => {
    const s3 = libraryStack();
    new S3Backend(s3, { bucket: "b", key: "k", region: "eu-central-1", accessKey: "AKIAEXAMPLE", secretKey: "SECRETs3b1234" });
    // The access key's id is an identifier, as the Datadog provider's aws_access_key_id: the secret key is the secret.
    expect(synthError(s3).message).toBe(BACKEND("secret_key", unset("secret_key", "AWS_SECRET_ACCESS_KEY")));
    const cloud = libraryStack();
    new CloudBackend(cloud, { organization: "o", workspaces: new NamedCloudWorkspace("w"), token: "SECRETcbt1234" });
    expect(synthError(cloud).message).toBe(BACKEND("token", `leave token unset and ${LOGIN}`));
    expect(() => Testing.fullSynth(cloud)).toThrow(BACKEND("token", `leave token unset and ${LOGIN}`));
  });

  test("every credential attribute of every backend cdktf offers, each with where it belongs instead", () => {
    const cases: [string, (stack: TerraformStack) => void, string[]][] = [
      [
        "s3",
        (stack) =>
          new S3Backend(stack, {
            bucket: "b",
            key: "k",
            secretKey: "s",
            token: "t",
            sseCustomerKey: "c",
            assumeRoleWithWebIdentity: { webIdentityToken: "w", roleArn: "arn:aws:iam::1:role/r" },
          }),
        [
          BACKEND("secret_key", unset("secret_key", "AWS_SECRET_ACCESS_KEY")),
          BACKEND("token", unset("token", "AWS_SESSION_TOKEN")),
          BACKEND("sse_customer_key", unset("sse_customer_key", "AWS_SSE_CUSTOMER_KEY")),
          BACKEND(
            "assume_role_with_web_identity.web_identity_token",
            "leave assume_role_with_web_identity.web_identity_token unset and use web_identity_token_file, or set AWS_WEB_IDENTITY_TOKEN_FILE in the environment (files holding the token)",
          ),
        ],
      ],
      [
        "azurerm",
        (stack) =>
          new AzurermBackend(stack, {
            storageAccountName: "a",
            containerName: "c",
            key: "k",
            accessKey: "1",
            sasToken: "2",
            clientId: "id",
            clientSecret: "3",
            clientCertificatePassword: "4",
            oidcRequestToken: "5",
            oidcToken: "6",
          }),
        [
          BACKEND("access_key", unset("access_key", "ARM_ACCESS_KEY")),
          BACKEND("sas_token", unset("sas_token", "ARM_SAS_TOKEN")),
          BACKEND("client_secret", unset("client_secret", "ARM_CLIENT_SECRET")),
          BACKEND("client_certificate_password", unset("client_certificate_password", "ARM_CLIENT_CERTIFICATE_PASSWORD")),
          BACKEND("oidc_request_token", unset("oidc_request_token", "ARM_OIDC_REQUEST_TOKEN")),
          BACKEND("oidc_token", unset("oidc_token", "ARM_OIDC_TOKEN")),
        ],
      ],
      [
        "gcs",
        (stack) =>
          new GcsBackend(stack, {
            bucket: "b",
            credentials: ' {"type": "service_account"}',
            accessToken: "t",
            encryptionKey: `${"k".repeat(43)}=`,
          }),
        [
          BACKEND(
            "credentials",
            "give the path of the key file, or set GOOGLE_BACKEND_CREDENTIALS in the environment",
            "a service account key (JSON)",
          ),
          BACKEND("access_token", unset("access_token", "GOOGLE_OAUTH_ACCESS_TOKEN")),
          BACKEND(
            "encryption_key",
            "give the path of a file holding the key, or set GOOGLE_ENCRYPTION_KEY in the environment",
            "an encryption key",
          ),
        ],
      ],
      [
        "remote",
        (stack) => new RemoteBackend(stack, { organization: "o", workspaces: new NamedRemoteWorkspace("w"), token: "t" }),
        [BACKEND("token", `leave token unset and ${LOGIN}`)],
      ],
      [
        "http",
        (stack) =>
          new HttpBackend(stack, {
            address: "https://ci:hunter2@state.example.com/s",
            lockAddress: "https://state.example.com/lock?password=hunter2",
            unlockAddress: "https://state.example.com/unlock",
            password: "p",
            clientPrivateKeyPem: "-----BEGIN PRIVATE KEY-----",
          }),
        [
          BACKEND("password", unset("password", "TF_HTTP_PASSWORD")),
          BACKEND("client_private_key_pem", unset("client_private_key_pem", "TF_HTTP_CLIENT_PRIVATE_KEY_PEM")),
          BACKEND("address", "write the URL without the password and set TF_HTTP_PASSWORD in the environment", "a password in the URL"),
          BACKEND(
            "lock_address",
            "write the URL without the password and set TF_HTTP_PASSWORD in the environment",
            "a password in the URL",
          ),
        ],
      ],
      [
        "pg",
        (stack) => new PgBackend(stack, { connStr: "postgres://terraform:hunter2@db.example.com/state" }),
        [
          BACKEND(
            "conn_str",
            "write the connection string without the password and set PGPASSWORD in the environment, or set all of it in PG_CONN_STR",
            "a password in the connection string",
          ),
        ],
      ],
      [
        "consul",
        (stack) => new ConsulBackend(stack, { path: "p", accessToken: "t", httpAuth: "ops:hunter2" }),
        [
          BACKEND("access_token", unset("access_token", "CONSUL_HTTP_TOKEN")),
          BACKEND("http_auth", "leave http_auth unset and set CONSUL_HTTP_AUTH in the environment", "a password (user:password)"),
        ],
      ],
      [
        "cos",
        (stack) => new CosBackend(stack, { bucket: "b", secretId: "id", secretKey: "k", securityToken: "t" }),
        [
          BACKEND("secret_key", unset("secret_key", "TENCENTCLOUD_SECRET_KEY")),
          BACKEND("security_token", unset("security_token", "TENCENTCLOUD_SECURITY_TOKEN")),
        ],
      ],
      [
        "oss",
        (stack) => new OssBackend(stack, { bucket: "b", accessKey: "id", secretKey: "k", securityToken: "t" }),
        [
          BACKEND("secret_key", unset("secret_key", "ALICLOUD_SECRET_KEY")),
          BACKEND("security_token", unset("security_token", "ALICLOUD_SECURITY_TOKEN")),
        ],
      ],
      [
        "swift",
        (stack) =>
          new SwiftBackend(stack, {
            container: "c",
            password: "p",
            applicationCredentialId: "id",
            applicationCredentialSecret: "s",
            token: "t",
          }),
        [
          BACKEND("password", unset("password", "OS_PASSWORD")),
          BACKEND("application_credential_secret", unset("application_credential_secret", "OS_APPLICATION_CREDENTIAL_SECRET")),
          BACKEND("token", unset("token", "OS_AUTH_TOKEN")),
        ],
      ],
    ];
    for (const [type, declare, expected] of cases) {
      const stack = libraryStack();
      declare(stack);
      expect({ type, findings: findings(stack) }).toEqual({ type, findings: expected });
      expect({ type, thrown: synthError(stack).message }).toEqual({ type, thrown: expected[0] });
    }
  });

  test("what passes: identifiers, paths to files holding a secret, URLs and connection strings without a password, empty strings", () => {
    const cases: ((stack: TerraformStack) => void)[] = [
      (stack) => new S3Backend(stack, { bucket: "b", key: "k", accessKey: "AKIAEXAMPLE", sharedCredentialsFiles: ["~/.aws/credentials"] }),
      (stack) => new GcsBackend(stack, { bucket: "b", credentials: "/run/secrets/gcs.json", encryptionKey: "/run/secrets/state.key" }),
      (stack) =>
        new HttpBackend(stack, { address: "https://state.example.com/s", username: "ci", lockAddress: "https://ci@state.example.com/l" }),
      (stack) => new PgBackend(stack, { connStr: "postgres://terraform@db.example.com/state?sslmode=require" }),
      (stack) => new PgBackend(stack, { connStr: "host=db.example.com user=terraform dbname=state" }),
      (stack) => new ConsulBackend(stack, { path: "p", accessToken: "", httpAuth: "ops" }),
      (stack) => new AzurermBackend(stack, { storageAccountName: "a", containerName: "c", key: "k", clientId: "id", useAzureadAuth: true }),
    ];
    for (const declare of cases) {
      const stack = libraryStack();
      declare(stack);
      expect(findings(stack)).toEqual([]);
    }
  });

  test("a credential a stack override writes into the backend is reported on the stack, naming the override", () => {
    const stack = libraryStack();
    new S3Backend(stack, { bucket: "b", key: "k" });
    stack.addOverride("terraform.backend.s3.secret_key", SECRET);
    expect(findings(stack)).toEqual([
      `[ILDD-E4] test: invalid secret_key (a literal value, written by stack.addOverride("terraform.backend.s3.secret_key", ...), not shown here): expected ${ACCEPTED}; remove the override; leave secret_key unset and set AWS_SECRET_ACCESS_KEY in the environment (a backend block cannot read variables)`,
    ]);
  });

  test("a terraform_remote_state data source's config: literals and variable defaults, by config path", () => {
    const stack = libraryStack();
    const key = new TerraformVariable(stack, "state_key", { type: "string", default: SECRET });
    new DataTerraformRemoteStateS3(stack, "network", { bucket: "b", key: "k", secretKey: SECRET, token: key.stringValue });
    expect(findings(stack)).toEqual([
      `[ILDD-E4] test/network: invalid config.secret_key (a literal value, not shown here): expected ${ACCEPTED}; leave config.secret_key unset and set AWS_SECRET_ACCESS_KEY in the environment, or pass a sensitive TerraformVariable without a default`,
      `[ILDD-E4] test/network: invalid config.token (var.state_key, whose default is a literal value, not shown here): expected ${ACCEPTED}; leave config.token unset and set AWS_SESSION_TOKEN in the environment, or pass a sensitive TerraformVariable without a default`,
    ]);
  });

  test("a remote state whose backend is no string names no backend type (Terraform refuses it): nothing to check", () => {
    const stack = libraryStack();
    new DataTerraformRemoteStateS3(stack, "network", { bucket: "b", key: "k", secretKey: SECRET });
    stack.addOverride("data.terraform_remote_state.network.backend", ["s3"]);
    expect(findings(stack)).toEqual([]);
  });

  test("thrown in every way of synthesizing, --hcl included: nothing of the stack reaches cdktf.out", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "backend-"));
    try {
      process.env.SYNTH_HCL_OUTPUT = "true";
      const app = new App({ outdir });
      const stack = new TerraformStack(app, "payments");
      new IlertDatadogIntegration(stack, "Payments", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
      new S3Backend(stack, { bucket: "b", key: "k", secretKey: SECRET });
      expect(() => app.synth()).toThrow(
        BACKEND("secret_key", unset("secret_key", "AWS_SECRET_ACCESS_KEY"), "a literal value", "payments/backend"),
      );
      expect(fs.readdirSync(outdir, { recursive: true })).toEqual(["stacks"]);
    } finally {
      delete process.env.SYNTH_HCL_OUTPUT;
      fs.rmSync(outdir, { recursive: true, force: true });
    }
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
          // A stack override is reported on the stack, naming it; the provider's own on the provider.
          expect(error.message).toMatch(new RegExp(`^\\[ILDD-E4\\] test${viaOverride ? "" : "/Provider"}: invalid ${attr} \\(`));
          if (viaOverride) expect(error.message).toContain(`written by stack.addOverride("provider.${type}.0.${attr}", ...)`);
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

describe("ILDD-E4 on backends, properties", () => {
  /** A backend of any type, written as cdktf writes its backends (`terraform.backend.<type>`). */
  class AnyBackend extends TerraformBackend {
    constructor(scope: TerraformStack, type: string) {
      super(scope, "backend", type);
    }
    public getRemoteStateDataSource(): TerraformRemoteState {
      throw new Error("not needed");
    }
  }
  const always = Object.entries(BACKEND_CREDENTIALS).flatMap(([type, attributes]) =>
    Object.entries(attributes)
      .filter(([, credential]) => credential.holdsSecret === undefined)
      .map(([attribute]) => [type, attribute] as const),
  );

  test("whatever the backend and credential attribute, a literal there throws ILDD-E4 naming the attribute, never the secret", () => {
    fc.assert(
      fc.property(fc.constantFrom(...always), fc.stringMatching(/^[A-Za-z0-9_.:/+=-]{1,60}$/), ([type, attribute], secret) => {
        const stack = libraryStack();
        new AnyBackend(stack, type).addOverride(attribute, secret);
        const error = synthError(stack);
        // The message is the attribute's own, whatever the secret: it shows none of it.
        expect(error.message).toBe(
          `[ILDD-E4] test/backend: invalid ${attribute} (a literal value, not shown here): expected ${ACCEPTED}; leave ${attribute} unset and ${BACKEND_CREDENTIALS[type][attribute].instead} (a backend block cannot read variables)`,
        );
        expect(String(error.received)).toBe("(a literal value, not shown here)");
      }),
      { numRuns: fcRuns(100) },
    );
  });
});
