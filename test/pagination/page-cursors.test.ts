import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageRequest } from '../../src/pagination/page.js';
import { GatewayError } from '../../src/domain/errors.js';
import { readPageCursors, type UpstreamPage, type UpstreamPageQuery } from '../../src/pagination/page-cursors.js';

/**
 * An upstream with opaque page cursors in the assumed style (Zendesk's): `after`/`before` point at an
 * item, pages list items in the upstream order, `hasMore` looks in the direction walked.
 */
const fakeUpstream = (data: readonly number[]) => {
  const calls: UpstreamPageQuery[] = [];
  const encode = (value: number): string => Buffer.from(JSON.stringify({ v: value })).toString('base64');
  const decode = (cursor: string): number => (JSON.parse(Buffer.from(cursor, 'base64').toString()) as { v: number }).v;
  const fetch = async (query: UpstreamPageQuery): Promise<UpstreamPage<number>> => {
    calls.push(query);
    const list = query.reversed ? [...data].reverse() : [...data];
    let items: number[];
    let hasMore: boolean;
    if (query.before !== undefined) {
      const at = list.indexOf(decode(query.before));
      const from = Math.max(0, at - query.size);
      items = list.slice(from, at);
      hasMore = from > 0;
    } else {
      const from = query.after === undefined ? 0 : list.indexOf(decode(query.after)) + 1;
      items = list.slice(from, from + query.size);
      hasMore = from + query.size < list.length;
    }
    const first = items[0];
    const last = items.at(-1);
    return {
      items,
      afterCursor: last === undefined ? null : encode(last),
      beforeCursor: first === undefined ? null : encode(first),
      hasMore,
    };
  };
  return { fetch, calls };
};

const options = { reversible: true, what: 'test items' };
const dataset = (size: number): number[] => Array.from({ length: size }, (_, i) => i * 10 + 7);
const pageSizes = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 30 });

describe('readPageCursors', () => {
  it('walks forward to the end without gaps or duplicates, one upstream request per page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 320 }), pageSizes, async (count, sizes) => {
        const data = dataset(count);
        const upstream = fakeUpstream(data);
        const seen: number[] = [];
        let after: string | undefined;
        for (let step = 0; ; step++) {
          const first = sizes[step % sizes.length] as number;
          const before = upstream.calls.length;
          const page = await readPageCursors({ first, after }, upstream.fetch, options);
          expect(upstream.calls.length - before).toBe(1);
          expect(page.edges.length).toBeLessThanOrEqual(first);
          expect(page.hasPreviousPage).toBe(seen.length > 0);
          seen.push(...page.edges.map((edge) => edge.node));
          expect(page.hasNextPage).toBe(seen.length < count);
          if (!page.hasNextPage) break;
          after = page.edges.at(-1)?.cursor;
        }
        expect(seen).toEqual(data);
      }),
      { numRuns: 150 },
    );
  });

  it('walks backward from the end without gaps or duplicates, in forward order on every page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 320 }), pageSizes, async (count, sizes) => {
        const data = dataset(count);
        const upstream = fakeUpstream(data);
        const seen: number[] = [];
        let before: string | undefined;
        for (let step = 0; ; step++) {
          const last = sizes[step % sizes.length] as number;
          const calls = upstream.calls.length;
          const page = await readPageCursors({ last, before }, upstream.fetch, options);
          expect(upstream.calls.length - calls).toBe(1);
          expect(page.edges.length).toBeLessThanOrEqual(last);
          expect(page.hasNextPage).toBe(seen.length > 0);
          seen.unshift(...page.edges.map((edge) => edge.node));
          expect(page.hasPreviousPage).toBe(seen.length < count);
          if (!page.hasPreviousPage) break;
          before = page.edges[0]?.cursor;
        }
        expect(seen).toEqual(data);
      }),
      { numRuns: 150 },
    );
  });

  it('resumes after and before any edge, whichever request fetched it', async () => {
    const walk = fc.record({
      count: fc.integer({ min: 1, max: 250 }),
      request: fc.oneof(
        fc.record({ first: fc.integer({ min: 1, max: 100 }) }),
        fc.record({ last: fc.integer({ min: 1, max: 100 }) }),
      ),
      pick: fc.nat(),
      size: fc.integer({ min: 1, max: 100 }),
      hops: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(walk, async ({ count, request, pick, size, hops }) => {
        const data = dataset(count);
        const upstream = fakeUpstream(data);
        // Reach a page by a few hops so edges come from `after`, `before` and reversed requests alike.
        let page = await readPageCursors(request as PageRequest, upstream.fetch, options);
        for (let hop = 0; hop < hops && page.edges.length > 0; hop++) {
          const edge = page.edges[pick % page.edges.length];
          const next: PageRequest =
            hop % 2 === 0 ? { first: size, after: edge?.cursor } : { last: size, before: edge?.cursor };
          const candidate = await readPageCursors(next, upstream.fetch, options);
          if (candidate.edges.length > 0) page = candidate;
        }
        const edge = page.edges[pick % page.edges.length];
        if (!edge) return;
        const at = data.indexOf(edge.node);

        const calls = upstream.calls.length;
        const forward = await readPageCursors({ first: size, after: edge.cursor }, upstream.fetch, options);
        expect(forward.edges.map((e) => e.node)).toEqual(data.slice(at + 1, at + 1 + size));
        expect(forward.hasNextPage).toBe(at + 1 + size < count);
        expect(forward.hasPreviousPage).toBe(true);
        const backward = await readPageCursors({ last: size, before: edge.cursor }, upstream.fetch, options);
        expect(backward.edges.map((e) => e.node)).toEqual(data.slice(Math.max(0, at - size), at));
        expect(backward.hasPreviousPage).toBe(at - size > 0);
        expect(backward.hasNextPage).toBe(true);
        // At most a re-fetch of the edge's own page plus one more, each way.
        expect(upstream.calls.length - calls).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses `last` without `before` when the upstream cannot list in reverse', async () => {
    const upstream = fakeUpstream(dataset(5));
    const error = await readPageCursors({ last: 2 }, upstream.fetch, { reversible: false, what: 'test items' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('CAPABILITY_UNSUPPORTED');
    expect(upstream.calls).toHaveLength(0);
  });

  it.each(['garbage', 'pc1.!!!', `pc1.${Buffer.from('{"q":1}').toString('base64url')}`])('refuses a foreign cursor %s', async (cursor) => {
    const upstream = fakeUpstream(dataset(5));
    const error = await readPageCursors({ first: 2, after: cursor }, upstream.fetch, options).catch((e: unknown) => e);
    expect((error as GatewayError).code).toBe('BAD_USER_INPUT');
  });
});
