import { GatewayError, badInput } from '../../domain/errors.js';
import type { Edge, PageRequest } from '../../pagination/page.js';

/**
 * Relay paging over Zendesk's offset pagination (`page`, `per_page`, a total `count`), which search
 * and sorted ticket lists use. An edge cursor is the edge's absolute position in the list, so `after`
 * and `before` both work and `last` alone reads from the end. A window of positions is served by the
 * one `per_page` whose page holds it whole, or else by two pages of the largest size.
 *
 * Offsets shift when records change between requests, so a page may repeat or skip a record that
 * moved; Zendesk documents the same of its own offset pagination.
 */

export interface OffsetLimits {
  maxPerPage: number;
  /** The last page number served (List Tickets: 100), if limited. */
  maxPage?: number;
  /** Results reachable at all (search: 1000): `page * per_page` must stay within it. */
  maxResults?: number;
  /** Names the listing in errors. */
  what: string;
}

export interface OffsetPage<T> {
  items: T[];
  count: number;
}

export type FetchOffsetPage<T> = (page: number, perPage: number) => Promise<OffsetPage<T>>;

export interface OffsetWindow<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | null;
}

interface PageCall {
  page: number;
  perPage: number;
}

const PREFIX = 'of1.';

const encodePosition = (position: number): string => `${PREFIX}${position}`;

const decodePosition = (argName: 'after' | 'before', cursor: string): number => {
  const match = /^of1\.(\d{1,9})$/.exec(cursor);
  if (!match) throw badInput(`\`${argName}\` is not a cursor of this listing`);
  return Number(match[1]);
};

/** How many leading results the endpoint lets one reach at all. */
export const reachableResults = (limits: OffsetLimits): number =>
  Math.min(limits.maxResults ?? Infinity, (limits.maxPage ?? Infinity) * limits.maxPerPage);

const fits = (call: PageCall, limits: OffsetLimits): boolean =>
  call.page <= (limits.maxPage ?? Infinity) && call.page * call.perPage <= (limits.maxResults ?? Infinity);

/**
 * The page calls that cover positions [start, end), for end - start <= maxPerPage and end within
 * reach: one call where some page size holds the window whole, else consecutive pages of the largest
 * size (at most two, and within reach because maxResults is a multiple of maxPerPage).
 */
export const offsetCalls = (start: number, end: number, limits: OffsetLimits): PageCall[] => {
  for (let perPage = end - start; perPage <= limits.maxPerPage; perPage++) {
    const page = Math.floor(start / perPage) + 1;
    if (Math.floor((end - 1) / perPage) + 1 === page && fits({ page, perPage }, limits)) return [{ page, perPage }];
  }
  const perPage = limits.maxPerPage;
  const first = Math.floor(start / perPage) + 1;
  const last = Math.floor((end - 1) / perPage) + 1;
  return Array.from({ length: last - first + 1 }, (_, i) => ({ page: first + i, perPage }));
};

const beyondReach = (limits: OffsetLimits): GatewayError =>
  new GatewayError(
    'CAPABILITY_UNSUPPORTED',
    `${limits.what} reach only the first ${reachableResults(limits)} results: narrow the filter or reverse the order`,
  );

export const readOffsetWindow = async <T>(request: PageRequest, fetch: FetchOffsetPage<T>, limits: OffsetLimits): Promise<OffsetWindow<T>> => {
  const reach = reachableResults(limits);
  let start: number;
  let end: number;
  if (request.first !== undefined) {
    start = request.after === undefined ? 0 : decodePosition('after', request.after) + 1;
    end = start + request.first;
    if (start >= reach) throw beyondReach(limits);
  } else if (request.before !== undefined) {
    end = decodePosition('before', request.before);
    start = Math.max(0, end - request.last);
    if (start === end) return { edges: [], hasNextPage: true, hasPreviousPage: false, totalCount: null };
  } else {
    // The end is only known from a count: the first page tells it, and is the answer for short lists.
    const probe = await fetch(1, request.last);
    if (probe.count <= request.last) return windowOf(probe.items.map((item, i) => [i, item]), 0, probe.count);
    if (probe.count > reach) throw beyondReach(limits);
    end = probe.count;
    start = end - request.last;
  }
  end = Math.min(end, reach);
  const calls = offsetCalls(start, end, limits);
  const pages = await Promise.all(calls.map((call) => fetch(call.page, call.perPage)));
  const positioned: [number, T][] = [];
  pages.forEach((page, i) => {
    const offset = ((calls[i] as PageCall).page - 1) * (calls[i] as PageCall).perPage;
    page.items.forEach((item, k) => {
      if (offset + k >= start && offset + k < end) positioned.push([offset + k, item]);
    });
  });
  return windowOf(positioned, start, (pages.at(-1) as OffsetPage<T>).count);
};

const windowOf = <T>(positioned: readonly [number, T][], start: number, count: number): OffsetWindow<T> => {
  const last = positioned.at(-1)?.[0] ?? start - 1;
  return {
    edges: positioned.map(([position, node]) => ({ node, cursor: encodePosition(position) })),
    hasNextPage: last + 1 < count,
    hasPreviousPage: start > 0,
    totalCount: count,
  };
};
