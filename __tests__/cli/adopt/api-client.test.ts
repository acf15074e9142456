import { ApiClient, NotFound } from "../../../cli/adopt/api-client";
import { readCredentials } from "../../../cli/adopt/credentials";
import { ENV } from "../../helpers/adopt-accounts";

const access = readCredentials(ENV).ilert;
const answer = (status: number, body: string) => async () => new Response(body, { status });
const failing = (error: Error) => async (): Promise<Response> => Promise.reject(error);
const message = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (e: Error) => `${e.name}: ${e.message}`,
  );

describe("ApiClient", () => {
  test("GETs the path with the query (list values repeated) and the credentials, and parses the JSON", async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const client = new ApiClient(access, async (url, init) => {
      seen.push({ url, headers: init.headers });
      return new Response('[{"id":1}]', { status: 200 });
    });
    expect(await client.get("/api/alert-sources/1", { include: ["a", "b"], "max-results": 50 })).toEqual([{ id: 1 }]);
    expect(seen).toEqual([
      {
        url: "https://ilert.example.test/api/alert-sources/1?include=a&include=b&max-results=50",
        headers: { accept: "application/json", authorization: "Bearer token" },
      },
    ]);
  });

  test("a 404 is NotFound, which callers expect for some reads", async () => {
    await expect(new ApiClient(access, answer(404, "{}")).get("/api/x")).rejects.toBeInstanceOf(NotFound);
  });

  test.each([
    [
      answer(401, '{"message":"bad token"}'),
      "AdoptError: iLert refused the credentials (401: bad token) for GET /api/x: check ILERT_API_TOKEN (adopt needs read access to the account) and that ILERT_ENDPOINT names the account's API (now https://ilert.example.test)",
    ],
    [
      answer(403, '{"errors":["Forbidden"]}'),
      "AdoptError: iLert refused the credentials (403: Forbidden) for GET /api/x: check ILERT_API_TOKEN (adopt needs read access to the account) and that ILERT_ENDPOINT names the account's API (now https://ilert.example.test)",
    ],
    [answer(500, "oops"), "AdoptError: iLert answered 500 to GET /api/x; adopt only reads, try again later or check ILERT_ENDPOINT"],
    [
      answer(200, "<html>login</html>"),
      "AdoptError: iLert answered GET /api/x with something that is not JSON (\"<html>login</html>\"); is ILERT_ENDPOINT (https://ilert.example.test) the API's address? set ILERT_ENDPOINT to the API's address (unset, it is https://api.ilert.com)",
    ],
    [
      failing(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })),
      "AdoptError: cannot reach iLert at https://ilert.example.test (GET /api/x): ECONNREFUSED; set ILERT_ENDPOINT to the API's address (unset, it is https://api.ilert.com)",
    ],
    [
      failing(Object.assign(new Error("timed out"), { name: "TimeoutError" })),
      "AdoptError: cannot reach iLert at https://ilert.example.test (GET /api/x): no answer within 30 s; set ILERT_ENDPOINT to the API's address (unset, it is https://api.ilert.com)",
    ],
  ])("every failure is one line naming the API, the request and the fix (%#)", async (fetch, expected) => {
    expect(await message(new ApiClient(access, fetch).get("/api/x"))).toBe(expected);
  });

  test("the token is never in a message", async () => {
    expect(await message(new ApiClient(access, answer(401, "{}")).get("/api/x"))).not.toContain("Bearer");
  });
});
