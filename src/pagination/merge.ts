import type { Included, Page } from '../connectors/connector.js';

/**
 * A k-way merge of several sorted connections into one forward-paged connection. Every source must
 * already be ordered consistently with `compare`. The position in the merged list is, per source,
 * the connector cursor of the last edge taken from it: so each merged edge has an exact cursor and
 * nothing is skipped or repeated however page sizes vary.
 */

export interface MergeSource<T> {
  /** Unique among the sources (a connection id). */
  key: string;
  fetch(page: { first: number; after?: string }): Promise<Page<T>>;
}

/**
 * Per source: the cursor of the last edge taken (null before the first), whether it is exhausted,
 * and its total when known (so an exhausted source, no longer asked, still counts).
 */
export type MergePosition = Record<string, { after: string | null; done: boolean; total: number | null }>;

export interface MergedEdge<T> {
  node: T;
  source: string;
  position: MergePosition;
}

export interface MergedPage<T> {
  edges: MergedEdge<T>[];
  hasNextPage: boolean;
  /** Sum of the sources' totals when every source knows its total; null otherwise. */
  totalCount: number | null;
  included: Included[];
}

export interface MergeOptions<T> {
  first: number;
  /** Where the previous page ended; null for the start. Sources missing from it start at their beginning. */
  position: MergePosition | null;
  compare(a: T, b: T): number;
  /**
   * Called when a source fails: the merge goes on without it for this page, and its position stays
   * put, so the next page asks it again and nothing is lost.
   */
  onSourceError(key: string, error: unknown): void;
}

interface Buffer<T> {
  source: MergeSource<T>;
  edges: Page<T>['edges'];
  hasNext: boolean;
  totalCount: number | null;
  failed: boolean;
}

export const mergeConnections = async <T>(sources: readonly MergeSource<T>[], options: MergeOptions<T>): Promise<MergedPage<T>> => {
  const position: MergePosition = {};
  for (const source of sources) {
    const at = options.position?.[source.key];
    position[source.key] = at ? { ...at } : { after: null, done: false, total: null };
  }
  const included: Included[] = [];

  const fill = async (source: MergeSource<T>): Promise<Buffer<T>> => {
    const at = position[source.key];
    if (!at || at.done) return { source, edges: [], hasNext: false, totalCount: at?.total ?? null, failed: false };
    try {
      const page = await source.fetch({ first: options.first, ...(at.after === null ? {} : { after: at.after }) });
      if (page.included) included.push(page.included);
      at.total = page.totalCount;
      if (page.edges.length === 0 && !page.hasNextPage) at.done = true;
      return { source, edges: [...page.edges], hasNext: page.hasNextPage, totalCount: page.totalCount, failed: false };
    } catch (error) {
      options.onSourceError(source.key, error);
      return { source, edges: [], hasNext: false, totalCount: null, failed: true };
    }
  };

  const buffers = await Promise.all(sources.map(fill));
  const edges: MergedEdge<T>[] = [];
  while (edges.length < options.first) {
    // A source whose buffer ran dry while it has more is asked again before anything is taken, since
    // its next edge may sort first.
    const dry = buffers.filter((buffer) => buffer.edges.length === 0 && buffer.hasNext);
    if (dry.length > 0) {
      const refilled = await Promise.all(dry.map((buffer) => fill(buffer.source)));
      for (const fresh of refilled) buffers[buffers.findIndex((b) => b.source === fresh.source)] = fresh;
      continue;
    }
    let best: Buffer<T> | undefined;
    for (const buffer of buffers) {
      const head = buffer.edges[0];
      const bestHead = best?.edges[0];
      if (head && (!bestHead || options.compare(head.node, bestHead.node) < 0)) best = buffer;
    }
    if (!best) break;
    const taken = best.edges.shift();
    if (!taken) break;
    position[best.source.key] = { after: taken.cursor, done: best.edges.length === 0 && !best.hasNext, total: best.totalCount };
    edges.push({ node: taken.node, source: best.source.key, position: structuredClone(position) });
  }

  const totals = buffers.map((buffer) => buffer.totalCount);
  return {
    edges,
    hasNextPage: buffers.some((buffer) => buffer.failed || buffer.edges.length > 0 || buffer.hasNext),
    totalCount: totals.every((total): total is number => total !== null) ? totals.reduce((a, b) => a + b, 0) : null,
    included,
  };
};
