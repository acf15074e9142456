import { ILERT_TEMPLATE } from "../../helpers/ilert-template";
import type { RunningFakes } from "../fakes/fakes";
import { byHand } from "./by-hand";

/**
 * An iLert + Datadog setup clicked together by hand, made through the fakes' HTTP APIs the way the
 * two UIs would (the seeded users alice 1001, bob 1002, the lead 1003, teams Payments 1200 and Search
 * 1201): a weekly schedule; a policy escalating to that schedule, then to the lead, owned by two
 * teams; a DATADOG alert source on it with a summary template of its own; a Datadog webhook with
 * iLert's payload customised (a field added, pretty-printed as people paste it); a monitor mentioning
 * the webhook in the middle of its message. Beside it, what adopt must leave alone: a DATADOG source
 * no webhook posts to, a webhook posting to no source, a monitor mentioning a webhook that is gone.
 */

/** The hand-made objects' ids and names. */
export interface HandMadeSetup {
  readonly scheduleId: number;
  readonly policyId: number;
  readonly sourceId: number;
  readonly integrationKey: string;
  readonly webhookName: string;
  readonly payload: string;
  readonly monitorId: number;
  readonly monitorMessage: string;
  /** What adopt leaves alone. */
  readonly unwebhookedSourceId: number;
  readonly strayWebhookName: string;
  readonly brokenMonitorId: number;
}

/** The webhook's payload as a person pastes it from iLert's guide, with a field of their own: pretty-printed, two-space indent. */
export const HAND_MADE_PAYLOAD = JSON.stringify({ ...ILERT_TEMPLATE, service: "checkout" }, null, 2);

export async function makeSetupByHand(fakes: RunningFakes): Promise<HandMadeSetup> {
  const ilert = (method: string, path: string, body?: unknown) => byHand(fakes, "ilert", method, path, body);
  const datadog = (method: string, path: string, body?: unknown) => byHand(fakes, "datadog", method, path, body);
  const schedule = await ilert("POST", "/api/schedules", {
    name: "Checkout on-call",
    timezone: "Europe/Berlin",
    type: "RECURRING",
    scheduleLayers: [{ name: "Weekly", startsOn: "2026-01-05T09:00", users: [{ id: 1001 }, { id: 1002 }], rotation: "P7D" }],
    showGaps: true,
    defaultShiftDuration: "PT12H",
    teams: [{ id: 1200 }],
  });
  const policy = await ilert("POST", "/api/escalation-policies", {
    name: "Checkout",
    escalationRules: [
      { escalationTimeout: 15, schedule: { id: schedule.id } },
      { escalationTimeout: 30, user: { id: 1003 } },
    ],
    repeating: true,
    frequency: 2,
    teams: [{ id: 1201 }, { id: 1200 }],
  });
  const source = await ilert("POST", "/api/alert-sources", {
    name: "Checkout (Datadog)",
    integrationType: "DATADOG",
    escalationPolicy: { id: policy.id },
    alertCreation: "ONE_OPEN_ALERT_ALLOWED",
    alertPriorityRule: "HIGH",
    active: true,
    autoResolutionTimeout: "PT4H",
    summaryTemplate: { textTemplate: "{{ title }} ({{ service }})" },
    teams: [{ id: 1200 }, { id: 1201 }],
  });
  const webhookName = "ilert-checkout";
  await datadog("POST", "/api/v1/integration/webhooks/configuration/webhooks", {
    name: webhookName,
    url: source.integrationUrl,
    payload: HAND_MADE_PAYLOAD,
    encode_as: "json",
  });
  const monitorMessage =
    "Checkout errors are above 50.\n@webhook-ilert-checkout please look at the checkout dashboard.\nRunbook: https://wiki.example.com/checkout";
  const monitor = await datadog("POST", "/api/v1/monitor", {
    name: "Checkout errors",
    type: "query alert",
    query: "sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50",
    message: monitorMessage,
    priority: 2,
    tags: ["team:checkout", "env:prod"],
    // What the UI sends besides the thresholds is UNCERTAIN: these are the options the Datadog
    // provider itself sends (new_host_delay, include_tags, require_full_window), some set otherwise.
    options: {
      thresholds: { critical: 50, warning: 20 },
      notify_no_data: false,
      include_tags: true,
      require_full_window: false,
      new_host_delay: 300,
      new_group_delay: 60,
      renotify_interval: 30,
      notify_audit: false,
    },
  });

  // Left alone: a DATADOG source without a webhook, a webhook posting nowhere, a mention of a webhook that is gone.
  const unwebhooked = await ilert("POST", "/api/alert-sources", {
    name: "Search (Datadog)",
    integrationType: "DATADOG",
    escalationPolicy: { id: 2300 },
  });
  const strayWebhookName = "ilert-legacy";
  await datadog("POST", "/api/v1/integration/webhooks/configuration/webhooks", {
    name: strayWebhookName,
    url: `${fakes.ilertServer.url}/api/v1/events/datadog/il1datnotakey`,
    encode_as: "json",
  });
  const broken = await datadog("POST", "/api/v1/monitor", {
    name: "Legacy latency",
    type: "query alert",
    query: "avg(last_5m):avg:legacy.latency{*} > 2",
    message: "Slow. @webhook-ilert-legacy @webhook-ilert-gone",
    options: { thresholds: { critical: 2 } },
  });
  return {
    scheduleId: schedule.id,
    policyId: policy.id,
    sourceId: source.id,
    integrationKey: source.integrationKey,
    webhookName,
    payload: HAND_MADE_PAYLOAD,
    monitorId: monitor.id,
    monitorMessage,
    unwebhookedSourceId: unwebhooked.id,
    strayWebhookName,
    brokenMonitorId: broken.id,
  };
}
