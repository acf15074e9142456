import { describeValue } from "../../constructs/core/shown-text";
import { AdoptError } from "./adopt-error";

/**
 * The credentials `adopt` reads the accounts with: the environment variables the iLert and Datadog
 * Terraform providers read, so that adopt reads what `cdktf deploy` will then change. Read-only keys
 * suffice (adopt only sends GET requests). No value of them is ever printed or written.
 */

/** How to call one API: where, with which headers, and the variables to name in messages. */
export interface ApiAccess {
  /** The API's name in messages: `iLert`, `Datadog`. */
  readonly api: string;
  /** The base URL, without a trailing slash, e.g. `https://api.ilert.com`. */
  readonly baseUrl: string;
  /** The variable that sets the base URL, and the URL used without it, for messages. */
  readonly endpointVariable: string;
  readonly defaultBaseUrl: string;
  /** The request headers that carry the credentials. */
  readonly headers: Readonly<Record<string, string>>;
  /** The variables the credentials came from, for messages, e.g. `ILERT_API_TOKEN`. */
  readonly credentialVariables: readonly string[];
}

/** Both accounts' access. */
export interface AdoptCredentials {
  readonly ilert: ApiAccess;
  readonly datadog: ApiAccess;
}

/** iLert's API without ILERT_ENDPOINT (ilert-go's default). */
export const ILERT_DEFAULT_ENDPOINT = "https://api.ilert.com";
/** Datadog's API without DD_HOST (US1, the Datadog provider's default). */
export const DATADOG_DEFAULT_HOST = "https://api.datadoghq.com";

/**
 * The access to both APIs from `env`, as the providers read it: iLert by `ILERT_API_TOKEN` (else basic
 * auth from `ILERT_ORGANIZATION`, `ILERT_USERNAME` and `ILERT_PASSWORD`) at `ILERT_ENDPOINT`; Datadog by
 * `DD_API_KEY` and `DD_APP_KEY` at `DD_HOST`. Throws {@link AdoptError} naming the variable to set.
 */
export function readCredentials(env: NodeJS.ProcessEnv): AdoptCredentials {
  return { ilert: ilertAccess(env), datadog: datadogAccess(env) };
}

function ilertAccess(env: NodeJS.ProcessEnv): ApiAccess {
  const base = { api: "iLert", endpointVariable: "ILERT_ENDPOINT", defaultBaseUrl: ILERT_DEFAULT_ENDPOINT };
  const baseUrl = baseUrlOf(env, "ILERT_ENDPOINT", ILERT_DEFAULT_ENDPOINT, "https://api.ilert.com");
  const token = nonEmpty(env.ILERT_API_TOKEN);
  if (token !== undefined) {
    return { ...base, baseUrl, headers: { authorization: `Bearer ${token}` }, credentialVariables: ["ILERT_API_TOKEN"] };
  }
  const [organization, username, password] = [env.ILERT_ORGANIZATION, env.ILERT_USERNAME, env.ILERT_PASSWORD].map(nonEmpty);
  if (organization !== undefined && username !== undefined && password !== undefined) {
    const basic = Buffer.from(`${username}@${organization}:${password}`).toString("base64");
    return {
      ...base,
      baseUrl,
      headers: { authorization: `Basic ${basic}` },
      credentialVariables: ["ILERT_ORGANIZATION", "ILERT_USERNAME", "ILERT_PASSWORD"],
    };
  }
  const basicAuth = { ILERT_ORGANIZATION: organization, ILERT_USERNAME: username, ILERT_PASSWORD: password };
  const given = Object.keys(basicAuth).filter((name) => basicAuth[name as keyof typeof basicAuth] !== undefined);
  const unset = Object.keys(basicAuth).filter((name) => !given.includes(name));
  // Part of the basic auth given: the user meant it, so name what it lacks besides the token.
  const basic =
    given.length === 0
      ? ""
      : ` and the basic auth the provider takes instead lacks ${unset.join(" and ")} (${given.join(" and ")} ${given.length === 1 ? "is" : "are"} set; it needs all three)`;
  throw new AdoptError(
    `ILERT_API_TOKEN is not set${basic}: adopt reads iLert with the credentials the iLert provider uses; export ILERT_API_TOKEN=<an API token of your iLert account> (one that can only read will do)${given.length === 0 ? "" : `, or export ${unset.map((name) => `${name}=<...>`).join(" ")}`}`,
  );
}

function datadogAccess(env: NodeJS.ProcessEnv): ApiAccess {
  const missing = ["DD_API_KEY", "DD_APP_KEY"].filter((name) => nonEmpty(env[name]) === undefined);
  if (missing.length > 0) {
    throw new AdoptError(
      `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set: adopt reads Datadog with the keys the Datadog provider uses; export DD_API_KEY=<an API key> DD_APP_KEY=<an application key> (one with read scopes for monitors and the webhooks integration will do), and DD_HOST for a site other than US1`,
    );
  }
  return {
    api: "Datadog",
    baseUrl: baseUrlOf(env, "DD_HOST", DATADOG_DEFAULT_HOST, "https://api.datadoghq.eu"),
    endpointVariable: "DD_HOST",
    defaultBaseUrl: DATADOG_DEFAULT_HOST,
    headers: { "dd-api-key": env.DD_API_KEY!.trim(), "dd-application-key": env.DD_APP_KEY!.trim() },
    credentialVariables: ["DD_API_KEY", "DD_APP_KEY"],
  };
}

/** The base URL in `variable` (a host alone means https), without a trailing slash; `fallback` when unset. */
function baseUrlOf(env: NodeJS.ProcessEnv, variable: string, fallback: string, example: string): string {
  const given = nonEmpty(env[variable]);
  if (given === undefined) return fallback;
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AdoptError(`${variable} is not a URL: ${describeValue(given)}; set it to the API's address, e.g. ${variable}=${example}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AdoptError(
      `${variable} is not an http(s) URL: ${describeValue(given)}; set it to the API's address, e.g. ${variable}=${example}`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new AdoptError(
      `${variable} holds credentials in its URL: give them in the credential variables instead, e.g. ${variable}=${example}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
