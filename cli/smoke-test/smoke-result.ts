import type { DeployedIntegration } from "./deployed-integrations";

/**
 * What the smoke test prints: one line per integration, `ok` with what happened, or `FAIL` naming the
 * broken link of the paging path and what to do about it.
 */

/** The links of the paging path a failure can name, in the order the smoke test walks them. */
export const LINKS = [
  "incomplete",
  "iLert API",
  "source missing",
  "source inactive",
  "Datadog API",
  "webhook missing",
  "webhook posts elsewhere",
  "webhook payload",
  "URL not answering",
  "alert not opened",
  "wrong policy",
  "not resolved",
] as const;

/** One of {@link LINKS}. */
export type LinkName = (typeof LINKS)[number];

/** A broken link: which, and what was found (no secret in it: integration URLs are shown by their origin only). */
export class BrokenLink {
  constructor(
    readonly link: LinkName,
    readonly detail: string,
  ) {}
}

/** What a passing run saw. */
export interface SmokeOk {
  readonly alertId: number;
  readonly priority: string;
  readonly policyId: string;
  readonly policyName?: string;
  readonly seconds: number;
}

/** `payments: @webhook-ilert-payments -> alert source 1011 "Payments (Datadog)"`: the integration as the lines name it. */
export function integrationLabel(integration: DeployedIntegration): string {
  return `${integration.stack}: @webhook-${integration.webhook.name} -> alert source ${integration.source.id} ${JSON.stringify(integration.source.name)}`;
}

/** The line of an integration that works. */
export function okLine(label: string, ok: SmokeOk): string {
  const policy = `escalation policy ${ok.policyId}${ok.policyName === undefined ? "" : ` ${JSON.stringify(ok.policyName)}`}`;
  return `ok    ${label}: alert ${ok.alertId} opened (${ok.priority}), routed to ${policy}, resolved (${ok.seconds.toFixed(1)} s)`;
}

/** The line of an integration with a broken link. */
export function failLine(label: string, broken: BrokenLink): string {
  return `FAIL  ${label}: ${broken.link}: ${broken.detail}`;
}

/** `text` with every occurrence of the `secrets` (integration URLs, keys) replaced by what may be shown. */
export function redacted(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((out, secret) => out.split(secret).join("<integration key>"), text);
}
