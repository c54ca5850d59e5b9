import type { DomainAgent, DomainContact } from '../domain/types.js';

// The page a connector answers and the page request it gets: shared by the connectors, which make
// pages, and by the Relay helpers and merges above them, which read them.

/**
 * One page request, already validated by the gateway: exactly one of `first` and `last` is set,
 * 1..100; `after` only with `first`, `before` only with `last`.
 */
export type PageRequest =
  | { first: number; after?: string; last?: undefined; before?: undefined }
  | { last: number; before?: string; first?: undefined; after?: undefined };

export interface Edge<T> {
  node: T;
  /** A connector cursor: the position just after this node for `after`, just before it for `before`. */
  cursor: string;
}

/** Records a listing response carried besides its items (Zendesk `include=users`, say). */
export interface Included {
  contacts?: readonly DomainContact[];
  agents?: readonly DomainAgent[];
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Total matching records, when the upstream reports it; null otherwise. */
  totalCount: number | null;
  /** Sideloaded records the loaders are primed with, so that resolving them costs no request. */
  included?: Included;
}
