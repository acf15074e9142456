import { datadogError } from "./api-errors";
import { modelProblems } from "./models";

/**
 * The Webhooks integration's webhooks (`/api/v1/integration/webhooks/configuration/webhooks`), keyed by
 * name, in the API's JSON shape.
 */

/** A webhook as the API returns it. */
export interface WebhookJson {
  name: string;
  url: string;
  payload: string;
  /** Present only when it was sent: Terraform would see a diff on a value it did not configure. */
  custom_headers?: string;
  encode_as: string;
}

/**
 * The payload Datadog stores when none is sent, byte for byte as the provider's acceptance test
 * records it (datadog/tests/resource_datadog_webhook_test.go).
 */
export const DEFAULT_PAYLOAD =
  '{"body": "$EVENT_MSG", "last_updated": "$LAST_UPDATED", "event_type": "$EVENT_TYPE", "title": "$EVENT_TITLE", "date": "$DATE", "org": {"id": "$ORG_ID", "name": "$ORG_NAME"}, "id": "$ID"}';

/**
 * The names the fake accepts. The real API documents no rule; a name with spaces is refused with
 * `400 {"errors":["Invalid webhook"]}` (DataDog/terraform-provider-datadog#2618). Anything beyond
 * letters, digits, `-` and `_` (what the provider's tests use, and what an `@webhook-` mention can
 * carry) is refused the same way: a conservative assumption.
 */
const NAME = /^[A-Za-z0-9_-]+$/;

export class Webhooks {
  readonly byName = new Map<string, WebhookJson>();

  /** POST: answers 201 with the stored webhook. */
  create(body: unknown): WebhookJson {
    refuseInvalid(body, "WebhooksIntegration");
    const sent = sentFields(body);
    checkName(sent.name as string);
    // The API lists no 409 for this operation (only 400, 403, 429): a duplicate is a 400.
    if (this.byName.has(sent.name as string)) throw datadogError(400, `Webhook ${sent.name} already exists`);
    const webhook = shape({ ...sent, payload: sent.payload ?? DEFAULT_PAYLOAD, encode_as: sent.encode_as ?? "json" });
    this.byName.set(webhook.name, webhook);
    return { ...webhook };
  }

  get(name: string): WebhookJson {
    return { ...this.existing(name) };
  }

  /** PUT, addressed by the current name; every field is optional, `name` renames. */
  update(name: string, body: unknown): WebhookJson {
    const current = this.existing(name);
    refuseInvalid(body, "WebhooksIntegrationUpdateRequest");
    const sent = sentFields(body);
    const newName = sent.name ?? name;
    checkName(newName);
    if (newName !== name && this.byName.has(newName)) throw datadogError(400, `Webhook ${newName} already exists`);
    const webhook = shape({ ...current, ...sent });
    this.byName.delete(name);
    this.byName.set(webhook.name, webhook);
    return { ...webhook };
  }

  /** DELETE: the API answers `{}`. */
  delete(name: string): Record<string, never> {
    this.existing(name);
    this.byName.delete(name);
    return {};
  }

  private existing(name: string): WebhookJson {
    const webhook = this.byName.get(name);
    // The real API's 404 body, as the provider's recorded acceptance test shows it.
    if (webhook === undefined) throw datadogError(404, "Webhook does not exist");
    return webhook;
  }
}

function refuseInvalid(body: unknown, model: string): void {
  const problems = modelProblems(body, model);
  if (problems.length > 0) throw datadogError(400, ...problems);
  const headers = (body as { custom_headers?: unknown }).custom_headers;
  // The docs require custom headers to be JSON; the exact refusal of other text is assumed.
  if (typeof headers === "string" && !isJsonObject(headers)) throw datadogError(400, "custom_headers: must be a JSON object");
}

/**
 * The fields of a valid body, a null one (the API lets `payload` and `custom_headers` be null) taken
 * as not sent: Datadog's default on create, the stored value on update.
 */
function sentFields(body: unknown): Partial<WebhookJson> {
  return Object.fromEntries(Object.entries(body as object).filter(([, v]) => v !== null));
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw datadogError(400, "Invalid webhook");
}

/** The stored webhook, with the API's field order and `custom_headers` only when set. */
function shape(w: Partial<WebhookJson>): WebhookJson {
  const { name, url, payload, custom_headers, encode_as } = w as WebhookJson;
  return { name, payload, ...(custom_headers === undefined ? {} : { custom_headers }), encode_as, url };
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
