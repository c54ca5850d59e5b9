import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page, PageRequest } from '../../src/pagination/page.js';
import { concatLists, type ListPart } from '../../src/pagination/concat.js';

/** A part over an in-memory list whose cursors are positions, paged as an upstream would. */
const partOf = (tag: string, items: readonly string[], reads: { count: number }): ListPart<string> => ({
  tag,
  read: async (page: PageRequest): Promise<Page<string>> => {
    reads.count++;
    const edges = items.map((node, i) => ({ node, cursor: String(i) }));
    if (page.first !== undefined) {
      const start = page.after === undefined ? 0 : Number(page.after) + 1;
      return { edges: edges.slice(start, start + page.first), hasNextPage: start + page.first < items.length, hasPreviousPage: start > 0, totalCount: null };
    }
    const end = page.before === undefined ? items.length : Number(page.before);
    const begin = Math.max(0, end - page.last);
    return { edges: edges.slice(begin, end), hasNextPage: end < items.length, hasPreviousPage: begin > 0, totalCount: null };
  },
});

const lists = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 }).map((sizes) => sizes.map((size, p) => Array.from({ length: size }, (_, i) => `p${p}-${i}`)));

const walk = async (parts: ListPart<string>[], size: number, forward: boolean): Promise<{ seen: string[]; pages: Page<string>[] }> => {
  let seen: string[] = [];
  const pages: Page<string>[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await concatLists(parts, forward ? { first: size, ...(cursor ? { after: cursor } : {}) } : { last: size, ...(cursor ? { before: cursor } : {}) });
    pages.push(page);
    const nodes = page.edges.map((edge) => edge.node);
    seen = forward ? [...seen, ...nodes] : [...nodes, ...seen];
    if (!(forward ? page.hasNextPage : page.hasPreviousPage)) return { seen, pages };
    cursor = (forward ? page.edges.at(-1) : page.edges[0])?.cursor;
  }
  throw new Error('the walk did not end');
};

describe('concatLists', () => {
  it('walks the parts one after the other, both ways, with every page size: no gap, no duplicate, no empty page promised', async () => {
    await fc.assert(
      fc.asyncProperty(lists, fc.integer({ min: 1, max: 15 }), fc.boolean(), async (items, size, forward) => {
        const reads = { count: 0 };
        const parts = items.map((list, p) => partOf(`p${p}`, list, reads));
        const { seen, pages } = await walk(parts, size, forward);
        expect(seen).toEqual(items.flat());
        for (const [i, page] of pages.entries()) {
          expect(page.edges.length).toBeLessThanOrEqual(size);
          // Only the last page of a walk may be short, and only a walk of nothing has an empty page.
          if (i < pages.length - 1) expect(page.edges.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('refuses a cursor that names no part', async () => {
    const parts = [partOf('u', ['a'], { count: 0 })];
    await expect(concatLists(parts, { first: 1, after: 'x:0' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(concatLists(parts, { first: 1, after: 'nocolon' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
