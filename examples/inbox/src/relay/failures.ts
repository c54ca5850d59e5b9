import { createContext, useContext, useSyncExternalStore } from 'react';

/** One helpdesk that failed while the rest of a response arrived (`errors[].extensions.connectionId`). */
export interface ConnectionFailure {
  connectionId: string;
  code: string;
  message: string;
}

const NONE: readonly ConnectionFailure[] = [];

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** The failures a response reports per connection, one per connection (the first one given). */
export const connectionFailures = (errors: unknown): readonly ConnectionFailure[] => {
  if (!Array.isArray(errors)) return NONE;
  const byConnection = new Map<string, ConnectionFailure>();
  for (const error of errors) {
    const connectionId = field(field(error, 'extensions'), 'connectionId');
    if (typeof connectionId !== 'string' || byConnection.has(connectionId)) continue;
    const code = field(field(error, 'extensions'), 'code');
    const message = field(error, 'message');
    byConnection.set(connectionId, {
      connectionId,
      code: typeof code === 'string' ? code : 'UNKNOWN',
      message: typeof message === 'string' ? message : '',
    });
  }
  return byConnection.size === 0 ? NONE : [...byConnection.values()];
};

/**
 * The connection failures of the latest response to each operation, so a view shows what its own
 * most recent fetch (first page, next page or refetch) left out.
 */
export class FailureLog {
  #latest = new Map<string, { at: number; failures: readonly ConnectionFailure[] }>();
  #listeners = new Set<() => void>();
  #clock = 0;

  record(operation: string, failures: readonly ConnectionFailure[]): void {
    this.#latest.set(operation, { at: ++this.#clock, failures });
    for (const listener of this.#listeners) listener();
  }

  /** The failures of whichever of these operations answered last (a stable array until the next one). */
  latest(operations: readonly string[]): readonly ConnectionFailure[] {
    let newest: { at: number; failures: readonly ConnectionFailure[] } | undefined;
    for (const operation of operations) {
      const entry = this.#latest.get(operation);
      if (entry && (!newest || entry.at > newest.at)) newest = entry;
    }
    return newest?.failures ?? NONE;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

export const FailureLogContext = createContext<FailureLog>(new FailureLog());

export const useConnectionFailures = (operations: readonly string[]): readonly ConnectionFailure[] => {
  const log = useContext(FailureLogContext);
  return useSyncExternalStore(log.subscribe, () => log.latest(operations));
};
