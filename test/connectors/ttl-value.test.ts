import { describe, expect, it } from 'vitest';
import { ttlValue } from '../../src/connectors/ttl-value.js';

describe('ttlValue', () => {
  it('loads once for concurrent callers, keeps the value for the TTL, then loads again', async () => {
    let clock = 0;
    let loads = 0;
    const value = ttlValue(async () => ++loads, { ttlMs: 1000, now: () => clock });
    expect(await Promise.all([value.get(), value.get(), value.get()])).toEqual([1, 1, 1]);
    clock = 999;
    expect(await value.get()).toBe(1);
    clock = 1000;
    expect(await value.get()).toBe(2);
    expect(loads).toBe(2);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const value = ttlValue(async () => {
      if (fail) throw new Error('upstream down');
      return 'table';
    }, { ttlMs: 60_000 });
    await expect(value.get()).rejects.toThrow('upstream down');
    fail = false;
    expect(await value.get()).toBe('table');
  });
});
