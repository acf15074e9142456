import { AdoptError } from "./adopt-error";

/**
 * Reading a list page by page, as each API pages it. The facts this rests on are UNCERTAIN where the
 * vendors do not document them, and are kept here, in one place:
 * - iLert: `start-index` (0-based) and `max-results`, an answer of a bare array without a total
 *   (the OpenAPI document and ilert-go). Whether the API answers fewer items than asked for on a page
 *   that is not the last (e.g. above its maximum) is UNCERTAIN: so reading stops only at an empty
 *   page, never at a short one, at the cost of one more request per list.
 * - Datadog monitors: `page` (0-based) and `page_size` (the client's own pager uses 100); likewise
 *   read until an empty page.
 * An API that ignores the paging parameters would answer the same page again: reading stops when a
 * page brings no object not seen before.
 */

/** One list's paging: how a page is asked for, and its size. */
export interface Paging {
  /** The query parameters of page `index` (0-based), which starts at item `offset`. */
  readonly query: (index: number, offset: number, size: number) => Record<string, number>;
  /** Items per page: the API's documented maximum for the list. */
  readonly size: number;
}

/** iLert lists: `start-index` and `max-results`. */
export function ilertPaging(size: number): Paging {
  return { size, query: (_index, offset, max) => ({ "start-index": offset, "max-results": max }) };
}

/** Datadog's monitor list: `page` and `page_size`. */
export const DATADOG_MONITOR_PAGING: Paging = { size: 100, query: (index, _offset, size) => ({ page: index, page_size: size }) };

/**
 * Every item of a list: pages read one after another until an empty one (or one with nothing new),
 * `progress` told after each page (`<what>: <n> so far`). `idOf` tells items apart.
 */
export async function readAllPages<T>(
  what: string,
  paging: Paging,
  fetchPage: (query: Record<string, number>) => Promise<unknown>,
  idOf: (item: T) => string,
  progress: (line: string) => void,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for (let index = 0; ; index++) {
    const page = await fetchPage(paging.query(index, items.length, paging.size));
    if (!Array.isArray(page))
      throw new AdoptError(`${what}: the API answered a page of the list with something other than a list (${typeof page})`);
    const fresh = (page as T[]).filter((item) => !seen.has(idOf(item)));
    for (const item of fresh) seen.add(idOf(item));
    items.push(...fresh);
    if (page.length > 0) progress(`${what}: ${items.length} so far`);
    if (fresh.length === 0) return items;
  }
}
