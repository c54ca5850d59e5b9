import { z } from 'zod';
import type { Page, PageRequest } from '../../pagination/page.js';
import { decodeJsonCursor, encodeJsonCursor } from './json-cursor.js';
import { keysetPage } from '../../pagination/keyset.js';

/**
 * Relay paging over an upstream list that comes whole in one response (Pylon's `GET /users`, which
 * takes no paging parameters). The list is ordered by each record's key, so the order does not depend
 * on the upstream's; an edge's cursor is its key, and every page reads the list again and keeps what
 * lies beyond that key, so records added or removed elsewhere move no reader.
 */
export const wholeListPage = <W, D>(
  page: PageRequest,
  fetchAll: () => Promise<readonly W[]>,
  keyOf: (item: W) => string,
  map: (item: W) => D,
  what: string,
): Promise<Page<D>> =>
  keysetPage(
    page,
    {
      async fetch(reversed, from, limit) {
        const all = [...(await fetchAll())].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
        const ordered = reversed ? all.reverse() : all;
        const beyond = from === undefined ? ordered : ordered.filter((item) => (reversed ? keyOf(item) < from : keyOf(item) > from));
        return { items: beyond.slice(0, limit), hasMore: beyond.length > limit, total: all.length };
      },
      keyOf,
      encode: (key) => encodeJsonCursor({ k: key }),
      decode: (cursor) => decodeJsonCursor(cursor, z.strictObject({ k: z.string() }), `invalid cursor for ${what}`).k,
    },
    map,
  );
