import { GatewayError } from '../../domain/errors.js';
import { readPageCursors, type CursorPage } from '../../pagination/page-cursors.js';
import type { PageRequest } from '../../pagination/page.js';
import type { PylonPagination } from './wire.js';

/**
 * Relay paging over a Pylon list that pages forward only (`cursor` in, `pagination.cursor` and
 * `has_next_page` out): `last` is refused, since there is no cursor to walk back with.
 */
export const pylonForwardPage = async <T>(
  page: PageRequest,
  fetch: (limit: number, cursor: string | undefined) => Promise<{ data: T[]; pagination: PylonPagination | null }>,
  connectionId: string,
  what: string,
): Promise<CursorPage<T>> => {
  if (page.first === undefined) throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connectionId}: Pylon pages ${what} forward only`, { connectionId });
  return readPageCursors(
    page,
    async ({ after, size }) => {
      const result = await fetch(size, after);
      const next = result.pagination?.has_next_page ? (result.pagination.cursor ?? null) : null;
      return { items: result.data, afterCursor: next, beforeCursor: null, hasMore: next !== null };
    },
    { reversible: false, what: `Pylon ${what}` },
  );
};
