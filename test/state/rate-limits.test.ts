import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore, createRedisRateLimitStore, type RateLimitStore, type RateRule } from '../../src/state/rate-limits.js';
import { createRedisConnection, type RedisConnection } from '../../src/state/redis.js';
import { redisAvailable, startRedis, type RunningRedis } from '../support/redis.js';

describe('rate limit store (memory)', () => {
  it('never lets more than `limit` requests start in any window, whatever the arrival times', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10 }), fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 }), async (limit, gaps) => {
        let now = 0;
        const store = createMemoryRateLimitStore(() => now);
        const starts: number[] = [];
        for (const gap of gaps) {
          now += gap;
          const reservation = await store.reserve('k', { kind: 'window', limit, windowMs: 1000 }, Number.POSITIVE_INFINITY);
          expect(reservation.granted).toBe(true);
          starts.push(now + reservation.waitMs);
        }
        starts.sort((a, b) => a - b);
        for (let i = limit; i < starts.length; i++) expect((starts[i] as number) - (starts[i - limit] as number)).toBeGreaterThanOrEqual(1000);
      }),
    );
  });

  it('refuses without reserving when the wait would be too long', async () => {
    let now = 0;
    const store = createMemoryRateLimitStore(() => now);
    const rule = { kind: 'window', limit: 1, windowMs: 60_000 } as const;
    expect(await store.reserve('k', rule, 0)).toEqual({ granted: true, waitMs: 0, remaining: 0 });
    expect(await store.reserve('k', rule, 1000)).toEqual({ granted: false, waitMs: 60_000, remaining: 0 });
    now = 60_000;
    expect(await store.reserve('k', rule, 0)).toEqual({ granted: true, waitMs: 0, remaining: 0 });
  });

  it('says how many places are left: a window counts down, a bucket refills', async () => {
    let now = 0;
    const store = createMemoryRateLimitStore(() => now);
    const window = { kind: 'window', limit: 3, windowMs: 60_000 } as const;
    const left = async (key: string, rule: RateRule) => (await store.reserve(key, rule, 0)).remaining;
    expect([await left('w', window), await left('w', window), await left('w', window), await left('w', window)]).toEqual([2, 1, 0, 0]);
    const bucket = { kind: 'bucket', perMinute: 60, burst: 3 } as const;
    expect([await left('b', bucket), await left('b', bucket)]).toEqual([2, 1]);
    now += 2000;
    expect(await left('b', bucket)).toBe(2);
  });

  it('lets a token bucket burst, then settle to its rate', async () => {
    let now = 0;
    const store = createMemoryRateLimitStore(() => now);
    const rule = { kind: 'bucket', perMinute: 60, burst: 3 } as const;
    const granted = async () => (await store.reserve('t', rule, 0)).granted;
    expect([await granted(), await granted(), await granted(), await granted()]).toEqual([true, true, true, false]);
    now += 1000;
    expect([await granted(), await granted()]).toEqual([true, false]);
    // Keys are separate buckets.
    expect((await store.reserve('other', rule, 0)).granted).toBe(true);
  });
});

describe.runIf(redisAvailable)('rate limit store (Redis), shared by replicas', () => {
  let redis: RunningRedis;
  let replicas: RedisConnection[] = [];
  let stores: RateLimitStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    replicas = [createRedisConnection(redis.url), createRedisConnection(redis.url)];
    stores = replicas.map(createRedisRateLimitStore);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await redis.stop();
  });
  const key = () => `k-${Math.random()}`;

  it('grants one window of requests across both replicas, then says how long to wait', async () => {
    const rule = { kind: 'window', limit: 3, windowMs: 60_000 } as const;
    const shared = key();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await (stores[i % 2] as RateLimitStore).reserve(shared, rule, 0));
    expect(answers.map((answer) => answer.granted)).toEqual([true, true, true, false, false, false]);
    expect(answers.map((answer) => answer.remaining)).toEqual([2, 1, 0, 0, 0, 0]);
    // The refused ones wait until the first start leaves the window.
    expect(answers[3]?.waitMs).toBeGreaterThan(59_000);
    expect(answers[3]?.waitMs).toBeLessThanOrEqual(60_000);
  });

  it('queues a reservation that may wait, one window later than the one it follows', async () => {
    const rule = { kind: 'window', limit: 1, windowMs: 500 } as const;
    const shared = key();
    const [a, b] = stores as [RateLimitStore, RateLimitStore];
    expect(await a.reserve(shared, rule, 0)).toEqual({ granted: true, waitMs: 0, remaining: 0 });
    const queued = await b.reserve(shared, rule, 10_000);
    expect(queued.granted).toBe(true);
    expect(queued.waitMs).toBeGreaterThan(400);
    const next = await a.reserve(shared, rule, 10_000);
    expect(next.waitMs).toBeGreaterThan(900);
  });

  it('lets a token bucket burst across replicas, then refills', async () => {
    const rule = { kind: 'bucket', perMinute: 60, burst: 2 } as const;
    const shared = key();
    const granted = async (store: RateLimitStore) => (await store.reserve(shared, rule, 0)).granted;
    const [a, b] = stores as [RateLimitStore, RateLimitStore];
    const first = await a.reserve(shared, rule, 0);
    expect(first).toMatchObject({ granted: true, remaining: 1 });
    expect([await granted(b), await granted(a)]).toEqual([true, false]);
    // One token a second: after 1.1 s one more goes, and the next would wait 0.9 s.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await granted(b)).toBe(true);
    // Keys are separate buckets.
    expect(await granted(a)).toBe(false);
    expect((await a.reserve(key(), rule, 0)).granted).toBe(true);
  });
});
