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

/** A list endpoint's page (`start-index`, `max-results`, as ilert-go sends them). */
export function page<T>(items: Iterable<T>, query: URLSearchParams, maxResults = 50): T[] {
  const start = Number(query.get("start-index") ?? 0);
  const max = Number(query.get("max-results") ?? maxResults);
  return [...items].slice(start, start + max);
}

/** Drops the optional fields the request did not ask for with `include=...` (the API answers them only on demand). */
export function withIncludes<T extends object>(entity: T, optional: readonly string[], query: URLSearchParams): Partial<T> {
  const asked = new Set(query.getAll("include"));
  return Object.fromEntries(Object.entries(entity).filter(([field]) => !optional.includes(field) || asked.has(field))) as Partial<T>;
}
