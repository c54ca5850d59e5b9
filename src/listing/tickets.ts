import { z } from 'zod';
import type { ListTicketsInput, TicketFilter, TicketFilterKey, TicketSort } from '../connectors/connector.js';
import type { GatewayContext } from '../context.js';
import { GatewayError, badInput } from '../domain/errors.js';
import type { DomainTicket } from '../domain/types.js';
import { cursorScope, decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { lazyEdge } from '../pagination/edge.js';
import { MAX_CONSECUTIVE_FAILED_PAGES, mergeConnections, type MergePosition } from '../pagination/merge.js';
import { parsePageArgs, type RelayArgs } from '../pagination/page-args.js';
import { pageInfoOf, readPageArgs, relayConnectionOf, type RelayConnection } from '../pagination/relay.js';
import type { LiveConnection } from '../runtime.js';

export interface TicketQuery {
  filter: TicketFilter;
  sort: TicketSort;
}

const unsupported = (live: LiveConnection, what: string): GatewayError =>
  new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${live.settings.id} (${live.settings.kind}) cannot ${what}`, {
    connectionId: live.settings.id,
  });

/** Refuses a listing the upstream cannot do natively rather than emulating it without bounds. */
const checkCapabilities = (live: LiveConnection, query: TicketQuery, backward: boolean): void => {
  const { capabilities } = live.connector;
  for (const [key, value] of Object.entries(query.filter) as [TicketFilterKey, unknown][]) {
    if (value !== undefined && !capabilities.filters.includes(key)) throw unsupported(live, `filter tickets by ${key}`);
  }
  if (!capabilities.sorts.includes(query.sort.field)) throw unsupported(live, `sort tickets by ${query.sort.field}`);
  if (backward && !capabilities.backwardPagination) throw unsupported(live, 'page tickets backward (use first/after)');
};

/** One connection's tickets as a Relay connection; its loaders are primed with what the page carried. */
export const listTicketsOnConnection = async (
  context: GatewayContext,
  live: LiveConnection,
  query: TicketQuery,
  relayArgs: RelayArgs,
  list: string,
): Promise<RelayConnection<DomainTicket>> => {
  const scope = cursorScope(list, { connection: live.settings.id, ...query });
  const { args, request } = readPageArgs(relayArgs, scope);
  checkCapabilities(live, query, args.direction === 'backward');
  const input: ListTicketsInput = { ...query, page: request };
  const page = await live.connector.listTickets(input);
  context.loaders.prime(live.connector, page.included);
  return relayConnectionOf(page, scope);
};

const mergePositionSchema = z.record(
  z.string(),
  z
    .object({
      after: z.string().nullable(),
      done: z.boolean(),
      total: z.number().int().nullable(),
      // Absent in cursors issued before failures were counted.
      failedPages: z.number().int().min(0).max(MAX_CONSECUTIVE_FAILED_PAGES).default(0),
    })
    .strict(),
);

const sortValue = (ticket: DomainTicket, sort: TicketSort): string =>
  sort.field === 'UPDATED_AT' ? (ticket.updatedAt ?? ticket.createdAt) : ticket.createdAt;

/** Orders tickets of different connections: by the sort field, then connection and id for ties. */
export const compareTickets =
  (sort: TicketSort) =>
  (a: DomainTicket, b: DomainTicket): number => {
    const [x, y] = [Date.parse(sortValue(a, sort)), Date.parse(sortValue(b, sort))];
    const byTime = sort.direction === 'ASC' ? x - y : y - x;
    if (byTime !== 0) return byTime;
    return a.connectionId === b.connectionId
      ? a.externalId.localeCompare(b.externalId)
      : a.connectionId.localeCompare(b.connectionId);
  };

/** One list to merge: a connection and the filter to apply there (a contact's own requester id, say). */
export interface TicketSource {
  /** Unique among the sources, and the same from one page to the next. */
  key: string;
  live: LiveConnection;
  filter: TicketFilter;
  /** Set when the source could not even be resolved (its identity lookup failed): it fails this page. */
  failure?: GatewayError;
}

/**
 * Tickets of several sources merged into one forward-paged Relay connection. A source that fails is
 * reported in `errors` beside the data, and the cursor keeps its place so the next page asks it
 * again; a page left empty by failing sources still has an `endCursor` to resume from. A source that
 * fails `MAX_CONSECUTIVE_FAILED_PAGES` pages in a row is given up: every later page reports
 * LIST_INCOMPLETE for it, and the walk ends without its remaining tickets. A single source is listed
 * directly, with backward paging where its upstream allows it.
 */
export const listTicketsAcross = async (
  context: GatewayContext,
  sources: readonly TicketSource[],
  sort: TicketSort,
  relayArgs: RelayArgs,
  list: { name: string; scope: Record<string, unknown> },
  path: readonly (string | number)[],
): Promise<RelayConnection<DomainTicket>> => {
  const [only] = sources;
  if (only && sources.length === 1 && !only.failure) {
    return listTicketsOnConnection(context, only.live, { filter: only.filter, sort }, relayArgs, list.name);
  }
  // The scope names the list, not its sources: a source that failed to resolve on one page may be
  // back on the next, and the cursor still holds.
  const scope = cursorScope(list.name, { ...list.scope, sort, merged: true });
  const args = parsePageArgs(relayArgs);
  if (args.direction === 'backward') {
    throw badInput(
      'lists merged across connections page forward only: use `first`/`after` (reverse the order to read from the other end) or pass `connectionId`',
    );
  }
  let position: MergePosition | null = null;
  if (args.cursor !== null) {
    const parsed = mergePositionSchema.safeParse(decodeCursor('after', args.cursor, scope));
    if (!parsed.success) throw badInput('`after` is not a valid cursor: pass a cursor this API returned');
    position = parsed.data;
  }
  for (const source of sources) checkCapabilities(source.live, { filter: source.filter, sort }, false);
  const merged = await mergeConnections(
    sources.map(({ key, live, filter, failure }) => ({
      key,
      fetch: async (page: { first: number; after?: string }) => {
        if (failure) throw failure;
        const result = await live.connector.listTickets({ filter, sort, page });
        context.loaders.prime(live.connector, result.included);
        return result;
      },
    })),
    {
      first: args.size,
      position,
      compare: compareTickets(sort),
      onSourceError: (key, error) => {
        const gatewayError =
          error instanceof GatewayError
            ? error
            : new GatewayError('UPSTREAM_UNAVAILABLE', `source ${key}: the upstream failed`, { cause: error });
        context.partialErrors.push({ error: gatewayError, path });
      },
    },
  );
  // One error per connection, though a contact may have several records (sources) in it.
  const givenUp = new Set(sources.filter((source) => merged.givenUp.includes(source.key)).map((source) => source.live.settings.id));
  for (const connectionId of givenUp) {
    const error = new GatewayError(
      'LIST_INCOMPLETE',
      `connection ${connectionId} failed ${MAX_CONSECUTIVE_FAILED_PAGES} pages in a row and was given up: this list leaves out its remaining tickets`,
      { connectionId },
    );
    context.partialErrors.push({ error, path });
  }
  const edges = merged.edges.map((edge) => lazyEdge(edge.node, () => encodeCursor(scope, edge.position)));
  return {
    edges,
    pageInfo: pageInfoOf(edges, merged.hasNextPage, position !== null, encodeCursor(scope, merged.endPosition)),
    totalCount: merged.totalCount,
  };
};
