import { mentionedHandles } from "../../constructs/datadog/private/monitor-message";
import { ApiClient, NotFound } from "./api-client";
import type { MonitorJson, WebhookJson } from "./api-shapes";
import { DATADOG_MONITORS, DATADOG_WEBHOOK } from "./endpoints";
import { readAllPages } from "./paging";

/** What adopt read from the Datadog organisation. */
export interface DatadogAccount {
  readonly monitors: readonly MonitorJson[];
  /** The webhooks found, by name. */
  readonly webhooks: ReadonlyMap<string, WebhookJson>;
  /** Webhook names that monitors mention (or `--webhook` gave) but Datadog does not have. */
  readonly missingWebhooks: readonly string[];
}

/**
 * The webhook names a monitor mentions (`@webhook-<name>`), in its message and its escalation
 * message (sent on renotifications), each once.
 */
export function mentionedWebhooks(monitor: MonitorJson): string[] {
  const escalation = monitor.options?.escalation_message;
  const texts = [monitor.message, typeof escalation === "string" ? escalation : ""];
  return [...new Set(texts.flatMap((text) => [...mentionedHandles(text ?? "")].map((handle) => handle.slice("@webhook-".length))))];
}

/**
 * Reads the organisation: every monitor page by page, then, since Datadog lists no webhooks, each
 * webhook by name: those the monitors mention, and `names` (`--webhook`).
 */
export async function readDatadogAccount(
  client: ApiClient,
  names: readonly string[],
  progress: (line: string) => void,
): Promise<DatadogAccount> {
  const monitors = await readAllPages<MonitorJson>(
    "Datadog monitors",
    DATADOG_MONITORS.paging,
    (page) => client.get(DATADOG_MONITORS.path, page),
    (monitor) => String(monitor.id),
    progress,
  );
  const wanted = [...new Set([...monitors.flatMap(mentionedWebhooks), ...names])];
  const webhooks = new Map<string, WebhookJson>();
  const missingWebhooks: string[] = [];
  for (const name of wanted) {
    try {
      webhooks.set(name, (await client.get(DATADOG_WEBHOOK(name))) as WebhookJson);
    } catch (e) {
      if (!(e instanceof NotFound)) throw e;
      missingWebhooks.push(name);
    }
  }
  if (wanted.length > 0) progress(`Datadog webhooks: ${webhooks.size} found by name, ${missingWebhooks.length} named but missing`);
  return { monitors, webhooks, missingWebhooks };
}
