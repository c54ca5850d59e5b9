import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, createRedisIdempotencyStore, type IdempotencyStore } from '../../src/state/idempotency.js';
import { createRedisConnection, type RedisConnection } from '../../src/state/redis.js';
import { redisAvailable, startRedis, type RunningRedis } from '../support/redis.js';

/** The same contract for both stores: claim once, answer the result again, forget after the window. */
const contract = (name: string, make: (windowMs: number) => IdempotencyStore, wait: (ms: number) => Promise<void>) => {
  describe(name, () => {
    it('lets one caller claim a key; others see it pending, then done with its result', async () => {
      const store = make(60_000);
      const key = `k-${Math.random()}`;
      expect(await store.claim(key, 'f1')).toEqual({ state: 'claimed' });
      expect(await store.claim(key, 'f1')).toEqual({ state: 'pending', fingerprint: 'f1' });
      await store.complete(key, 'f1', { result: { id: 'x' }, errors: [] });
      expect(await store.claim(key, 'f2')).toEqual({ state: 'done', fingerprint: 'f1', result: { result: { id: 'x' }, errors: [] } });
      await store.close();
    });

    it('forgets a released key and a result past its window', async () => {
      const store = make(200);
      const key = `k-${Math.random()}`;
      await store.claim(key, 'f');
      await store.release(key);
      expect(await store.claim(key, 'f')).toEqual({ state: 'claimed' });
      await store.complete(key, 'f', 1);
      await wait(400);
      expect(await store.claim(key, 'f')).toEqual({ state: 'claimed' });
      await store.close();
    });
  });
};

let clock = 0;
contract('in-memory store', (windowMs) => createMemoryIdempotencyStore(windowMs, () => clock), async (ms) => void (clock += ms));

describe.runIf(redisAvailable)('redis', () => {
  let redis: RunningRedis;
  let connection: RedisConnection;
  beforeAll(async () => {
    redis = await startRedis();
    connection = createRedisConnection(redis.url);
  });
  afterAll(async () => {
    await connection.close();
    await redis.stop();
  });
  contract('Redis store (REDIS_URL)', (windowMs) => createRedisIdempotencyStore(connection, windowMs), (ms) => new Promise((resolve) => setTimeout(resolve, ms)));

  it('shares keys between two gateway replicas', async () => {
    // Two replicas: two connections of their own.
    const replicas = [createRedisConnection(redis.url), createRedisConnection(redis.url)];
    const [a, b] = replicas.map((replica) => createRedisIdempotencyStore(replica, 60_000)) as [IdempotencyStore, IdempotencyStore];
    expect(await a.claim('shared', 'f')).toEqual({ state: 'claimed' });
    await a.complete('shared', 'f', 'first');
    expect(await b.claim('shared', 'f')).toEqual({ state: 'done', fingerprint: 'f', result: 'first' });
    await Promise.all(replicas.map((replica) => replica.close()));
  });
});
