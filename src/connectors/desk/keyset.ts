import { z } from 'zod';
import type { KeysetList, KeysetSource } from '../../pagination/keyset.js';
import { decodeJsonCursor, encodeJsonCursor } from '../shared/json-cursor.js';
import type { DeskFilter } from './client.js';

/**
 * Desk pages by offset (`page`, `pageSize`), and offset pages shift when tickets are added or removed
 * ahead of a reader. So no page after the first is read by offset: an edge's cursor carries its sort
 * value and id, and the next page is the first page of the same list filtered to what lies beyond that
 * key (`{$or: [{createdAt: {$lt: t}}, {createdAt: t, id: {$lt: id}}]}` newest first), which no insert
 * or delete elsewhere can move. The upstream orders ties by id in the sort direction.
 *
 * The cursor also counts the records before and after the edge (`b`, `a`), so that `totalCount` is
 * what lies ahead now (`meta.page.records` of the filtered query) plus what lay behind when the reader
 * passed it.
 */

export interface DeskKey {
  /** The edge's sort value, as the upstream wrote it. */
  t: string;
  id: number;
  /** Records before and after the edge in the list's order. */
  b: number;
  a: number;
}

export interface Positioned<T> {
  item: T;
  before: number;
  after: number;
}

const count = z.number().int().nonnegative();
const keySchema = z.strictObject({ t: z.string().min(1).max(64), id: count, b: count, a: count });

export interface DeskKeysetOptions<T> {
  /** The field the list is ordered by, as `orderBy` and `filter` name it. */
  field: string;
  direction: 'asc' | 'desc';
  /** The clauses every page applies (the reader's filter). */
  clauses: readonly DeskFilter[];
  /** Page 1 of the list with this filter and order. */
  fetch(filter: DeskFilter | undefined, orderMode: 'asc' | 'desc', pageSize: number): Promise<{ items: T[]; hasMore: boolean; records: number }>;
  sortValue(item: T): string;
  id(item: T): number;
  /** Names the list in errors. */
  what: string;
}

const flip = (mode: 'asc' | 'desc'): 'asc' | 'desc' => (mode === 'asc' ? 'desc' : 'asc');

/** Several clauses as one filter. */
export const allOf = (clauses: readonly DeskFilter[]): DeskFilter | undefined =>
  clauses.length === 0 ? undefined : clauses.length === 1 ? clauses[0] : { $and: [...clauses] };

export const deskKeyset = <T>(options: DeskKeysetOptions<T>): KeysetSource<Positioned<T>, DeskKey> => ({
  async fetch(reversed, from, limit): Promise<KeysetList<Positioned<T>>> {
    const mode = reversed ? flip(options.direction) : options.direction;
    const beyond = (key: DeskKey): DeskFilter => {
      const op = mode === 'asc' ? '$gt' : '$lt';
      return { $or: [{ [options.field]: { [op]: key.t } }, { $and: [{ [options.field]: { $eq: key.t } }, { id: { [op]: key.id } }] }] };
    };
    const page = await options.fetch(allOf([...options.clauses, ...(from ? [beyond(from)] : [])]), mode, limit);
    // Records behind the first item asked for: the cursor's own count on that side, plus the cursor's edge.
    const behind = from ? (reversed ? from.a : from.b) + 1 : 0;
    return {
      items: page.items.map((item, i) => {
        const [near, far] = [behind + i, page.records - 1 - i];
        return { item, before: reversed ? far : near, after: reversed ? near : far };
      }),
      hasMore: page.hasMore,
      total: behind + page.records,
    };
  },
  keyOf: ({ item, before, after }) => ({ t: options.sortValue(item), id: options.id(item), b: before, a: after }),
  encode: (key) => encodeJsonCursor(key),
  decode: (cursor) => decodeJsonCursor(cursor, keySchema, `invalid cursor for ${options.what}`),
});
