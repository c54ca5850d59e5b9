import { badInput } from '../domain/errors.js';
import type { PageRequest } from './page.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay arguments as a connection field receives them. */
export interface RelayArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A validated page request with its cursor still in the gateway's own (wrapped) form. */
export type GatewayPageArgs =
  | { direction: 'forward'; size: number; cursor: string | null }
  | { direction: 'backward'; size: number; cursor: string | null };

const checkSize = (name: 'first' | 'last', value: number): number => {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}`);
  }
  return value;
};

/**
 * Reads Relay arguments strictly: one direction at a time, sizes 1..100, default `first: 20`.
 * Mixing directions (`first` with `last`, `first` with `before`, `last` with `after`) is refused
 * rather than guessed at.
 */
export const parsePageArgs = (args: RelayArgs): GatewayPageArgs => {
  const { first, after, last, before } = args;
  const has = (value: unknown): boolean => value !== undefined && value !== null;
  if (has(first) && has(last)) throw badInput('pass either `first` or `last`, not both');
  if (has(first) && has(before)) throw badInput('`before` pages backward: use it with `last`, not `first`');
  if (has(last) && has(after)) throw badInput('`after` pages forward: use it with `first`, not `last`');
  if (has(after) && has(before)) throw badInput('pass either `after` or `before`, not both');
  if (has(last) || has(before)) {
    return { direction: 'backward', size: checkSize('last', last ?? DEFAULT_PAGE_SIZE), cursor: before ?? null };
  }
  return { direction: 'forward', size: checkSize('first', first ?? DEFAULT_PAGE_SIZE), cursor: after ?? null };
};

/** The connector-facing request for validated args whose cursor has been unwrapped. */
export const toPageRequest = (args: GatewayPageArgs, connectorCursor: string | undefined): PageRequest =>
  args.direction === 'forward'
    ? { first: args.size, ...(connectorCursor === undefined ? {} : { after: connectorCursor }) }
    : { last: args.size, ...(connectorCursor === undefined ? {} : { before: connectorCursor }) };
