import { expect } from 'vitest';
import type { Page, PageRequest } from '../../src/pagination/page.js';

/** One page of a connector listing, for any filter and sort the caller fixed. */
export type Lister = (page: PageRequest) => Promise<Page<{ externalId: string }>>;

/** A walk that has not ended after this many pages is going in circles. */
const MAX_PAGES = 1000;

/**
 * Walks `first: size` pages to the end and answers the ids in order, checking the Relay contract on
 * the way: full pages until the last, `hasPreviousPage` once past the start, and `total` when given.
 */
export const walkForward = async (list: Lister, size: number, total: number | null): Promise<string[]> => {
  const seen: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await list(after === undefined ? { first: size } : { first: size, after });
    if (total !== null) expect(page.totalCount).toBe(total);
    expect(page.hasPreviousPage).toBe(after !== undefined && seen.length > 0);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    seen.push(...page.edges.map((edge) => edge.node.externalId));
    if (!page.hasNextPage) return seen;
    expect(page.edges).toHaveLength(size);
    after = page.edges.at(-1)?.cursor;
  }
  throw new Error(`no end after ${MAX_PAGES} pages`);
};

/** Walks `last: size` pages back to the start; answers the ids in forward order. */
export const walkBackward = async (list: Lister, size: number, total: number | null): Promise<string[]> => {
  let seen: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await list(before === undefined ? { last: size } : { last: size, before });
    if (total !== null) expect(page.totalCount).toBe(total);
    expect(page.hasNextPage).toBe(before !== undefined && seen.length > 0);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    seen = [...page.edges.map((edge) => edge.node.externalId), ...seen];
    if (!page.hasPreviousPage) return seen;
    expect(page.edges).toHaveLength(size);
    before = page.edges[0]?.cursor;
  }
  throw new Error(`no start after ${MAX_PAGES} pages`);
};
