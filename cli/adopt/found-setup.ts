import { describeValue } from "../../constructs/core/shown-text";
import type { AlertSourceJson, MonitorJson, WebhookJson } from "./api-shapes";
import { DatadogAccount, mentionedWebhooks } from "./datadog-account";
import type { IlertAccount } from "./ilert-account";
import { postsTo } from "./integration-url";

/** One iLert alert source of type DATADOG with the one Datadog webhook that posts to it: what a config team takes over. */
export interface FoundIntegration {
  readonly source: AlertSourceJson;
  readonly webhook: WebhookJson;
  /** Whether the webhook's URL is the source's integration URL exactly, or only ends with its key. */
  readonly match: "exactly" | "by-key";
  /** The monitors that mention the webhook. */
  readonly monitors: readonly MonitorJson[];
}

/** An object adopt found but does not take over, and why, in words a person can act on. */
export interface LeftAlone {
  /** The object, e.g. `webhook ilert-old` or `alert source "Search (Datadog)" (id 102)`. */
  readonly object: string;
  readonly reason: string;
}

/** The integrations found, and what was left alone. */
export interface FoundSetup {
  readonly integrations: readonly FoundIntegration[];
  readonly leftAlone: readonly LeftAlone[];
}

/** `alert source "Checkout (Datadog)" (id 101)`. */
export function describeSource(source: AlertSourceJson): string {
  return `alert source ${describeValue(source.name)} (id ${source.id})`;
}

/** `monitor "Checkout errors" (id 7001)`. */
export function describeMonitor(monitor: MonitorJson): string {
  return `monitor ${describeValue(monitor.name)} (id ${monitor.id})`;
}

/** `webhook ilert-checkout` (its name as monitors mention it). */
export function describeWebhook(name: string): string {
  return `webhook ${describeValue(`@webhook-${name}`).replace(/^"|"$/g, "")}`;
}

/**
 * Pairs each DATADOG alert source with the webhook that posts to it. A source with no webhook, or
 * with two (iLert wants one per source), a webhook that posts to no DATADOG source, and a monitor
 * mentioning a webhook Datadog does not have are left alone, each with the reason.
 */
export function findSetup(ilert: IlertAccount, datadog: DatadogAccount): FoundSetup {
  const leftAlone: LeftAlone[] = [];
  const postingTo = new Map<number, { webhook: WebhookJson; match: "exactly" | "by-key" }[]>();
  for (const webhook of datadog.webhooks.values()) {
    const targets = ilert.datadogSources.flatMap((source) => {
      const match = postsTo(webhook, source);
      return match === undefined ? [] : [{ source, match }];
    });
    if (targets.length === 0) {
      leftAlone.push({
        object: describeWebhook(webhook.name),
        reason:
          "its URL is the integration URL of no alert source of type DATADOG in this iLert account, so it pages nobody adopt can find; not adopted",
      });
    }
    for (const { source, match } of targets) postingTo.set(source.id, [...(postingTo.get(source.id) ?? []), { webhook, match }]);
  }
  const integrations: FoundIntegration[] = [];
  for (const source of ilert.datadogSources) {
    const posting = postingTo.get(source.id) ?? [];
    if (posting.length === 0) {
      leftAlone.push({
        object: describeSource(source),
        reason:
          "no webhook found that posts to it (adopt looks up the webhooks monitors mention, and those named with --webhook: Datadog lists no webhooks); if one posts to it that no monitor mentions, run adopt again with --webhook <its name>",
      });
    } else if (posting.length > 1) {
      leftAlone.push({
        object: describeSource(source),
        reason: `${posting.length} webhooks post to it (${posting.map((p) => `@webhook-${p.webhook.name}`).join(", ")}); iLert wants one webhook per alert source: keep one (move its monitors' mentions over, delete the others in Datadog), then run adopt again`,
      });
    } else {
      const { webhook, match } = posting[0];
      const monitors = datadog.monitors.filter((m) => mentionedWebhooks(m).includes(webhook.name));
      integrations.push({ source, webhook, match, monitors });
    }
  }
  for (const monitor of datadog.monitors) {
    for (const name of mentionedWebhooks(monitor).filter((n) => datadog.missingWebhooks.includes(n))) {
      leftAlone.push({
        object: describeMonitor(monitor),
        reason: `it mentions @webhook-${name}, which does not exist in Datadog, so that mention pages nobody; fix or remove the mention in Datadog`,
      });
    }
  }
  return { integrations, leftAlone };
}
