import { describe, expect, it } from 'vitest';
import { createRedisRecordCache } from '../../src/state/cache-redis.js';
import { redisAvailable, useRedisConnection } from '../support/redis.js';
import type { RecordCache } from '../../src/state/cache.js';
import { createMemoryRecordCache } from '../../src/state/cache-memory.js';

/** The same contract for both stores: fresh, then stale, then gone; deletes; counts by outcome. */
const cacheContract = (name: string, make: (now: () => number) => RecordCache | Promise<RecordCache>) => {
  describe(name, () => {
    it('answers an entry fresh for its TTL, stale for its stale window, then not at all', async () => {
      let clock = Date.now();
      const cache = await make(() => clock);
      const key = `k-${Math.random()}`;
      await cache.setMany([{ key, value: { name: 'Ada' }, ttlMs: 1000, staleMs: 1000 }]);
      expect(await cache.getMany([key, `${key}-other`])).toEqual([{ value: { name: 'Ada' }, stale: false }, undefined]);
      clock += 1500;
      expect(await cache.getMany([key])).toEqual([{ value: { name: 'Ada' }, stale: true }]);
      expect(cache.counts()).toEqual({ hit: 1, stale: 1, miss: 1 });
      await cache.close();
    });

    it('forgets deleted keys and tells each lookup to its observers', async () => {
      const cache = await make(Date.now);
      const seen: string[] = [];
      const stop = cache.observe((outcome) => seen.push(outcome));
      const [a, b] = [`a-${Math.random()}`, `b-${Math.random()}`];
      await cache.setMany([
        { key: a, value: 1, ttlMs: 60_000, staleMs: 0 },
        { key: b, value: 2, ttlMs: 60_000, staleMs: 0 },
      ]);
      await cache.deleteMany([a]);
      expect(await cache.getMany([a, b])).toEqual([undefined, { value: 2, stale: false }]);
      stop();
      await cache.getMany([a]);
      expect(seen).toEqual(['miss', 'hit']);
      await cache.close();
    });
  });
};

cacheContract('in-memory record cache', (now) => createMemoryRecordCache({ maxBytes: 1 << 20, now }));

describe('in-memory record cache bound', () => {
  it('evicts the least recently used entries to stay within its memory bound', async () => {
    const cache = createMemoryRecordCache({ maxBytes: 10_000 });
    const value = 'x'.repeat(1000);
    await cache.setMany([0, 1, 2, 3].map((i) => ({ key: `k${i}`, value, ttlMs: 60_000, staleMs: 0 })));
    await cache.getMany(['k0']); // k0 is now the most recent
    await cache.setMany([4, 5].map((i) => ({ key: `k${i}`, value, ttlMs: 60_000, staleMs: 0 })));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    const kept = (await cache.getMany(['k0', 'k1', 'k2', 'k3', 'k4', 'k5'])).map((entry) => entry !== undefined);
    expect(kept).toEqual([true, false, false, true, true, true]);
  });

  it('keeps nothing larger than the whole bound', async () => {
    const cache = createMemoryRecordCache({ maxBytes: 1000 });
    await cache.setMany([{ key: 'big', value: 'x'.repeat(2000), ttlMs: 60_000, staleMs: 0 }]);
    expect(await cache.getMany(['big'])).toEqual([undefined]);
    expect(cache.bytes).toBe(0);
  });
});

describe.runIf(redisAvailable)('Redis', () => {
  const redis = useRedisConnection();

  cacheContract('Redis record cache', (now) => createRedisRecordCache(redis.connection(), { now }));

  it('lets Redis drop an entry at the end of its stale window', async () => {
    const cache = createRedisRecordCache(redis.connection());
    await cache.setMany([{ key: 'short', value: 1, ttlMs: 50, staleMs: 50 }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await cache.getMany(['short'])).toEqual([undefined]);
  });
});
