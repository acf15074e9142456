/**
 * The attributes of Terraform's state backends that hold credentials, for each backend cdktf 0.21
 * offers (its `*Backend` classes and their `DataTerraformRemoteState*` twins), each with where the
 * value belongs instead. A backend block cannot read variables, locals or data sources (Terraform
 * refuses them there), so a credential in it is always a literal in plain text in cdk.tf.json.
 *
 * What counts as a credential: a secret that grants access (a password, a secret key, a token, a
 * private key, an encryption key). Identifiers are not: a key's id (S3 and OSS `access_key`, COS
 * `secret_id`, Azure `client_id`, Swift `application_credential_id`), user names, paths to files
 * holding a secret (`shared_credentials_file`, `web_identity_token_file`, `client_certificate_path`,
 * `key_file`), as the Datadog provider's `aws_access_key_id` is not. Some attributes hold a secret
 * only in one form: a URL or connection string with a password in it, GCS `credentials` as JSON
 * content rather than a path, a GCS `encryption_key` as the key itself rather than a path to it.
 */

/** One credential attribute of a backend: a secret in every literal, or only in some forms. */
export type BackendCredential = AnyLiteralCredential | SecretFormCredential;

/** An attribute whose every literal is a secret. */
interface AnyLiteralCredential {
  /**
   * Where the value belongs instead, as the fix says it: after "leave <attribute> unset and", e.g.
   * `set AWS_SECRET_ACCESS_KEY in the environment`.
   */
  readonly instead: string;
  readonly holdsSecret?: undefined;
  readonly secret?: undefined;
}

/** An attribute that holds a secret only in some forms (a URL with a password in it). */
interface SecretFormCredential {
  /** Where the value belongs instead: the whole fix. */
  readonly instead: string;
  /** Whether a literal value is a secret. */
  readonly holdsSecret: (value: string) => boolean;
  /** What such a literal holds, e.g. `a password`. */
  readonly secret: string;
}

/** A URL with a password in its user info (`https://user:pass@host`), or in its query (`?password=...`). */
export function urlWithPassword(value: string): boolean {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]*?:([^/?#@]+)@/i.exec(value)?.[1];
  const query = /[?&]password=([^&#]+)/i.exec(value)?.[1];
  return [userinfo, query].some((password) => password !== undefined && !password.includes("${"));
}

/** A PostgreSQL connection string with a password: a URL's, or `password=...` of the keyword form. */
function connectionStringWithPassword(value: string): boolean {
  const keyword = /(?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)+'|[^\s']+)/i.exec(value)?.[1];
  return urlWithPassword(value) || (keyword !== undefined && !keyword.includes("${"));
}

const PASSWORD_IN_URL: BackendCredential = {
  instead: "write the URL without the password and set TF_HTTP_PASSWORD in the environment",
  holdsSecret: urlWithPassword,
  secret: "a password in the URL",
};
/** Where an environment variable is set: where Terraform runs (cdktf deploy passes its environment on). */
function env(name: string): string {
  return `set ${name} in the environment`;
}

const TERRAFORM_LOGIN = "run `terraform login`, or set TF_TOKEN_app_terraform_io (TF_TOKEN_<hostname> for another host) in the environment";

/** Backend type (as in `terraform.backend.<type>`; `cloud` for the `cloud` block) to attribute (a path of keys) to its credential. */
export const BACKEND_CREDENTIALS: Readonly<Record<string, Readonly<Record<string, BackendCredential>>>> = {
  s3: {
    secret_key: { instead: env("AWS_SECRET_ACCESS_KEY") },
    token: { instead: env("AWS_SESSION_TOKEN") },
    sse_customer_key: { instead: env("AWS_SSE_CUSTOMER_KEY") },
    "assume_role_with_web_identity.web_identity_token": {
      instead: `use web_identity_token_file, or ${env("AWS_WEB_IDENTITY_TOKEN_FILE")} (files holding the token)`,
    },
  },
  azurerm: {
    access_key: { instead: env("ARM_ACCESS_KEY") },
    sas_token: { instead: env("ARM_SAS_TOKEN") },
    client_secret: { instead: env("ARM_CLIENT_SECRET") },
    client_certificate_password: { instead: env("ARM_CLIENT_CERTIFICATE_PASSWORD") },
    oidc_request_token: { instead: env("ARM_OIDC_REQUEST_TOKEN") },
    oidc_token: { instead: env("ARM_OIDC_TOKEN") },
  },
  gcs: {
    credentials: {
      instead: `give the path of the key file, or ${env("GOOGLE_BACKEND_CREDENTIALS")}`,
      holdsSecret: (value) => value.trimStart().startsWith("{"),
      secret: "a service account key (JSON)",
    },
    access_token: { instead: env("GOOGLE_OAUTH_ACCESS_TOKEN") },
    encryption_key: {
      instead: `give the path of a file holding the key, or ${env("GOOGLE_ENCRYPTION_KEY")}`,
      // The key itself: 32 bytes in base64. Anything else is read as the path of a file holding it.
      holdsSecret: (value) => /^[A-Za-z0-9+/]{43}=$/.test(value.trim()),
      secret: "an encryption key",
    },
  },
  cloud: { token: { instead: TERRAFORM_LOGIN } },
  remote: { token: { instead: TERRAFORM_LOGIN } },
  http: {
    password: { instead: env("TF_HTTP_PASSWORD") },
    client_private_key_pem: { instead: env("TF_HTTP_CLIENT_PRIVATE_KEY_PEM") },
    address: PASSWORD_IN_URL,
    lock_address: PASSWORD_IN_URL,
    unlock_address: PASSWORD_IN_URL,
  },
  pg: {
    conn_str: {
      instead: "write the connection string without the password and set PGPASSWORD in the environment, or set all of it in PG_CONN_STR",
      holdsSecret: connectionStringWithPassword,
      secret: "a password in the connection string",
    },
  },
  consul: {
    access_token: { instead: env("CONSUL_HTTP_TOKEN") },
    http_auth: {
      instead: `leave http_auth unset and ${env("CONSUL_HTTP_AUTH")}`,
      holdsSecret: (value) => /:./.test(value) && !value.slice(value.indexOf(":") + 1).includes("${"),
      secret: "a password (user:password)",
    },
  },
  cos: {
    secret_key: { instead: env("TENCENTCLOUD_SECRET_KEY") },
    security_token: { instead: env("TENCENTCLOUD_SECURITY_TOKEN") },
  },
  oss: {
    secret_key: { instead: env("ALICLOUD_SECRET_KEY") },
    security_token: { instead: env("ALICLOUD_SECURITY_TOKEN") },
  },
  swift: {
    password: { instead: env("OS_PASSWORD") },
    application_credential_secret: { instead: env("OS_APPLICATION_CREDENTIAL_SECRET") },
    token: { instead: env("OS_AUTH_TOKEN") },
  },
};
