/**
 * The URLs of the config app's providers (`environments[].datadogApiUrl`, `environments[].ilertEndpoint`):
 * written into the provider block of cdk.tf.json, and the provider sends its API token there. So a
 * URL is refused when it would put a credential on disk (a user name or password in it), send the
 * token somewhere no HTTP client goes (another scheme), or send it unencrypted (plain http to a host
 * that is not this machine), and when Terraform would read it as a template (`${` or `%{`; the config
 * app references no Terraform values). The local fakes and the sandbox listen on 127.0.0.1, over http.
 */

/** The hosts plain http is allowed to: this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "[::1]", "localhost"];

/** The loopback hosts in words: `127.0.0.1, [::1] or localhost`. */
const LOOPBACK = `${LOOPBACK_HOSTS.slice(0, -1).join(", ")} or ${LOOPBACK_HOSTS[LOOPBACK_HOSTS.length - 1]}`;

/** A provider URL key of the config: its example, and the environment variable that sets it per run. */
export interface ProviderUrlKey {
  /** What it is the URL of, e.g. `the iLert API`. */
  readonly what: string;
  /** An accepted value, e.g. `https://api.ilert.com`. */
  readonly example: string;
  /** The provider's environment variable for the URL, e.g. `ILERT_ENDPOINT`. */
  readonly environment: string;
  /** The provider's environment variable for its credential, e.g. `ILERT_API_TOKEN`. */
  readonly credential: string;
}

export const DATADOG_API_URL: ProviderUrlKey = {
  what: "the Datadog site's API",
  example: "https://api.datadoghq.eu/",
  environment: "DD_HOST",
  credential: "DD_API_KEY and DD_APP_KEY",
};
export const ILERT_ENDPOINT: ProviderUrlKey = {
  what: "the iLert API",
  example: "https://api.ilert.com",
  environment: "ILERT_ENDPOINT",
  credential: "ILERT_API_TOKEN",
};

/** Why a URL is refused: what is accepted and the fix, in the words of config problems. */
export interface ProviderUrlProblem {
  readonly accepted: string;
  readonly fix: string;
}

/** What is wrong with `value` as `key`'s URL, or undefined when it is accepted. */
export function providerUrlProblem(value: string, key: ProviderUrlKey): ProviderUrlProblem | undefined {
  const example = `use e.g. ${JSON.stringify(key.example)}`;
  if (/[$%]\{/.test(value)) {
    return {
      accepted: 'a URL without "${" or "%{" (Terraform would evaluate them as a template in the provider block)',
      fix: `${example}; a URL that changes per run belongs in the environment (${key.environment})`,
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { accepted: `the https:// URL of ${key.what}`, fix: example };
  }
  if (url.username !== "" || url.password !== "") {
    url.username = "";
    url.password = "";
    return {
      accepted: "a URL without a user name or password (the provider block is written in plain text to cdktf.out)",
      fix: `use ${JSON.stringify(url.href)}, and give the API credentials in the environment (${key.credential})`,
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { accepted: `an https:// URL (http:// only to ${LOOPBACK}), not ${url.protocol}`, fix: example };
  }
  if (url.protocol === "http:" && !LOOPBACK_HOSTS.includes(url.hostname)) {
    url.protocol = "https:";
    return {
      accepted: `https:// to a host other than ${LOOPBACK} (over http:// the API token would travel unencrypted)`,
      fix: `use ${JSON.stringify(url.href)}`,
    };
  }
  return undefined;
}

/** A URL as a message shows it: its password, if any, as `***`, so that a refusal does not print the credential. */
export function withoutPassword(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    const url = new URL(value);
    if (url.password === "") return value;
    url.password = "***";
    return url.href;
  } catch {
    return value;
  }
}
