import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/pagination/page.js';
import {
  MAX_CONSECUTIVE_FAILED_PAGES,
  mergeConnections,
  type MergedPage,
  type MergePosition,
  type MergeSource,
} from '../../src/pagination/merge.js';

interface Item {
  source: string;
  at: number;
  id: number;
}

/**
 * An in-memory sorted source with the connector contract's cursor semantics (cursor = index after).
 * `fails(call)` says whether its `call`-th fetch (from 1) throws.
 */
const arraySource = (key: string, items: Item[], pageLimit: number, fails: (call: number) => boolean = () => false): MergeSource<Item> & { calls: number } => {
  const source = {
    key,
    calls: 0,
    fetch: async ({ first, after }: { first: number; after?: string }): Promise<Page<Item>> => {
      source.calls++;
      if (fails(source.calls)) throw new Error(`${key} down`);
      const start = after === undefined ? 0 : Number(after);
      // An upstream may return short pages (Pylon's windows do), so serve at most `pageLimit`.
      const slice = items.slice(start, start + Math.min(first, pageLimit));
      return {
        edges: slice.map((node, i) => ({ node, cursor: String(start + i + 1) })),
        hasNextPage: start + slice.length < items.length,
        hasPreviousPage: start > 0,
        totalCount: items.length,
      };
    },
  };
  return source;
};

const byTimeDesc = (a: Item, b: Item) => b.at - a.at || a.source.localeCompare(b.source) || a.id - b.id;

const datasets = fc
  .array(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 40 }), { minLength: 1, maxLength: 4 })
  .map((lists) =>
    lists.map((times, s) =>
      times
        .map((at, id) => ({ source: `s${s}`, at, id }))
        .sort(byTimeDesc),
    ),
  );


/** Per source, which of its fetches fail (index 0 is the first): random, and true from `failFrom` on when set. */
const failures = (maxLength: number) => fc.array(fc.boolean(), { maxLength });

/** The same pattern with every run of failures cut short of the give-up limit: the source recovers. */
const recovering = (pattern: boolean[]): boolean[] =>
  pattern.reduce<boolean[]>((out, fail) => [...out, fail && !out.slice(-(MAX_CONSECUTIVE_FAILED_PAGES - 1)).every(Boolean)], []);

interface Walk {
  seen: Item[];
  failedKeys: string[];
  last: MergedPage<Item>;
  pages: number;
}

/**
 * Follows the merged list as a Relay client follows `endCursor` (the last edge's position, or the
 * page's own end position when it has no edge) until `hasNextPage` is false; fails after `maxPages`.
 */
const walkMerged = async (sources: readonly MergeSource<Item>[], first: number, maxPages: number): Promise<Walk> => {
  const seen: Item[] = [];
  const failedKeys: string[] = [];
  let position: MergePosition | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page: MergedPage<Item> = await mergeConnections(sources, { first, position, compare: byTimeDesc, onSourceError: (key) => failedKeys.push(key) });
    expect(page.edges.length).toBeLessThanOrEqual(first);
    if (page.edges.length > 0) expect(page.endPosition).toEqual(page.edges.at(-1)?.position);
    seen.push(...page.edges.map((edge) => edge.node));
    if (!page.hasNextPage) return { seen, failedKeys, last: page, pages };
    position = page.endPosition;
  }
  throw new Error(`no end after ${maxPages} pages`);
};

/** Every page makes progress or brings each failing source one page closer to being given up. */
const pageBound = (lists: Item[][]): number => (lists.flat().length + 1) * (MAX_CONSECUTIVE_FAILED_PAGES + 1);

const keyOf = (item: Item): string => `${item.source}/${item.id}`;

