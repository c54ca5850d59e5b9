import { z } from 'zod';
import type { Edge, PageRequest } from './page.js';
import { GatewayError, badInput } from '../domain/errors.js';

/**
 * Relay paging over an upstream whose pages carry opaque cursors (`after_cursor`/`before_cursor`
 * style): every edge gets a cursor of its own that works as `after` and `before`.
 *
 * An edge cursor records the upstream request that fetched its page, its index there, and that page's
 * own upstream cursors. Resuming after the last edge of a page (the usual case) continues with the
 * page's after-cursor: one request. Resuming after an edge in the middle of a page fetches that page
 * again and goes on from there.
 *
 * The upstream contract assumed: a page lists items in the upstream's order; `after: c` gives the
 * items right after the item `c` points at, `before: c` the `size` items right before it; the page's
 * after-cursor points at its last item and its before-cursor at its first. `reversed` asks for the
 * list in the opposite order (a connector flips its sort), which is how `last` without `before` reads
 * from the end.
 */

export interface UpstreamPageQuery {
  after?: string;
  before?: string;
  size: number;
  reversed: boolean;
}

export interface UpstreamPage<T> {
  /** In the order the upstream returned them for this query. */
  items: T[];
  afterCursor: string | null;
  beforeCursor: string | null;
  /** Whether more items lie beyond this page in the direction the query walked (backward for `before`). */
  hasMore: boolean;
}

export type FetchUpstreamPage<T> = (query: UpstreamPageQuery) => Promise<UpstreamPage<T>>;

export interface CursorPage<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface PageCursorOptions {
  /** Whether the upstream can list in reverse order; without it `last` needs a `before`. */
  reversible: boolean;
  /** Names the listing in errors ("Zendesk users", say). */
  what: string;
}

const PREFIX = 'pc1.';

const querySchema = z
  .object({
    after: z.string().optional(),
    before: z.string().optional(),
    size: z.number().int().min(1),
    reversed: z.boolean(),
  })
  .strict();

const stateSchema = z
  .object({
    /** The upstream request that fetched the edge's page. */
    q: querySchema,
    /** The edge's index in the page, in presented order. */
    i: z.number().int().min(0),
    /** How many items that page held. */
    n: z.number().int().min(1),
    a: z.string().nullable(),
    b: z.string().nullable(),
  })
  .strict();
type EdgeState = z.infer<typeof stateSchema>;

/** A fetched page in presented order (the order the caller asked for), with what lies around it. */
interface Fetched<T> {
  q: UpstreamPageQuery;
  items: T[];
  a: string | null;
  b: string | null;
  moreAhead: boolean;
  moreBehind: boolean;
}

type PageRef = Pick<EdgeState, 'q' | 'a' | 'b'>;

const encodeState = (state: EdgeState): string => PREFIX + Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');

const decodeState = (argName: 'after' | 'before', cursor: string): EdgeState => {
  const invalid = badInput(`\`${argName}\` is not a cursor of this listing`);
  if (!cursor.startsWith(PREFIX)) throw invalid;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success || parsed.data.i >= parsed.data.n) throw invalid;
  return parsed.data;
};

/** The query for the items presented right after a page (its after-cursor, or before-cursor when reversed). */
const nextQuery = (page: PageRef, size: number): UpstreamPageQuery | null => {
  if (page.q.reversed) return page.b === null ? null : { before: page.b, size, reversed: true };
  return page.a === null ? null : { after: page.a, size, reversed: false };
};

const previousQuery = (page: PageRef, size: number): UpstreamPageQuery | null => {
  if (page.q.reversed) return page.a === null ? null : { after: page.a, size, reversed: true };
  return page.b === null ? null : { before: page.b, size, reversed: false };
};

export const readPageCursors = async <T>(
  request: PageRequest,
  fetchPage: FetchUpstreamPage<T>,
  options: PageCursorOptions,
): Promise<CursorPage<T>> => {
  const fetchPresented = async (q: UpstreamPageQuery): Promise<Fetched<T>> => {
    const page = await fetchPage(q);
    // A query walks forward in presented order when it goes `after` in natural order or `before` in reverse.
    const walksForward = q.reversed === (q.before !== undefined);
    const cameFromSomewhere = q.after !== undefined || q.before !== undefined;
    return {
      q,
      items: q.reversed ? [...page.items].reverse() : page.items,
      a: page.afterCursor,
      b: page.beforeCursor,
      moreAhead: walksForward ? page.hasMore : cameFromSomewhere,
      moreBehind: walksForward ? cameFromSomewhere : page.hasMore,
    };
  };
  const edgeOf = (page: Fetched<T>, index: number): Edge<T> => ({
    node: page.items[index] as T,
    cursor: encodeState({ q: page.q, i: index, n: page.items.length, a: page.a, b: page.b }),
  });

  if (request.first !== undefined) {
    const size = request.first;
    let current: Fetched<T>;
    let start: number;
    if (request.after === undefined) {
      current = await fetchPresented({ size, reversed: false });
      start = 0;
    } else {
      const from = decodeState('after', request.after);
      const next = nextQuery(from, size);
      if (from.i < from.n - 1) {
        current = await fetchPresented(from.q);
        start = from.i + 1;
      } else if (next) {
        current = await fetchPresented(next);
        start = 0;
      } else {
        return { edges: [], hasNextPage: false, hasPreviousPage: true };
      }
    }
    const hasPreviousPage = start > 0 || current.moreBehind;
    const edges: Edge<T>[] = [];
    for (;;) {
      const end = Math.min(current.items.length, start + size - edges.length);
      for (let i = start; i < end; i++) edges.push(edgeOf(current, i));
      if (edges.length === size) {
        return { edges, hasNextPage: end < current.items.length || current.moreAhead, hasPreviousPage };
      }
      const next = current.moreAhead ? nextQuery(current, size - edges.length) : null;
      const fetched = next ? await fetchPresented(next) : null;
      // An empty page ends the walk even if the upstream claims more, so a bad upstream cannot loop us.
      if (!fetched || fetched.items.length === 0) return { edges, hasNextPage: false, hasPreviousPage };
      current = fetched;
      start = 0;
    }
  }

  const size = request.last;
  let current: Fetched<T>;
  let end: number;
  if (request.before === undefined) {
    if (!options.reversible) {
      throw new GatewayError('CAPABILITY_UNSUPPORTED', `${options.what} cannot be read from the end: pass \`before\` with \`last\``);
    }
    current = await fetchPresented({ size, reversed: true });
    end = current.items.length;
  } else {
    const from = decodeState('before', request.before);
    const previous = previousQuery(from, size);
    if (from.i > 0) {
      current = await fetchPresented(from.q);
      end = Math.min(from.i, current.items.length);
    } else if (previous) {
      current = await fetchPresented(previous);
      end = current.items.length;
    } else {
      return { edges: [], hasNextPage: true, hasPreviousPage: false };
    }
  }
  const hasNextPage = end < current.items.length || current.moreAhead;
  const edges: Edge<T>[] = [];
  for (;;) {
    const start = Math.max(0, end - (size - edges.length));
    edges.unshift(...Array.from({ length: end - start }, (_, k) => edgeOf(current, start + k)));
    if (edges.length === size) return { edges, hasNextPage, hasPreviousPage: start > 0 || current.moreBehind };
    const previous = current.moreBehind ? previousQuery(current, size - edges.length) : null;
    const fetched = previous ? await fetchPresented(previous) : null;
    if (!fetched || fetched.items.length === 0) return { edges, hasNextPage, hasPreviousPage: false };
    current = fetched;
    end = current.items.length;
  }
};
