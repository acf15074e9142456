import type { FakeRequest, FakeResponse } from "../fake-server";
import { badRequest } from "./errors";

/** One endpoint: `path` is anchored, its groups are passed to `handle` in order. */
export interface Route {
  readonly method: string;
  readonly path: RegExp;
  handle(request: FakeRequest, params: string[]): FakeResponse;
}

/** `:id` in a route pattern: an int64 path segment. */
export const ID = "(\\d+)";
/** `:name` in a route pattern: any one path segment (already URL-decoded). */
export const NAME = "([^/]+)";

export function route(method: string, pattern: string, handle: Route["handle"]): Route {
  return { method, path: new RegExp(`^${pattern}$`), handle };
}

/**
 * Finds the route for a request. The real API answers an unknown path with 404, but the provider reads
 * a 404 as "deleted" and would drop the resource from state silently: a request the fake does not
 * model is a 400 instead, so it fails loudly (as in the Datadog fake).
 */
export function dispatch(routes: Route[], request: FakeRequest): FakeResponse {
  for (const r of routes) {
    const match = r.method === request.method ? r.path.exec(request.path) : null;
    if (match) return r.handle(request, match.slice(1));
  }
  throw badRequest(`the iLert fake does not model ${request.method} ${request.path}`);
}

/** Whether a route answers `method` `path` (the fake's coverage test asks). */
export function routes(routes: Route[], method: string, path: string): boolean {
  return routes.some((r) => r.method === method && r.path.test(path));
}

export const ok = (body: unknown): FakeResponse => ({ status: 200, body });
export const created = (body: unknown): FakeResponse => ({ status: 201, body });
export const noContent = (): FakeResponse => ({ status: 204 });

/**
 * A list endpoint's page (`start-index`, 0-based, and `max-results`, as ilert-go and the API's
 * OpenAPI document name them): `defaultSize` items when `max-results` is not sent, at most `maxSize`
 * (the document's default and maximum for the endpoint). A bare array, no total: a client reads on
 * until a page comes back short or empty. UNCERTAIN: what the API does with a `max-results` above
 * its maximum (the fake answers the maximum, a client stopping at a short page then stops early),
 * and how it refuses a value that is not a whole number (the fake: 400).
 */
export function page<T>(items: Iterable<T>, query: URLSearchParams, defaultSize = 50, maxSize = defaultSize): T[] {
  const number = (name: string, fallback: number): number => {
    const text = query.get(name);
    if (text === null) return fallback;
    if (!/^\d+$/.test(text)) throw badRequest(`${name}: "${text}" is not a whole number`);
    return Number(text);
  };
  const start = number("start-index", 0);
  const size = Math.min(number("max-results", defaultSize), maxSize);
  return [...items].slice(start, start + size);
}

/** Drops the optional fields the request did not ask for with `include=...` (the API answers them only on demand). */
export function withIncludes<T extends object>(entity: T, optional: readonly string[], query: URLSearchParams): Partial<T> {
  const asked = new Set(query.getAll("include"));
  return Object.fromEntries(Object.entries(entity).filter(([field]) => !optional.includes(field) || asked.has(field))) as Partial<T>;
}