describe('mergeConnections', () => {
  it('visits every item of every source exactly once, in order, for any page size', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), async (lists, first, pageLimit) => {
        const sources = lists.map((items, s) => arraySource(`s${s}`, items, pageLimit));
        const seen: Item[] = [];
        let position: MergePosition | null = null;
        for (let pages = 0; pages < 500; pages++) {
          const page: MergedPage<Item> = await mergeConnections(sources, { first, position, compare: byTimeDesc, onSourceError: (_, e) => { throw e; } });
          expect(page.edges.length).toBeLessThanOrEqual(first);
          expect(page.totalCount).toBe(lists.reduce((n, l) => n + l.length, 0));
          seen.push(...page.edges.map((edge) => edge.node));
          const last = page.edges[page.edges.length - 1];
          if (!page.hasNextPage) break;
          expect(last).toBeDefined();
          position = last!.position;
        }
        const expected = lists.flat().sort(byTimeDesc);
        expect(seen).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('resumes from any edge of a page, not just the last', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, fc.integer({ min: 2, max: 20 }), fc.nat(), async (lists, first, pick) => {
        const sources = lists.map((items, s) => arraySource(`s${s}`, items, 100));
        const expected = lists.flat().sort(byTimeDesc);
        const page = await mergeConnections(sources, { first, position: null, compare: byTimeDesc, onSourceError: () => {} });
        if (page.edges.length === 0) return;
        const index = pick % page.edges.length;
        const next = await mergeConnections(sources, { first, position: page.edges[index]!.position, compare: byTimeDesc, onSourceError: () => {} });
        expect(next.edges.map((edge) => edge.node)).toEqual(expected.slice(index + 1, index + 1 + first));
      }),
      { numRuns: 100 },
    );
  });

  it('goes on without a failing source, reports it, and asks it again on the next page', async () => {
    const a = arraySource('a', [3, 2, 1].map((at, id) => ({ source: 'a', at, id })), 100);
    const b = arraySource('b', [5, 4].map((at, id) => ({ source: 'b', at, id })), 100, (call) => call === 1);
    const failures: string[] = [];
    const first = await mergeConnections([a, b], { first: 2, position: null, compare: byTimeDesc, onSourceError: (key) => failures.push(key) });
    expect(failures).toEqual(['b']);
    expect(first.edges.map((e) => `${e.node.source}${e.node.at}`)).toEqual(['a3', 'a2']);
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBeNull();
    const second = await mergeConnections([a, b], { first: 10, position: first.edges[1]!.position, compare: byTimeDesc, onSourceError: (key) => failures.push(key) });
    expect(second.edges.map((e) => `${e.node.source}${e.node.at}`)).toEqual(['b5', 'b4', 'a1']);
    expect(second.hasNextPage).toBe(false);
  });
  it('yields every item exactly once and ends when sources fail on random pages and recover', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasets.chain((lists) => fc.tuple(fc.constant(lists), fc.array(failures(30).map(recovering), { minLength: lists.length, maxLength: lists.length }))),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        async ([lists, patterns], first, pageLimit) => {
          const sources = lists.map((items, s) => arraySource(`s${s}`, items, pageLimit, (call) => patterns[s]?.[call - 1] ?? false));
          const walk = await walkMerged(sources, first, pageBound(lists));
          expect(walk.last.givenUp).toEqual([]);
          expect(walk.seen.map(keyOf).sort()).toEqual(lists.flat().map(keyOf).sort());
          expect(new Set(walk.seen.map(keyOf)).size).toBe(walk.seen.length);
          // Each source's own items still come in its order.
          for (const [s, items] of lists.entries()) expect(walk.seen.filter((item) => item.source === `s${s}`)).toEqual(items);
          const failed = sources.reduce((n, source, s) => n + (patterns[s] ?? []).slice(0, source.calls).filter(Boolean).length, 0);
          expect(walk.failedKeys).toHaveLength(failed);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('ends, with the sources that never recover given up, whatever the failures', async () => {
    const scenario = datasets.chain((lists) =>
      fc.tuple(
        fc.constant(lists),
        fc.array(fc.record({ pattern: failures(20), failFrom: fc.option(fc.nat({ max: 20 }), { nil: undefined }) }), {
          minLength: lists.length,
          maxLength: lists.length,
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(scenario, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), async ([lists, faults], first, pageLimit) => {
        const fails = (s: number) => (call: number) => {
          const { pattern, failFrom } = faults[s]!;
          return (failFrom !== undefined && call > failFrom) || (pattern[call - 1] ?? false);
        };
        const sources = lists.map((items, s) => arraySource(`s${s}`, items, pageLimit, fails(s)));
        const walk = await walkMerged(sources, first, pageBound(lists));
        expect(new Set(walk.seen.map(keyOf)).size).toBe(walk.seen.length);
        const givenUp = new Set(walk.last.givenUp);
        for (const [s, items] of lists.entries()) {
          const mine = walk.seen.filter((item) => item.source === `s${s}`);
          if (givenUp.has(`s${s}`)) {
            // A given-up source lost a tail, never an item in between.
            expect(mine).toEqual(items.slice(0, mine.length));
            // Its last asks all failed.
            const calls = sources[s]!.calls;
            for (let call = calls - MAX_CONSECUTIVE_FAILED_PAGES + 1; call <= calls; call++) expect(fails(s)(call)).toBe(true);
          } else {
            expect(mine).toEqual(items);
          }
        }
        if (givenUp.size > 0) expect(walk.last.totalCount).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('gives an empty page of failing sources a position to resume from, and gives up a source that never recovers', async () => {
    const a = arraySource('a', [{ source: 'a', at: 1, id: 0 }], 100);
    const b = arraySource('b', [{ source: 'b', at: 2, id: 0 }], 100, () => true);
    const failed: string[] = [];
    const options = { first: 5, compare: byTimeDesc, onSourceError: (key: string) => failed.push(key) };
    const first = await mergeConnections([a, b], { ...options, position: null });
    expect(first.edges.map((edge) => edge.node.source)).toEqual(['a']);
    let position = first.endPosition;
    for (let page = 2; page < MAX_CONSECUTIVE_FAILED_PAGES; page++) {
      const empty = await mergeConnections([a, b], { ...options, position });
      expect(empty.edges).toEqual([]);
      expect(empty.hasNextPage).toBe(true);
      expect(empty.givenUp).toEqual([]);
      expect(empty.endPosition['b']).toEqual({ after: null, done: false, total: null, failedPages: page });
      expect(empty.endPosition['a']).toEqual(position['a']);
      position = empty.endPosition;
    }
    // The earlier pages counted one failure each; this one reaches the limit.
    expect(position['b']?.failedPages).toBe(MAX_CONSECUTIVE_FAILED_PAGES - 1);
    const last = await mergeConnections([a, b], { ...options, position });
    expect(last.edges).toEqual([]);
    expect(last.hasNextPage).toBe(false);
    expect(last.givenUp).toEqual(['b']);
    expect(last.totalCount).toBeNull();
    expect(failed).toEqual(Array.from({ length: MAX_CONSECUTIVE_FAILED_PAGES }, () => 'b'));
    // A client resuming from anywhere after that no longer asks it, and still learns it was given up.
    const calls = b.calls;
    const again = await mergeConnections([a, b], { ...options, position: last.endPosition });
    expect(b.calls).toBe(calls);
    expect(again.givenUp).toEqual(['b']);
    // A position claiming more failures than the limit still ends at the limit.
    const forged = await mergeConnections([b], { ...options, position: { b: { after: null, done: false, total: null, failedPages: 7 } } });
    expect(forged.endPosition['b']).toEqual({ after: null, done: true, total: null, failedPages: MAX_CONSECUTIVE_FAILED_PAGES });
  });

  it('treats an empty page that claims more as a failure rather than asking it forever', async () => {
    const stuck: MergeSource<Item> = { key: 'stuck', fetch: async () => ({ edges: [], hasNextPage: true, hasPreviousPage: false, totalCount: null }) };
    const errors: unknown[] = [];
    const page = await mergeConnections([stuck], { first: 5, position: null, compare: byTimeDesc, onSourceError: (_, error) => errors.push(error) });
    expect(page.hasNextPage).toBe(true);
    expect(page.endPosition['stuck']?.failedPages).toBe(1);
    expect(errors).toHaveLength(1);
    expect((errors[0] as { code?: string }).code).toBe('UPSTREAM_BAD_RESPONSE');
  });
  it('keeps the place of a source left out of one page for the pages after', async () => {
    const items = (key: string, times: number[]) => times.map((at, id) => ({ source: key, at, id }));
    const a = arraySource('a', items('a', [6, 4, 2]), 100);
    const b = arraySource('b', items('b', [5, 3, 1]), 100);
    const options = { first: 2, compare: byTimeDesc, onSourceError: () => {} };
    const first = await mergeConnections([a, b], { ...options, position: null });
    expect(first.edges.map((edge) => edge.node.at)).toEqual([6, 5]);
    const withoutB = await mergeConnections([a], { ...options, position: first.endPosition });
    expect(withoutB.edges.map((edge) => edge.node.at)).toEqual([4, 2]);
    expect(withoutB.endPosition['b']).toEqual(first.endPosition['b']);
    const rest = await mergeConnections([a, b], { ...options, position: withoutB.endPosition });
    expect(rest.edges.map((edge) => edge.node.at)).toEqual([3, 1]);
    expect(rest.hasNextPage).toBe(false);
  });
});
