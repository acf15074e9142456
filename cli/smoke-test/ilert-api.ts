import { HttpAnswer, NoAnswer, request } from "./http-json";

/**
 * The iLert REST API reads of the smoke test, each an operation of iLert's published API reference
 * ("ilert REST API" OpenAPI document): `GET /api/alert-sources/{id}`, `GET /api/alerts` and
 * `GET /api/alerts/{id}`, with the API token as `Authorization: Bearer`. What the reference leaves
 * UNCERTAIN is decided here, and only here: the list's filter names, and how the smoke test's own
 * alert is told from others.
 */

/** Where and as whom: the endpoint (`ILERT_ENDPOINT`, default `https://api.ilert.com`) and the API token. */
export interface IlertApi {
  readonly endpoint: string;
  readonly token: string;
}

/** iLert's API endpoint when none is configured (the provider's and ilert-go's default). */
export const ILERT_DEFAULT_ENDPOINT = "https://api.ilert.com";

/** An alert as the smoke test reads it (iLert's `Alert`: the fields it checks). */
export interface IlertAlert {
  readonly id: number;
  readonly status: string;
  readonly summary?: string;
  readonly alertKey?: string;
  readonly priority?: string;
  readonly reportTime?: string;
  readonly alertSource?: { readonly id?: number };
  readonly escalationPolicy?: { readonly id?: number; readonly name?: string };
}

/** The alert source `id`. */
export function readAlertSource(api: IlertApi, id: string): Promise<HttpAnswer | NoAnswer> {
  return get(api, `/api/alert-sources/${encodeURIComponent(id)}`);
}

/**
 * The alerts of alert source `sourceId` reported since `since`, newest first (one page of 100, the
 * most the API returns: the smoke test's alert is among the newest). UNCERTAIN: the reference names
 * the source filter `sources`, ilert-go sends `alert-source`; the reference's name is sent, and the
 * smoke test also checks each alert's source itself ({@link isSmokeAlert}), so a filter the API
 * ignored costs a longer list, never a wrong answer.
 */
export function listAlerts(api: IlertApi, sourceId: string, since: Date): Promise<HttpAnswer | NoAnswer> {
  const query = new URLSearchParams({ sources: sourceId, from: since.toISOString(), "max-results": "100" });
  return get(api, `/api/alerts?${query}`);
}

/** The alert `id`. */
export function readAlert(api: IlertApi, id: number): Promise<HttpAnswer | NoAnswer> {
  return get(api, `/api/alerts/${id}`);
}

/**
 * Whether `alert` is the one the smoke test opened on source `sourceId`: on that source, and keyed
 * by the event's `alert_id` or summarised with the smoke test's marker. UNCERTAIN: iLert does not
 * document the alert key of its Datadog integration (believed to be `alert_id`) nor which template
 * makes the summary (the library's default summarises with the event's title, which carries the marker).
 */
export function isSmokeAlert(alert: IlertAlert, sourceId: string, alertKey: string, marker: string): boolean {
  return String(alert.alertSource?.id) === sourceId && (alert.alertKey === alertKey || (alert.summary ?? "").includes(marker));
}

function get(api: IlertApi, path: string): Promise<HttpAnswer | NoAnswer> {
  return request(`${api.endpoint.replace(/\/+$/, "")}${path}`, {
    headers: { authorization: `Bearer ${api.token}`, accept: "application/json" },
  });
}
