import type { Edge, Page, PageRequest } from './page.js';
import { badInput } from '../domain/errors.js';

/**
 * Several upstream lists read as one, one after the other (Plain's users, then its machine users).
 * An edge's cursor is its part's tag and that part's own cursor, so paging resumes inside the right
 * list; a page that ends exactly where a part ends asks the next part for one record to tell whether
 * anything follows, so `hasNextPage` never promises an empty page.
 */
export interface ListPart<T> {
  /** Short and unique among the parts; it prefixes the part's cursors. */
  tag: string;
  read(page: PageRequest): Promise<Page<T>>;
}

const SEPARATOR = ':';

const locate = <T>(parts: readonly ListPart<T>[], cursor: string): { index: number; inner: string } => {
  const at = cursor.indexOf(SEPARATOR);
  const index = at < 0 ? -1 : parts.findIndex((part) => part.tag === cursor.slice(0, at));
  if (index < 0) throw badInput('the cursor does not belong to this list');
  return { index, inner: cursor.slice(at + 1) };
};

export const concatLists = async <T>(parts: readonly ListPart<T>[], page: PageRequest): Promise<Page<T>> => {
  const forward = page.first !== undefined;
  const size = forward ? page.first : page.last;
  const from = forward ? page.after : page.before;
  // Parts in walking order: last to first when reading backward.
  const order = forward ? [...parts] : [...parts].reverse();
  const start = from === undefined ? null : locate(parts, from);
  let position = start === null ? 0 : order.indexOf(parts[start.index] as ListPart<T>);
  let inner = start?.inner;
  const edges: Edge<T>[] = [];
  let more = false;
  for (; position < order.length && !more; position++) {
    const part = order[position] as ListPart<T>;
    const wanted = size - edges.length;
    // When the page is full already, one record of a later part tells whether anything follows.
    const count = Math.max(wanted, 1);
    const got = await part.read(
      forward ? { first: count, ...(inner === undefined ? {} : { after: inner }) } : { last: count, ...(inner === undefined ? {} : { before: inner }) },
    );
    inner = undefined;
    if (wanted === 0) {
      more = got.edges.length > 0;
      continue;
    }
    const tagged = got.edges.map((edge) => ({ node: edge.node, cursor: `${part.tag}${SEPARATOR}${edge.cursor}` }));
    if (forward) edges.push(...tagged);
    else edges.unshift(...tagged);
    more = forward ? got.hasNextPage : got.hasPreviousPage;
  }
  return {
    edges,
    hasNextPage: forward ? more : from !== undefined,
    hasPreviousPage: forward ? from !== undefined : more,
    totalCount: null,
  };
};
