import { cacheCounter, type RecordCache } from './cache.js';
import type { RedisConnection } from './redis.js';

/**
 * The record cache in Redis, shared by every replica: one string per key holding the value and the
 * time it stops being fresh, expiring (PX) at the end of its stale window. A lookup is one MGET, a
 * store one pipelined SET per entry, an invalidation one DEL, whatever the number of keys.
 */
export interface RedisCacheOptions {
  /** Prepended to every key, so that the cache shares a Redis with other state. */
  prefix?: string;
  /** The clock that decides freshness, for tests. */
  now?: () => number;
}

interface Stored {
  /** The value. */
  v: unknown;
  /** Fresh until this time (ms since the epoch). */
  f: number;
}

export const createRedisRecordCache = (connection: RedisConnection, { prefix = 'deskgraph:cache:', now = Date.now }: RedisCacheOptions = {}): RecordCache => {
  const counter = cacheCounter();
  const full = (key: string): string => prefix + key;
  return {
    async getMany(keys) {
      if (keys.length === 0) return [];
      const raws = await (await connection.client()).mget(keys.map(full));
      const at = now();
      return raws.map((raw) => {
        if (raw === null) {
          counter.count('miss');
          return undefined;
        }
        const stored = JSON.parse(raw) as Stored;
        const stale = stored.f <= at;
        counter.count(stale ? 'stale' : 'hit');
        return { value: stored.v, stale };
      });
    },
    async setMany(writes) {
      if (writes.length === 0) return;
      const at = now();
      const pipeline = (await connection.client()).pipeline();
      for (const { key, value, ttlMs, staleMs } of writes) {
        pipeline.set(full(key), JSON.stringify({ v: value, f: at + ttlMs } satisfies Stored), 'PX', Math.max(1, ttlMs + staleMs));
      }
      await pipeline.exec();
    },
    async deleteMany(keys) {
      if (keys.length > 0) await (await connection.client()).del(keys.map(full));
    },
    counts: counter.counts,
    observe: counter.observe,
    // The connection belongs to the shared state, which closes it.
    async close() {},
  };
};
