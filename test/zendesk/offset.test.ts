import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageRequest } from '../../src/pagination/page.js';
import { offsetCalls, readOffsetWindow, reachableResults, type OffsetLimits } from '../../src/connectors/zendesk/offset.js';
import { GatewayError } from '../../src/domain/errors.js';

const LIST: OffsetLimits = { maxPerPage: 100, maxPage: 100, what: 'tickets' };
const SEARCH: OffsetLimits = { maxPerPage: 100, maxResults: 1000, what: 'search' };

/** An offset-paged upstream that enforces the limits as Zendesk does. */
const upstream = (count: number, limits: OffsetLimits) => {
  const calls: [number, number][] = [];
  const fetch = async (page: number, perPage: number) => {
    calls.push([page, perPage]);
    expect(perPage).toBeLessThanOrEqual(limits.maxPerPage);
    expect(page).toBeLessThanOrEqual(limits.maxPage ?? Infinity);
    expect(page * perPage).toBeLessThanOrEqual(limits.maxResults ?? Infinity);
    const start = (page - 1) * perPage;
    return { items: Array.from({ length: Math.max(0, Math.min(perPage, count - start)) }, (_, i) => start + i), count };
  };
  return { fetch, calls };
};

describe('offsetCalls', () => {
  it('covers any reachable window with at most two calls that respect the limits', () => {
    fc.assert(
      fc.property(fc.constantFrom(LIST, SEARCH), fc.nat(), fc.integer({ min: 1, max: 100 }), (limits, seed, size) => {
        const reach = reachableResults(limits);
        const start = seed % reach;
        const end = Math.min(start + size, reach);
        const calls = offsetCalls(start, end, limits);
        expect(calls.length).toBeLessThanOrEqual(2);
        expect(calls.every(({ page, perPage }) => page <= (limits.maxPage ?? Infinity) && page * perPage <= (limits.maxResults ?? Infinity))).toBe(true);
        const covered = (position: number): boolean =>
          calls.some(({ page, perPage }) => position >= (page - 1) * perPage && position < page * perPage);
        const missing = Array.from({ length: end - start }, (_, i) => start + i).filter((position) => !covered(position));
        expect(missing).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('asks for the window itself when it starts a page', () => {
    expect(offsetCalls(40, 60, LIST)).toEqual([{ page: 3, perPage: 20 }]);
  });
});

describe('readOffsetWindow', () => {
  it('pages forward and backward through any list without gaps or duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(LIST, SEARCH), fc.integer({ min: 0, max: 1000 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }), async (limits, count, sizes) => {
        const { fetch } = upstream(count, limits);
        const forward: number[] = [];
        let after: string | undefined;
        for (let step = 0; ; step++) {
          const page = await readOffsetWindow({ first: sizes[step % sizes.length] as number, after }, fetch, limits);
          forward.push(...page.edges.map((edge) => edge.node));
          expect(page.totalCount).toBe(count);
          if (!page.hasNextPage) break;
          after = page.edges.at(-1)?.cursor;
        }
        expect(forward).toEqual(Array.from({ length: count }, (_, i) => i));
        const backward: number[] = [];
        let before: string | undefined;
        for (let step = 0; ; step++) {
          const request: PageRequest = { last: sizes[step % sizes.length] as number, before };
          const page = await readOffsetWindow(request, fetch, limits);
          backward.unshift(...page.edges.map((edge) => edge.node));
          if (!page.hasPreviousPage) break;
          before = page.edges[0]?.cursor;
        }
        expect(backward).toEqual(forward);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the last n of a long list with a count probe and one more call', async () => {
    const { fetch, calls } = upstream(250, LIST);
    const page = await readOffsetWindow({ last: 30 }, fetch, LIST);
    expect(page.edges.map((edge) => edge.node)).toEqual(Array.from({ length: 30 }, (_, i) => 220 + i));
    expect(page).toMatchObject({ hasNextPage: false, hasPreviousPage: true, totalCount: 250 });
    expect(calls).toHaveLength(2);
  });

  it('refuses to go past what the endpoint lets one reach, naming the limit', async () => {
    const { fetch } = upstream(5000, SEARCH);
    const last = await readOffsetWindow({ first: 100, after: 'of1.899' }, fetch, SEARCH);
    expect(last.hasNextPage).toBe(true);
    const error = await readOffsetWindow({ first: 10, after: last.edges.at(-1)?.cursor }, fetch, SEARCH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('CAPABILITY_UNSUPPORTED');
    expect((error as GatewayError).message).toContain('first 1000 results');
    expect(await readOffsetWindow({ last: 10 }, fetch, SEARCH).catch((e: unknown) => (e as GatewayError).code)).toBe('CAPABILITY_UNSUPPORTED');
  });

  it('refuses cursors it did not issue', async () => {
    const { fetch } = upstream(10, LIST);
    for (const cursor of ['of1.-1', 'pc1.abc', 'of1.1e3', '']) {
      expect(await readOffsetWindow({ first: 1, after: cursor }, fetch, LIST).catch((e: unknown) => (e as GatewayError).code)).toBe('BAD_USER_INPUT');
    }
  });
});
