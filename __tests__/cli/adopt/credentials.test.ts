import { readCredentials } from "../../../cli/adopt/credentials";
import { thrown } from "../../helpers/synth";

const DD = { DD_API_KEY: "api", DD_APP_KEY: "app" };

describe("readCredentials: the variables the providers read", () => {
  test("iLert by bearer token at ILERT_ENDPOINT; Datadog by both keys at DD_HOST; trailing slashes dropped", () => {
    const { ilert, datadog } = readCredentials({
      ILERT_API_TOKEN: " t0k ",
      ILERT_ENDPOINT: "https://ilert.example.com/",
      ...DD,
      DD_HOST: "https://api.datadoghq.eu/",
    });
    expect([ilert.baseUrl, ilert.headers, ilert.credentialVariables]).toEqual([
      "https://ilert.example.com",
      { authorization: "Bearer t0k" },
      ["ILERT_API_TOKEN"],
    ]);
    expect([datadog.baseUrl, datadog.headers]).toEqual(["https://api.datadoghq.eu", { "dd-api-key": "api", "dd-application-key": "app" }]);
  });

  test("defaults: iLert's and Datadog US1's APIs; a host without scheme is https", () => {
    const { ilert, datadog } = readCredentials({ ILERT_API_TOKEN: "t", ...DD });
    expect([ilert.baseUrl, datadog.baseUrl]).toEqual(["https://api.ilert.com", "https://api.datadoghq.com"]);
    expect(readCredentials({ ILERT_API_TOKEN: "t", ...DD, DD_HOST: "api.us5.datadoghq.com" }).datadog.baseUrl).toBe(
      "https://api.us5.datadoghq.com",
    );
  });

  test("iLert's basic auth (organization, username, password) when there is no token", () => {
    const { ilert } = readCredentials({ ILERT_ORGANIZATION: "acme", ILERT_USERNAME: "ann", ILERT_PASSWORD: "pw", ...DD });
    expect(ilert.headers).toEqual({ authorization: `Basic ${Buffer.from("ann@acme:pw").toString("base64")}` });
  });

  test.each([
    [
      { ...DD },
      "ILERT_API_TOKEN is not set: adopt reads iLert with the credentials the iLert provider uses; export ILERT_API_TOKEN=<an API token of your iLert account> (one that can only read will do)",
    ],
    [
      { ILERT_USERNAME: "ann", ...DD },
      "ILERT_API_TOKEN is not set and the basic auth the provider takes instead lacks ILERT_ORGANIZATION and ILERT_PASSWORD (ILERT_USERNAME is set; it needs all three): adopt reads iLert with the credentials the iLert provider uses; export ILERT_API_TOKEN=<an API token of your iLert account> (one that can only read will do), or export ILERT_ORGANIZATION=<...> ILERT_PASSWORD=<...>",
    ],
    [
      { ILERT_ORGANIZATION: "acme", ILERT_USERNAME: "ann", ILERT_PASSWORD: " ", ...DD },
      "ILERT_API_TOKEN is not set and the basic auth the provider takes instead lacks ILERT_PASSWORD (ILERT_ORGANIZATION and ILERT_USERNAME are set; it needs all three): adopt reads iLert with the credentials the iLert provider uses; export ILERT_API_TOKEN=<an API token of your iLert account> (one that can only read will do), or export ILERT_PASSWORD=<...>",
    ],
    [
      { ILERT_API_TOKEN: "t", DD_API_KEY: "a" },
      "DD_APP_KEY is not set: adopt reads Datadog with the keys the Datadog provider uses; export DD_API_KEY=<an API key> DD_APP_KEY=<an application key> (one with read scopes for monitors and the webhooks integration will do), and DD_HOST for a site other than US1",
    ],
    [
      { ILERT_API_TOKEN: "t", DD_API_KEY: " ", DD_APP_KEY: "" },
      "DD_API_KEY and DD_APP_KEY are not set: adopt reads Datadog with the keys the Datadog provider uses; export DD_API_KEY=<an API key> DD_APP_KEY=<an application key> (one with read scopes for monitors and the webhooks integration will do), and DD_HOST for a site other than US1",
    ],
    [
      { ILERT_API_TOKEN: "t", ILERT_ENDPOINT: "https://[bad", ...DD },
      'ILERT_ENDPOINT is not a URL: "https://[bad"; set it to the API\'s address, e.g. ILERT_ENDPOINT=https://api.ilert.com',
    ],
    [
      { ILERT_API_TOKEN: "t", ...DD, DD_HOST: "ftp://x" },
      'DD_HOST is not an http(s) URL: "ftp://x"; set it to the API\'s address, e.g. DD_HOST=https://api.datadoghq.eu',
    ],
    [
      { ILERT_API_TOKEN: "t", ...DD, DD_HOST: "https://u:p@x" },
      "DD_HOST holds credentials in its URL: give them in the credential variables instead, e.g. DD_HOST=https://api.datadoghq.eu",
    ],
  ])("one line naming the variable: %j", (env, message) => {
    const e = thrown(() => readCredentials(env));
    expect([e.name, e.message]).toEqual(["AdoptError", message]);
  });

  test("no credential value is ever in a message", () => {
    expect(thrown(() => readCredentials({ ILERT_API_TOKEN: "secret-token", DD_API_KEY: "secret-key" })).message).not.toContain("secret");
  });
});
