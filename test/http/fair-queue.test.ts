import { describe, expect, it } from 'vitest';
import { createFairQueue } from '../../src/connectors/http/fair-queue.js';

describe('fair queue', () => {
  it('gives free slots to waiting requests in turn, not in arrival order', async () => {
    const queue = createFairQueue(1);
    const heavy = {};
    const light = {};
    const order: string[] = [];
    const first = await queue.acquire(heavy);
    // Each waiter, once granted, notes its turn and frees the slot at once.
    const wait = (owner: object, name: string) =>
      queue.acquire(owner).then((release) => {
        order.push(name);
        release();
      });
    const waits = [wait(heavy, 'heavy1'), wait(heavy, 'heavy2'), wait(heavy, 'heavy3'), wait(light, 'light')];
    expect(queue.waiting).toBe(4);
    first();
    await Promise.all(waits);
    // The light request arrived last but is served second: one turn each.
    expect(order).toEqual(['heavy1', 'light', 'heavy2', 'heavy3']);
    expect(queue.active).toBe(0);
    expect(queue.waiting).toBe(0);
  });

  it('drops a waiter whose signal aborts', async () => {
    const queue = createFairQueue(1);
    const release = await queue.acquire({});
    const aborter = new AbortController();
    const waiting = queue.acquire({}, aborter.signal);
    aborter.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(queue.waiting).toBe(0);
    release();
    expect(queue.active).toBe(0);
  });
});
