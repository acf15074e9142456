import { AdoptError } from "../../../cli/adopt/adopt-error";
import { ApiClient } from "../../../cli/adopt/api-client";
import { checkAccess } from "../../../cli/adopt/check-access";
import { readCredentials } from "../../../cli/adopt/credentials";
import { DATADOG, ENV, ILERT, stubFetch } from "../../helpers/adopt-accounts";

/** checkAccess through the stub APIs, `refuse` answering 403 (as Datadog and iLert do) to the paths it names. */
async function check(refuse: (url: URL) => boolean = () => false) {
  const forbidden = () => new Response('{"errors":["Forbidden"]}', { status: 403 });
  const { fetch, requests } = stubFetch(undefined, { answer: (url) => (refuse(url) ? forbidden() : undefined) });
  const credentials = readCredentials(ENV);
  const error = await checkAccess(new ApiClient(credentials.ilert, fetch), new ApiClient(credentials.datadog, fetch)).then(
    () => undefined,
    (e: Error) => `${e instanceof AdoptError ? "AdoptError" : e.name}: ${e.message}`,
  );
  return { error, requests: requests.map((r) => r.url) };
}

describe("checkAccess: one cheap read per account, before either is read whole (found by a new user's walk, issue 26)", () => {
  test("the first alert source, Datadog's key check, the first monitor", async () => {
    expect(await check()).toEqual({
      error: undefined,
      requests: [
        `${ILERT}/api/alert-sources?start-index=0&max-results=1`,
        `${DATADOG}/api/v1/validate`,
        `${DATADOG}/api/v1/monitor?page=0&page_size=1`,
      ],
    });
  });

  test("refused by /api/v1/validate: the API key is wrong (it checks the API key only)", async () => {
    expect((await check((url) => url.pathname === "/api/v1/validate")).error).toBe(
      `AdoptError: Datadog refused the credentials (403: Forbidden) for GET /api/v1/validate: DD_API_KEY is refused (Datadog's /api/v1/validate checks the API key only): check it and that DD_HOST names the account's API (now ${DATADOG})`,
    );
  });

  test("refused reading monitors after a valid API key: the application key is wrong", async () => {
    expect((await check((url) => url.pathname === "/api/v1/monitor")).error).toBe(
      `AdoptError: Datadog refused the credentials (403: Forbidden) for GET /api/v1/monitor?page=0&page_size=1: DD_APP_KEY is refused (the API key passed /api/v1/validate; the application key must be of the same organisation and may read monitors): check it and that DD_HOST names the account's API (now ${DATADOG})`,
    );
  });

  test("refused by iLert: its variable, before Datadog is asked", async () => {
    expect(await check((url) => url.origin === ILERT)).toEqual({
      error: `AdoptError: iLert refused the credentials (403: Forbidden) for GET /api/alert-sources?start-index=0&max-results=1: check ILERT_API_TOKEN (adopt needs read access to the account) and that ILERT_ENDPOINT names the account's API (now ${ILERT})`,
      requests: [`${ILERT}/api/alert-sources?start-index=0&max-results=1`],
    });
  });
});
