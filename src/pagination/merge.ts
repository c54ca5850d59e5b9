import type { Included, Page } from './page.js';
import { GatewayError } from '../domain/errors.js';

/**
 * A k-way merge of several sorted connections into one forward-paged connection. Every source must
 * already be ordered consistently with `compare`. The position in the merged list is, per source,
 * the connector cursor of the last edge taken from it: so each merged edge has an exact cursor and
 * nothing is skipped or repeated however page sizes vary.
 *
 * A source that fails is left out of the page and keeps its place, so the next page asks it again.
 * The position counts the pages in a row on which it failed; at `MAX_CONSECUTIVE_FAILED_PAGES` it is
 * given up (treated as done, its remaining items left out, `givenUp` names it), so a walk over a
 * source that never recovers ends instead of paging through empty pages forever.
 */

/** Pages in a row a source may fail before the merge gives it up. */
export const MAX_CONSECUTIVE_FAILED_PAGES = 3;

export interface MergeSource<T> {
  /** Unique among the sources (a connection id). */
  key: string;
  fetch(page: { first: number; after?: string }): Promise<Page<T>>;
}

/**
 * Per source: the cursor of the last edge taken (null before the first), whether it is exhausted (or
 * given up), its total when known (so an exhausted source, no longer asked, still counts), and how
 * many pages in a row it has failed.
 */
export interface SourcePosition {
  after: string | null;
  done: boolean;
  total: number | null;
  failedPages: number;
}
export type MergePosition = Record<string, SourcePosition>;

/** Whether the merge stopped asking this source because it kept failing. */
export const isGivenUp = (at: SourcePosition): boolean => at.done && at.failedPages >= MAX_CONSECUTIVE_FAILED_PAGES;

export interface MergedEdge<T> {
  node: T;
  source: string;
  position: MergePosition;
}

export interface MergedPage<T> {
  edges: MergedEdge<T>[];
  hasNextPage: boolean;
  /**
   * Where the next page starts: the last edge's position, or, on a page without edges, the position
   * it started from with this page's failures counted. Resuming from it always makes progress or
   * brings a failing source closer to being given up.
   */
  endPosition: MergePosition;
  /** Sum of the sources' totals when every source knows its total; null otherwise. */
  totalCount: number | null;
  /** Sources given up (on this page or an earlier one): the list leaves out their remaining items. */
  givenUp: string[];
  included: Included[];
}

export interface MergeOptions<T> {
  first: number;
  /**
   * Where the previous page ended; null for the start. Sources missing from it start at their
   * beginning; entries of sources not given this time are passed through to the page's positions.
   */
  position: MergePosition | null;
  compare(a: T, b: T): number;
  /** Called for every failure of a source, including the one that gets it given up. */
  onSourceError(key: string, error: unknown): void;
}

interface Buffer<T> {
  source: MergeSource<T>;
  edges: Page<T>['edges'];
  hasNext: boolean;
  totalCount: number | null;
  /** Failed on this page and will be asked again on the next. */
  failed: boolean;
}

export const mergeConnections = async <T>(sources: readonly MergeSource<T>[], options: MergeOptions<T>): Promise<MergedPage<T>> => {
  // A source absent from this page (a contact record whose lookup failed, say) keeps its place for
  // the pages after, so its positions are carried along untouched.
  const position: MergePosition = structuredClone(options.position ?? {});
  for (const source of sources) position[source.key] ??= { after: null, done: false, total: null, failedPages: 0 };
  const included: Included[] = [];

  const fill = async (source: MergeSource<T>): Promise<Buffer<T>> => {
    const at = position[source.key];
    if (!at || at.done) return { source, edges: [], hasNext: false, totalCount: at?.total ?? null, failed: false };
    try {
      const page = await source.fetch({ first: options.first, ...(at.after === null ? {} : { after: at.after }) });
      // No edge means no cursor to move on from: asking again would get the same page forever.
      if (page.edges.length === 0 && page.hasNextPage) {
        throw new GatewayError('UPSTREAM_BAD_RESPONSE', `source ${source.key} answered an empty page that claims more`);
      }
      if (page.included) included.push(page.included);
      position[source.key] = { ...at, total: page.totalCount, done: page.edges.length === 0, failedPages: 0 };
      return { source, edges: [...page.edges], hasNext: page.hasNextPage, totalCount: page.totalCount, failed: false };
    } catch (error) {
      options.onSourceError(source.key, error);
      // Capped, so a hand-made position past the limit still gives a cursor this API accepts.
      const failedPages = Math.min(at.failedPages + 1, MAX_CONSECUTIVE_FAILED_PAGES);
      const givenUp = failedPages >= MAX_CONSECUTIVE_FAILED_PAGES;
      // A given-up source's total no longer describes what the list delivers.
      position[source.key] = { ...at, failedPages, done: givenUp, total: givenUp ? null : at.total };
      return { source, edges: [], hasNext: false, totalCount: null, failed: !givenUp };
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
    position[best.source.key] = {
      after: taken.cursor,
      done: best.edges.length === 0 && !best.hasNext,
      total: best.totalCount,
      failedPages: 0,
    };
    edges.push({ node: taken.node, source: best.source.key, position: structuredClone(position) });
  }

  const totals = buffers.map((buffer) => buffer.totalCount);
  const endPosition = edges.at(-1)?.position ?? structuredClone(position);
  return {
    edges,
    hasNextPage: buffers.some((buffer) => buffer.failed || buffer.edges.length > 0 || buffer.hasNext),
    endPosition,
    totalCount: totals.every((total): total is number => total !== null) ? totals.reduce((a, b) => a + b, 0) : null,
    givenUp: Object.entries(endPosition)
      .filter(([, at]) => isGivenUp(at))
      .map(([key]) => key),
    included,
  };
};
