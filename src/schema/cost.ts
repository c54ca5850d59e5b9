import type { GatewayContext } from '../context.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-args.js';

/**
 * The static cost model, checked before a query runs (src/protection/query-cost.ts): a field that can
 * call an upstream costs the calls it may make, and a connection multiplies the cost of what is
 * selected under it by its page size (`first`/`last`, default 20). Fields that read what is already in
 * hand cost nothing. It is an upper bound: by-id loads are batched per request, so a page of 50
 * tickets with their requesters costs 50 here and a few calls upstream.
 */

/** What a cost function may read: who asks and what is configured, known before execution. */
export type CostContext = Pick<GatewayContext, 'principal' | 'runtime'>;

export const COST = {
  /** A record loaded by id (a ticket, a contact, an agent). */
  load: 1,
  /** A message is found by reading its ticket's conversation, at most this many pages. */
  messageLookup: 10,
  /**
   * A mutation: the most calls a write takes (Plain sends one mutation per changed field, up to three)
   * and the read of the record it answers with.
   */
  mutation: 4,
} as const;

/** The most connections in any one workspace the token reads: a merged list asks each of them. */
export const connectionsInReach = (ctx: CostContext): number =>
  Math.max(1, ...[...ctx.principal.workspaceIds].map((id) => ctx.runtime.connectionsOf(id).length));

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

/** The page size a connection field will fetch, clamped as the field itself will clamp or refuse it. */
export const pageSizeOf = (args: PageArgs): number => Math.min(Math.max(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);

/** A list field: `calls` for the page itself, and what is under it once per edge. */
export const pageCost =
  (calls: (args: PageArgs & { connectionId?: unknown }, ctx: CostContext) => number) =>
  (args: PageArgs & { connectionId?: unknown }, ctx: CostContext): { field: number; multiplier: number } => ({
    field: calls(args, ctx),
    multiplier: pageSizeOf(args),
  });

/** A list of one connection, or of every connection in reach when no `connectionId` is given. */
export const perConnectionInScope = (args: { connectionId?: unknown }, ctx: CostContext): number =>
  args.connectionId === null || args.connectionId === undefined ? connectionsInReach(ctx) : 1;
