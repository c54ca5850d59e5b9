import type { RedisConnection } from './redis.js';

/**
 * Memory of mutations sent with an idempotency key: the first one claims the key, and for the window
 * after it finished its result is answered again instead of writing twice. In process by default;
 * in Redis when `REDIS_URL` is set, so that every replica answers the same.
 */

export type IdempotencyClaim =
  /** The key is new: this caller runs the write and then calls `complete` (or `release`). */
  | { state: 'claimed' }
  /** Another request with the key is still running. */
  | { state: 'pending'; fingerprint: string }
  | { state: 'done'; fingerprint: string; result: unknown };

export interface IdempotencyStore {
  /** Claims `key` for a request whose input hashes to `fingerprint`, or tells what holds it. */
  claim(key: string, fingerprint: string): Promise<IdempotencyClaim>;
  /** Records the result (JSON-serialisable) for the window. */
  complete(key: string, fingerprint: string, result: unknown): Promise<void>;
  /** Forgets a claim whose write never started. */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  fingerprint: string;
  result?: unknown;
  done: boolean;
}

/** How long a claim may stay pending before another request may take the key over. */
const PENDING_TTL_MS = 60_000;

export const createMemoryIdempotencyStore = (windowMs: number, now: () => number = Date.now): IdempotencyStore => {
  const entries = new Map<string, { entry: Entry; expiresAt: number }>();
  const sweep = (): void => {
    const at = now();
    for (const [key, held] of entries) if (held.expiresAt <= at) entries.delete(key);
  };
  return {
    async claim(key, fingerprint) {
      sweep();
      const held = entries.get(key);
      if (held) {
        return held.entry.done
          ? { state: 'done', fingerprint: held.entry.fingerprint, result: structuredClone(held.entry.result) }
          : { state: 'pending', fingerprint: held.entry.fingerprint };
      }
      entries.set(key, { entry: { fingerprint, done: false }, expiresAt: now() + PENDING_TTL_MS });
      return { state: 'claimed' };
    },
    async complete(key, fingerprint, result) {
      entries.set(key, { entry: { fingerprint, done: true, result: structuredClone(result) }, expiresAt: now() + windowMs });
    },
    async release(key) {
      entries.delete(key);
    },
    async close() {
      entries.clear();
    },
  };
};

const PREFIX = 'deskgraph:idempotency:';

/** Keys in Redis, shared by every replica; the connection belongs to the caller. */
export const createRedisIdempotencyStore = (redisConnection: RedisConnection, windowMs: number): IdempotencyStore => {
  const read = (raw: string | null): Entry | null => (raw === null ? null : (JSON.parse(raw) as Entry));
  return {
    async claim(key, fingerprint) {
      const redis = await redisConnection.client();
      const pending: Entry = { fingerprint, done: false };
      // SET NX: exactly one replica claims a key.
      const set = await redis.set(PREFIX + key, JSON.stringify(pending), 'PX', PENDING_TTL_MS, 'NX');
      if (set === 'OK') return { state: 'claimed' };
      const entry = read(await redis.get(PREFIX + key));
      if (!entry) return this.claim(key, fingerprint);
      return entry.done ? { state: 'done', fingerprint: entry.fingerprint, result: entry.result } : { state: 'pending', fingerprint: entry.fingerprint };
    },
    async complete(key, fingerprint, result) {
      const redis = await redisConnection.client();
      await redis.set(PREFIX + key, JSON.stringify({ fingerprint, done: true, result } satisfies Entry), 'PX', windowMs);
    },
    async release(key) {
      await (await redisConnection.client()).del(PREFIX + key);
    },
    async close() {
      // The connection is shared: its owner closes it.
    },
  };
};

/** Results are remembered for a day, as Stripe and others do. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
