/**
 * The shared record cache: upstream records that change rarely (people, organizations, tags), kept
 * between requests under keys the caller builds (connection first, so tenants never share an entry).
 * An entry is fresh for its TTL and then stale for a while longer: a stale entry is still answered,
 * and the caller refreshes it in the background. In process by default (an LRU bounded by memory);
 * in Redis when `REDIS_URL` is set, so that replicas share it. Values are JSON-serialisable and read
 * only: the in-process store hands out the object it keeps.
 */

export interface CachedValue {
  value: unknown;
  /** Past its TTL but within its stale window: answer it, and refresh it. */
  stale: boolean;
}

export interface CacheWrite {
  key: string;
  value: unknown;
  /** How long the entry is fresh. */
  ttlMs: number;
  /** How long after that it may still be answered while it is refreshed. */
  staleMs: number;
}

/** What a lookup found: a fresh entry, a stale one, or nothing. */
export type CacheOutcome = 'hit' | 'stale' | 'miss';

/** Lookups by outcome, for metrics. */
export interface CacheCounts {
  hit: number;
  stale: number;
  miss: number;
}

export interface RecordCache {
  /** One answer per key, in order; undefined where nothing (live) is kept. */
  getMany(keys: readonly string[]): Promise<(CachedValue | undefined)[]>;
  setMany(entries: readonly CacheWrite[]): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Lookups so far, by outcome. */
  counts(): CacheCounts;
  /** Calls `listener` once per key looked up; answers a function that stops it. */
  observe(listener: (outcome: CacheOutcome) => void): () => void;
  close(): Promise<void>;
}

/**
 * One connection's use of the cache: per record kind (`contacts`, `agents`…), how long an entry is
 * fresh (0 or absent: that kind is not kept), and how long it may be answered stale after that.
 */
export interface CachePolicy {
  ttlMs: Readonly<Record<string, number>>;
  staleMs: number;
}

/** The counters and listeners both stores share. */
export const cacheCounter = () => {
  const counts: CacheCounts = { hit: 0, stale: 0, miss: 0 };
  const listeners = new Set<(outcome: CacheOutcome) => void>();
  return {
    count(outcome: CacheOutcome): void {
      counts[outcome]++;
      for (const listener of listeners) listener(outcome);
    },
    counts: (): CacheCounts => ({ ...counts }),
    observe(listener: (outcome: CacheOutcome) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
