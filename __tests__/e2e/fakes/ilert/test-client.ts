import { ApiError, FakeResponse } from "../fake-server";
import { IlertFake, IlertSeed } from "./ilert-fake";

/** The iLert fake as its unit tests call it: in process, the way FakeServer passes requests. */

export const TOKEN = "test-token";
export const BASE_URL = "http://127.0.0.1:9999";
export const SEED: IlertSeed = {
  users: [
    { id: 11, email: "alice@example.com", firstName: "Alice", lastName: "A" },
    { id: 12, email: "bob@example.com" },
  ],
  teams: [
    { id: 30, name: "Payments" },
    { id: 20, name: "Search" },
  ],
  escalationPolicies: [{ id: 40, name: "Search on-call" }],
};

export function newFake(seed: IlertSeed = SEED): IlertFake {
  const fake = new IlertFake({ seed, apiToken: TOKEN });
  fake.baseUrl = BASE_URL;
  return fake;
}

/** One request the way FakeServer passes it, with the ApiError a refusal throws turned into its response. */
export function call(fake: IlertFake, method: string, url: string, body?: unknown, token: string | null = TOKEN): FakeResponse {
  const { pathname, searchParams } = new URL(url, BASE_URL);
  const headers = token === null ? {} : { authorization: `Bearer ${token}` };
  try {
    const request = { method, path: pathname, query: searchParams, headers, body };
    fake.authenticate(request);
    return fake.handle(request);
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, body: e.body };
    throw e;
  }
}

/** The message of a refusal. */
export function messageOf(response: FakeResponse): string {
  return (response.body as { message: string }).message;
}

/** The id of a created object. */
export function idOf(response: FakeResponse): number {
  if (response.status !== 201) throw new Error(`not created: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: number }).id;
}
