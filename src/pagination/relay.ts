import type { Page, PageRequest } from './page.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { lazyEdge } from './edge.js';
import { parsePageArgs, toPageRequest, type GatewayPageArgs, type RelayArgs } from './page-args.js';
import { badInput } from '../domain/errors.js';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection as the schema's connection fields return it. */
export interface RelayConnection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/**
 * Relay page info whose cursors are read when selected (the edges' cursors are encoded on demand,
 * see lazyEdge), from a class for the reason given there. `resumeCursor` is where a page without
 * edges ends (a merged page whose remaining sources all failed): Relay clients ask for the next page
 * `after: endCursor`, and a null there would send them back to the start. `startCursor` stays null on
 * such a page: there is no edge to page backward from.
 */
class LazyPageInfo implements PageInfo {
  readonly #edges: readonly { cursor: string }[];
  readonly #resumeCursor: string | null;

  constructor(
    edges: readonly { cursor: string }[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    resumeCursor: string | null,
  ) {
    this.#edges = edges;
    this.#resumeCursor = resumeCursor;
  }

  get startCursor(): string | null {
    return this.#edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.#edges.at(-1)?.cursor ?? (this.hasNextPage ? this.#resumeCursor : null);
  }
}

export const pageInfoOf = (
  edges: readonly { cursor: string }[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
  resumeCursor: string | null = null,
): PageInfo => new LazyPageInfo(edges, hasNextPage, hasPreviousPage, resumeCursor);

/** Validated page arguments with the cursor unwrapped for the list `scope`. */
export const readPageArgs = (args: RelayArgs, scope: string): { args: GatewayPageArgs; request: PageRequest } => {
  const parsed = parsePageArgs(args);
  let connectorCursor: string | undefined;
  if (parsed.cursor !== null) {
    const payload = decodeCursor(parsed.direction === 'forward' ? 'after' : 'before', parsed.cursor, scope);
    if (typeof payload !== 'string') throw badInput('the cursor is not a valid cursor for this list');
    connectorCursor = payload;
  }
  return { args: parsed, request: toPageRequest(parsed, connectorCursor) };
};

/** One connector page as a Relay connection whose cursors are scoped to the list. */
export const relayConnectionOf = <T>(page: Page<T>, scope: string): RelayConnection<T> => {
  const edges = page.edges.map((edge) => lazyEdge(edge.node, () => encodeCursor(scope, edge.cursor)));
  return { edges, pageInfo: pageInfoOf(edges, page.hasNextPage, page.hasPreviousPage), totalCount: page.totalCount };
};
