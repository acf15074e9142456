import { fromTerraformString } from "../../constructs/core/terraform-escape";
import type { SynthesizedStack } from "../../tools/synthesized-stacks";
import { SandboxError } from "../sandbox/sandbox-error";
import { DATADOG_DEFAULT_HOST, DatadogApi } from "./datadog-api";
import { ILERT_DEFAULT_ENDPOINT, IlertApi } from "./ilert-api";

/**
 * Which iLert and Datadog APIs the smoke test talks to, the way the providers chose them for the
 * stack: the endpoint of the provider a resource names (`provider: "ilert.eu"`), when the synthesized
 * stack sets one literally, else the environment (`ILERT_ENDPOINT`, `DD_HOST`), else the vendors'
 * defaults; the credentials from the environment only (the library refuses them in code). And
 * whether an address is on this machine, where no person is paged.
 */

/** The APIs one integration is checked through. */
export interface Endpoints {
  readonly ilert: IlertApi;
  readonly datadog: DatadogApi;
}

/** The APIs for the resources `sourceAddress` and `webhookAddress` of `stack`, with credentials from `env`. */
export function endpointsOf(stack: SynthesizedStack, sourceAddress: string, webhookAddress: string, env: NodeJS.ProcessEnv): Endpoints {
  const missing = ["ILERT_API_TOKEN", "DD_API_KEY", "DD_APP_KEY"].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new SandboxError(
      `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set: the smoke test reads iLert's and Datadog's APIs with the credentials the providers use; export them (for the sandbox: load the environment ilert-datadog sandbox printed)`,
    );
  }
  return {
    ilert: {
      endpoint: providerSetting(stack, sourceAddress, "ilert", "endpoint") ?? env.ILERT_ENDPOINT ?? ILERT_DEFAULT_ENDPOINT,
      token: env.ILERT_API_TOKEN!,
    },
    datadog: {
      host: providerSetting(stack, webhookAddress, "datadog", "api_url") ?? env.DD_HOST ?? DATADOG_DEFAULT_HOST,
      apiKey: env.DD_API_KEY!,
      appKey: env.DD_APP_KEY!,
    },
  };
}

/**
 * The literal `key` of the provider that resource `address` of `stack` uses (its `provider`
 * reference, else the un-aliased one), or undefined when that provider does not set it. A value the
 * synthesized stack leaves to Terraform (`${var.endpoint}`) cannot be known here: refused.
 */
export function providerSetting(stack: SynthesizedStack, address: string, type: "ilert" | "datadog", key: string): string | undefined {
  const [resourceType, name] = address.split(".");
  const body = stack.config.resource?.[resourceType]?.[name];
  const reference = typeof body?.provider === "string" ? body.provider : type;
  const alias = reference.includes(".") ? reference.slice(reference.indexOf(".") + 1) : undefined;
  const providers = (stack.config as { provider?: Record<string, readonly Record<string, unknown>[]> }).provider?.[type] ?? [];
  const provider = providers.find((p) => p.alias === alias);
  const value = provider?.[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || /(?<!\$)\$\{/.test(value)) {
    throw new SandboxError(
      `stack ${stack.name}: the ${type} provider${alias ? ` "${alias}"` : ""} of ${address} sets ${key} by a Terraform expression, which the smoke test cannot evaluate: set ${type === "ilert" ? "ILERT_ENDPOINT" : "DD_HOST"} and leave ${key} unset`,
    );
  }
  return fromTerraformString(value);
}

/** Whether `url`'s host is this machine (127.0.0.0/8, ::1, localhost): no one is paged there. */
export function isLocal(url: string): boolean {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `scheme://host[:port]` of a URL: what a message may show of an integration URL (its path holds the key). */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(not a URL)";
  }
}
