import { renderPayload, SampleEvent } from "../../tools/payload-preview";

/**
 * The bodies the smoke test sends: what the webhook would post for a Triggered and then a Recovered
 * monitor event, rendered from the webhook's live payload template as `ilert-datadog preview`
 * renders it (tools/payload-preview.ts), with the preview's sample values replaced by ones that say
 * what it is: a smoke test, at the lowest priority, with an alert id of its own so that it neither
 * joins nor resolves a real monitor's alert.
 */

/** What every title the smoke test sends carries: how iLert's alert (and a person) tells it is a test. */
export const SMOKE_TEST_MARKER = "[smoke test]";

/** Datadog's lowest monitor priority: the smoke test pages as little as the integration allows. */
export const SMOKE_TEST_PRIORITY = "P5";

/** One run of the smoke test through one integration. */
export interface SmokeEvent {
  /** `$ALERT_ID`: the alert key iLert groups by, unique to this run (digits, as a monitor id). */
  readonly alertId: string;
  /** The stack and the webhook under test, named in the title and the message. */
  readonly stack: string;
  readonly webhook: string;
  /** When the Triggered event happens (epoch milliseconds); Recovered follows a second later. */
  readonly date: number;
}

/** The transitions the smoke test sends. */
export type SmokeTransition = "Triggered" | "Recovered";

/** The body the webhook's `payload` template would post for `transition` of `event`. */
export function smokeEventBody(payload: string, transition: SmokeTransition, event: SmokeEvent): string {
  return renderPayload(payload, smokeSample(transition, event));
}

/** The sample event: the preview's, with every value that could read as a real incident replaced. */
export function smokeSample(transition: SmokeTransition, event: SmokeEvent): SampleEvent {
  const date = String(transition === "Triggered" ? event.date : event.date + 1000);
  const title = `[${transition}] ${SMOKE_TEST_MARKER} ilert-datadog smoke-test of ${event.stack}: @webhook-${event.webhook}`;
  const text =
    transition === "Triggered"
      ? `A test of the paging path, sent by ilert-datadog smoke-test, not by a monitor; it resolves itself within seconds. No action needed.`
      : `The smoke test's recovery: the test alert resolves. No action needed.`;
  const variables = {
    ALERT_ID: event.alertId,
    ALERT_PRIORITY: SMOKE_TEST_PRIORITY,
    ALERT_TITLE: title,
    EVENT_TITLE: title,
    EVENT_MSG: `%%%\n${text}\n%%%`,
    TEXT_ONLY_MSG: text,
    ALERT_STATUS: `${SMOKE_TEST_MARKER} ${transition}`,
    ALERT_QUERY: SMOKE_TEST_MARKER,
    ALERT_SCOPE: "",
    ALERT_METRIC: "",
    HOSTNAME: "",
    DATE: date,
    LAST_UPDATED: date,
    ID: `${event.alertId}${transition === "Triggered" ? 1 : 2}`,
    LINK: "",
  };
  const tags = { source: "ilert-datadog-smoke-test" };
  return transition === "Triggered" ? SampleEvent.triggered({ variables, tags }) : SampleEvent.recovered({ variables, tags });
}
