import type { RecordCache } from './cache.js';
import { createMemoryRecordCache } from './cache-memory.js';
import { createRedisRecordCache } from './cache-redis.js';
import { createMemoryIdempotencyStore, createRedisIdempotencyStore, IDEMPOTENCY_WINDOW_MS, type IdempotencyStore } from './idempotency.js';
import { createMemoryRateLimitStore, createRedisRateLimitStore, type RateLimitStore } from './rate-limits.js';
import { createMemoryEventBus, type EventBus } from './events.js';
import { createRedisEventBus } from './events-redis.js';
import { createMemoryPollMarks, type PollMarks } from './poll-marks.js';
import { createRedisPollMarks } from './poll-marks-redis.js';
import { createRedisConnection } from './redis.js';

/**
 * Everything the gateway keeps between requests, behind one interface: in this process by default, in
 * Redis when `REDIS_URL` is set, so that every replica sees the same budgets, keys and events.
 * Each member is a small store of its own with both implementations side by side.
 */
export interface SharedState {
  /** `memory` or `redis`: which implementation backs every member. */
  readonly backend: 'memory' | 'redis';
  /** Upstream budgets per connection and client rates per token. */
  rateLimits: RateLimitStore;
  /** Results of mutations sent with an idempotency key. */
  idempotency: IdempotencyStore;
  /** Upstream records kept between requests (people, reference records), keyed by connection. */
  cache: RecordCache;
  /** Ticket events between replicas, and the memory of those already published. */
  events: EventBus;
  /** Where polling left off per connection, and which replica polls it. */
  marks: PollMarks;
  /** Closes every store and the Redis connections. */
  close(): Promise<void>;
}

export interface SharedStateOptions {
  /** The bound on the in-process record cache (`cache.maxMemoryMb`); 64 MiB by default. */
  cacheMaxBytes?: number;
}

/** The in-process cache bound a config's `cache` section sets. */
export const cacheMaxBytes = (cache: { maxMemoryMb: number }): number => cache.maxMemoryMb * 1024 * 1024;

const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export const createMemorySharedState = (options: SharedStateOptions = {}): SharedState => {
  const idempotency = createMemoryIdempotencyStore(IDEMPOTENCY_WINDOW_MS);
  const cache = createMemoryRecordCache({ maxBytes: options.cacheMaxBytes ?? DEFAULT_CACHE_BYTES });
  return {
    backend: 'memory',
    rateLimits: createMemoryRateLimitStore(),
    idempotency,
    cache,
    events: createMemoryEventBus(),
    marks: createMemoryPollMarks(),
    close: async () => {
      await Promise.all([idempotency.close(), cache.close()]);
    },
  };
};

export const createRedisSharedState = (url: string): SharedState => {
  const redis = createRedisConnection(url);
  return {
    backend: 'redis',
    rateLimits: createRedisRateLimitStore(redis),
    idempotency: createRedisIdempotencyStore(redis, IDEMPOTENCY_WINDOW_MS),
    cache: createRedisRecordCache(redis),
    events: createRedisEventBus(redis),
    marks: createRedisPollMarks(redis),
    close: () => redis.close(),
  };
};

/** Redis when `REDIS_URL` is set, else this process's memory. */
export const createSharedState = (env: NodeJS.ProcessEnv = process.env, options: SharedStateOptions = {}): SharedState => {
  const url = env['REDIS_URL'];
  return url ? createRedisSharedState(url) : createMemorySharedState(options);
};
