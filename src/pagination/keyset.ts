import type { Page, PageRequest } from './page.js';
import { lazyEdge } from './edge.js';

/**
 * Relay paging over an upstream that lists strictly beyond a key in either direction (a timestamp
 * cursor, or a filter on the sort key). Forward pages ask in the list's own order from the `after`
 * key; backward pages ask in the reversed order from the `before` key and are turned round, so `last`
 * alone gives the last n items. An edge's cursor is its own key, so it serves as `after` and `before`.
 */

export interface KeysetList<W> {
  /** In the order asked for (reversed when `reversed`). */
  items: W[];
  /** Whether more items lie beyond this page in the order asked for. */
  hasMore: boolean;
  total: number | null;
}

export interface KeysetSource<W, K> {
  /** Up to `limit` items strictly beyond `from` (from the start when undefined), in the list's order or reversed. */
  fetch(reversed: boolean, from: K | undefined, limit: number): Promise<KeysetList<W>>;
  keyOf(item: W): K;
  encode(key: K): string;
  decode(cursor: string): K;
}

export const keysetPage = async <W, K, D>(page: PageRequest, source: KeysetSource<W, K>, map: (item: W) => D): Promise<Page<D>> => {
  const edgesOf = (items: readonly W[]) => items.map((item) => lazyEdge(map(item), () => source.encode(source.keyOf(item))));
  if (page.first !== undefined) {
    const after = page.after === undefined ? undefined : source.decode(page.after);
    const list = await source.fetch(false, after, page.first);
    return { edges: edgesOf(list.items), hasNextPage: list.hasMore, hasPreviousPage: after !== undefined, totalCount: list.total };
  }
  const before = page.before === undefined ? undefined : source.decode(page.before);
  const list = await source.fetch(true, before, page.last);
  return { edges: edgesOf([...list.items].reverse()), hasNextPage: before !== undefined, hasPreviousPage: list.hasMore, totalCount: list.total };
};
