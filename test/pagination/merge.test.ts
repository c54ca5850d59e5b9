import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/connectors/connector.js';
import { mergeConnections, type MergedPage, type MergePosition, type MergeSource } from '../../src/pagination/merge.js';

interface Item {
  source: string;
  at: number;
  id: number;
}

/** An in-memory sorted source with the connector contract's cursor semantics (cursor = index after). */
const arraySource = (key: string, items: Item[], pageLimit: number, failOn?: Set<number>): MergeSource<Item> & { calls: number } => {
  const source = {
    key,
    calls: 0,
    fetch: async ({ first, after }: { first: number; after?: string }): Promise<Page<Item>> => {
      source.calls++;
      if (failOn?.has(source.calls)) throw new Error(`${key} down`);
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
    const b = arraySource('b', [5, 4].map((at, id) => ({ source: 'b', at, id })), 100, new Set([1]));
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
});
