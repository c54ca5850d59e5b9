import type { SimRequest } from '../sim-server.js';

/**
 * Zendesk's two pagination styles over an already ordered list:
 *
 * - cursor, when any `page[…]` parameter is present: `page[size]` (≤ 100), `page[after]`,
 *   `page[before]` → `meta: {has_more, after_cursor, before_cursor}` and `links: {next, prev}`. A
 *   cursor names the record it points at and the order it was issued for.
 * - offset otherwise: `page`, `per_page` (≤ 100, default 100) → `count`, `next_page`,
 *   `previous_page`; list endpoints stop at page 100, search at the 1000th result.
 */

export const MAX_PAGE_SIZE = 100;

/** A paging failure, answered with Zendesk's `{error, description}` body. */
export class PagingError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

export interface PagingOptions<T> {
  /** The order the list is in; a cursor issued for another order is refused. */
  order: string;
  /** What a cursor points at: an id (a tag has only its name). */
  idOf(item: T): bigint | string;
  /** Whether the endpoint offers cursor pagination (search does not). */
  cursor: boolean;
  /** Offset pages served (list endpoints: 100). */
  maxPage?: number;
  /** Results reachable by offset (search: 1000). */
  maxResults?: number;
}

export interface Paged<T> {
  records: T[];
  /** The pagination fields of the envelope. */
  envelope: Record<string, unknown>;
}

const encodeCursor = (order: string, id: bigint | string): string => Buffer.from(JSON.stringify({ o: order, v: String(id) })).toString('base64url');

const invalid = (what: string): PagingError => new PagingError(400, 'InvalidPaginationParameter', what);

const positiveInt = (raw: string | null, name: string, fallback: number): number => {
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw invalid(`${name} must be a positive integer`);
  return value;
};

const urlWith = (request: SimRequest, changes: Record<string, string | null>): string => {
  const query = new URLSearchParams(request.query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) query.delete(key);
    else query.set(key, value);
  }
  return `http://${request.headers.host ?? '127.0.0.1'}${request.path}?${query.toString()}`;
};

/** Orders records by a value then id, both ascending or both descending (so one order is the other reversed). */
export const sortRecords = <T>(items: readonly T[], value: (item: T) => string | bigint, idOf: (item: T) => bigint, descending: boolean): T[] =>
  [...items].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const byValue = x < y ? -1 : x > y ? 1 : idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0;
    return descending ? -byValue : byValue;
  });

export const paginate = <T>(request: SimRequest, items: readonly T[], options: PagingOptions<T>): Paged<T> => {
  const { query } = request;
  const usesCursor = ['page[size]', 'page[after]', 'page[before]'].some((key) => query.has(key));
  if (usesCursor && options.cursor) {
    if (query.has('page')) throw invalid('page cannot be combined with page[size], page[after] or page[before]');
    const size = positiveInt(query.get('page[size]'), 'page[size]', MAX_PAGE_SIZE);
    if (size > MAX_PAGE_SIZE) throw invalid(`page[size] must be at most ${MAX_PAGE_SIZE}`);
    const after = query.get('page[after]');
    const before = query.get('page[before]');
    if (after !== null && before !== null) throw invalid('page[after] and page[before] cannot be combined');
    const position = (cursor: string, name: string): number => {
      let decoded: { o?: unknown; v?: unknown };
      try {
        decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; v?: unknown };
      } catch {
        throw invalid(`${name} is not a valid cursor`);
      }
      const index = items.findIndex((item) => String(options.idOf(item)) === decoded.v);
      if (decoded.o !== options.order || index < 0) throw invalid(`${name} is not a valid cursor for this request`);
      return index;
    };
    let records: T[];
    let hasMore: boolean;
    if (before !== null) {
      const end = position(before, 'page[before]');
      const start = Math.max(0, end - size);
      records = items.slice(start, end);
      hasMore = start > 0;
    } else {
      const start = after === null ? 0 : position(after, 'page[after]') + 1;
      records = items.slice(start, start + size);
      hasMore = start + size < items.length;
    }
    const first = records[0];
    const last = records.at(-1);
    const afterCursor = last === undefined ? null : encodeCursor(options.order, options.idOf(last));
    const beforeCursor = first === undefined ? null : encodeCursor(options.order, options.idOf(first));
    return {
      records,
      envelope: {
        meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
        links: {
          next: afterCursor === null ? null : urlWith(request, { 'page[after]': afterCursor, 'page[before]': null, 'page[size]': String(size) }),
          prev: beforeCursor === null ? null : urlWith(request, { 'page[before]': beforeCursor, 'page[after]': null, 'page[size]': String(size) }),
        },
      },
    };
  }

  const page = positiveInt(query.get('page'), 'page', 1);
  const perPage = Math.min(MAX_PAGE_SIZE, positiveInt(query.get('per_page'), 'per_page', MAX_PAGE_SIZE));
  if (options.maxPage !== undefined && page > options.maxPage) {
    throw invalid(`offset pagination is limited to the first ${options.maxPage} pages: use cursor pagination (page[size]) instead`);
  }
  if (options.maxResults !== undefined && page * perPage > options.maxResults) {
    throw new PagingError(422, 'invalid', `search results are limited to the first ${options.maxResults} results (page * per_page)`);
  }
  const start = (page - 1) * perPage;
  const hasNext = start + perPage < items.length && (options.maxPage === undefined || page < options.maxPage);
  return {
    records: items.slice(start, start + perPage),
    envelope: {
      count: items.length,
      next_page: hasNext ? urlWith(request, { page: String(page + 1), per_page: String(perPage) }) : null,
      previous_page: page > 1 ? urlWith(request, { page: String(page - 1), per_page: String(perPage) }) : null,
    },
  };
};
