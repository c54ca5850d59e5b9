import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../../src/state/rate-limits.js';

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
    expect(await store.reserve('k', rule, 0)).toEqual({ granted: true, waitMs: 0 });
    expect(await store.reserve('k', rule, 1000)).toEqual({ granted: false, waitMs: 60_000 });
    now = 60_000;
    expect(await store.reserve('k', rule, 0)).toEqual({ granted: true, waitMs: 0 });
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
