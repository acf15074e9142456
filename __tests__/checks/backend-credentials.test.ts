import { BACKEND_CREDENTIALS, urlWithPassword } from "../../constructs/checks/backend-credentials";

// Which backend attributes hold a credential (constructs/checks/backend-credentials.ts), and the
// attributes that hold one only in some forms. The rule that uses the table:
// __tests__/checks/rules/literal-credentials.test.ts.

describe("backend credentials", () => {
  test("the attributes, per backend cdktf 0.21 offers; identifiers and paths are not among them", () => {
    expect(Object.fromEntries(Object.entries(BACKEND_CREDENTIALS).map(([type, attributes]) => [type, Object.keys(attributes)]))).toEqual({
      s3: ["secret_key", "token", "sse_customer_key", "assume_role_with_web_identity.web_identity_token"],
      azurerm: ["access_key", "sas_token", "client_secret", "client_certificate_password", "oidc_request_token", "oidc_token"],
      gcs: ["credentials", "access_token", "encryption_key"],
      cloud: ["token"],
      remote: ["token"],
      http: ["password", "client_private_key_pem", "address", "lock_address", "unlock_address"],
      pg: ["conn_str"],
      consul: ["access_token", "http_auth"],
      cos: ["secret_key", "security_token"],
      oss: ["secret_key", "security_token"],
      swift: ["password", "application_credential_secret", "token"],
    });
  });

  test("a URL holds a password in its user info or its query, not as a ${...} expression", () => {
    expect(urlWithPassword("https://ci:hunter2@state.example.com/s")).toBe(true);
    expect(urlWithPassword("postgres://u:p@db/state")).toBe(true);
    expect(urlWithPassword("https://state.example.com/s?lock=1&password=hunter2")).toBe(true);
    expect(urlWithPassword("https://ci@state.example.com/s")).toBe(false);
    expect(urlWithPassword("https://state.example.com/a:b@c")).toBe(false);
    expect(urlWithPassword("https://ci:${var.password}@state.example.com/s")).toBe(false);
    expect(urlWithPassword("state.example.com:hunter2@x")).toBe(false);
    expect(urlWithPassword("https://state.example.com/s?password=${var.password}")).toBe(false);
    // Only the URL's own user info: one of a URL in its query is another service's password.
    expect(urlWithPassword("https://state.example.com/s?next=https://ci:hunter2@other.example.com")).toBe(false);
  });

  test("the forms: a connection string's password, user:password, a JSON key, a key rather than its path", () => {
    const { pg, consul, gcs } = BACKEND_CREDENTIALS;
    expect(
      [
        "postgres://u:p@db/s",
        "host=db password=hunter2",
        "password=hunter2 host=db",
        "host=db password = 'a b'",
        "host=db user=u",
        "postgres://u@db/s",
        "host=db password=${var.pg_password}",
      ].map((v) => pg.conn_str.holdsSecret!(v)),
    ).toEqual([true, true, true, true, false, false, false]);
    expect(
      ["ops:hunter2", "ops${var.suffix}:hunter2", "ops", "ops:", "ops:${var.p}", ":${var.p}"].map((v) => consul.http_auth.holdsSecret!(v)),
    ).toEqual([true, true, false, false, false, false]);
    expect([' {"type":"service_account"}', "/run/secrets/key.json"].map((v) => gcs.credentials.holdsSecret!(v))).toEqual([true, false]);
    expect(
      [
        `${"A".repeat(43)}=`,
        ` ${"A".repeat(43)}=\n`,
        "/run/secrets/state.key",
        `${"A".repeat(42)}==`,
        `/run/secrets/${"A".repeat(43)}=`,
        `${"A".repeat(43)}=.key`,
      ].map((v) => gcs.encryption_key.holdsSecret!(v)),
    ).toEqual([true, true, false, false, false, false]);
  });
});
