/**
 * The integrations a stack has deployed, read from its Terraform state as `terraform show -json`
 * prints it (the secrets in it, the integration URLs, stay in memory): each Datadog webhook with the
 * iLert alert source of type DATADOG it posts to.
 */

/** One deployed integration. */
export interface DeployedIntegration {
  readonly stack: string;
  readonly webhook: {
    /** Its Terraform address, e.g. `datadog_webhook.Datadog_Webhook_A1AB45F2`. */
    readonly address: string;
    readonly name: string;
    /** The URL the state holds (the alert source's integration URL when deployed as declared). */
    readonly url: string;
  };
  readonly source: {
    readonly address: string;
    readonly id: string;
    readonly name: string;
    /** Where the source receives events (holds its integration key: never printed whole). */
    readonly integrationUrl: string;
    /** The id of the escalation policy the source routes to. */
    readonly escalationPolicyId: string;
  };
}

/** What the state holds that is not a complete integration (a source no webhook posts to, a webhook posting to no source). */
export interface IncompleteIntegration {
  readonly stack: string;
  readonly address: string;
  /** The name the line shows: the webhook's or the source's. */
  readonly name: string;
  readonly problem: string;
}

/** A resource of `terraform show -json`'s `values`. */
interface StateResource {
  readonly address: string;
  readonly mode: string;
  readonly type: string;
  readonly values?: Record<string, unknown>;
  readonly depends_on?: readonly string[];
}

interface StateModule {
  readonly resources?: readonly StateResource[];
  readonly child_modules?: readonly StateModule[];
}

/** The managed resources of every module of a `terraform show -json` document, or undefined when it holds no state. */
export function stateResources(show: unknown): StateResource[] | undefined {
  const root = (show as { values?: { root_module?: StateModule } } | null)?.values?.root_module;
  if (root === undefined) return undefined;
  const all: StateResource[] = [];
  const visit = (module: StateModule) => {
    all.push(...(module.resources ?? []).filter((r) => r.mode === "managed"));
    for (const child of module.child_modules ?? []) visit(child);
  };
  visit(root);
  return all;
}

/**
 * The integrations of stack `stack` in `resources`: each `datadog_webhook` paired with the DATADOG
 * `ilert_alert_source` whose integration URL its state URL is, else with the one such source it
 * depends on (a webhook whose URL changed outside Terraform still belongs to its source). Sources no
 * webhook belongs to, and webhooks belonging to no source, are incomplete.
 */
export function deployedIntegrations(
  stack: string,
  resources: readonly StateResource[],
): { integrations: DeployedIntegration[]; incomplete: IncompleteIntegration[] } {
  const text = (r: StateResource, key: string) => (typeof r.values?.[key] === "string" ? (r.values[key] as string) : "");
  const sources = resources.filter((r) => r.type === "ilert_alert_source" && text(r, "integration_type") === "DATADOG");
  const integrations: DeployedIntegration[] = [];
  const incomplete: IncompleteIntegration[] = [];
  const paired = new Set<StateResource>();
  for (const webhook of resources.filter((r) => r.type === "datadog_webhook")) {
    const url = text(webhook, "url");
    const dependedOn = sources.filter((s) => (webhook.depends_on ?? []).includes(s.address));
    const source = sources.find((s) => text(s, "integration_url") === url) ?? (dependedOn.length === 1 ? dependedOn[0] : undefined);
    if (source === undefined) {
      incomplete.push({
        stack,
        address: webhook.address,
        name: `@webhook-${text(webhook, "name")}`,
        problem: "posts to no iLert alert source of type DATADOG in this stack's state (its URL is no source's integration URL)",
      });
      continue;
    }
    paired.add(source);
    integrations.push({
      stack,
      webhook: { address: webhook.address, name: text(webhook, "name"), url },
      source: {
        address: source.address,
        id: text(source, "id"),
        name: text(source, "name"),
        integrationUrl: text(source, "integration_url"),
        escalationPolicyId: text(source, "escalation_policy"),
      },
    });
  }
  for (const source of sources.filter((s) => !paired.has(s))) {
    incomplete.push({
      stack,
      address: source.address,
      name: `alert source ${text(source, "id")} ${JSON.stringify(text(source, "name"))}`,
      problem: "no Datadog webhook in this stack's state posts to it: nothing to send through",
    });
  }
  return { integrations, incomplete };
}
