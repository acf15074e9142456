import type { ApiClient } from "./api-client";
import { DATADOG_MONITORS, DATADOG_VALIDATE, ILERT_LISTS } from "./endpoints";

/**
 * One cheap read per account before adopt reads either whole, so that a wrong key is named at once,
 * not after every iLert list has been paged: the first alert source (iLert), Datadog's key check
 * (`GET /api/v1/validate`, which checks the API key only: a refusal there means DD_API_KEY), then
 * the first monitor (which needs the application key too: refused after a valid API key, it means
 * DD_APP_KEY). A refusal throws the client's one line ({@link AdoptError}).
 */
export async function checkAccess(ilert: ApiClient, datadog: ApiClient): Promise<void> {
  await ilert.get(ILERT_LISTS.alertSources.path, ILERT_LISTS.alertSources.paging.query(0, 0, 1));
  await datadog.get(DATADOG_VALIDATE, {}, { variable: "DD_API_KEY", because: `Datadog's ${DATADOG_VALIDATE} checks the API key only` });
  await datadog.get(DATADOG_MONITORS.path, DATADOG_MONITORS.paging.query(0, 0, 1), {
    variable: "DD_APP_KEY",
    because: `the API key passed ${DATADOG_VALIDATE}; the application key must be of the same organisation and may read monitors`,
  });
}
