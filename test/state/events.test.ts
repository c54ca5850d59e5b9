import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryEventBus, type EventBus } from '../../src/state/events.js';
import { createRedisEventBus } from '../../src/state/events-redis.js';
import { createMemoryPollMarks, type PollMarks } from '../../src/state/poll-marks.js';
import { createRedisPollMarks } from '../../src/state/poll-marks-redis.js';
import { createRedisConnection, type RedisConnection } from '../../src/state/redis.js';
import { redisAvailable, startRedis, type RunningRedis } from '../support/redis.js';

/** The same contract for both implementations of the events bus and the poll marks. */

const received = (bus: EventBus, channel: string) => {
  const messages: string[] = [];
  return { messages, stop: bus.subscribe(channel, (message) => messages.push(message)) };
};
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

const busContract = (name: string, make: () => { a: EventBus; b: EventBus }, wait: (ms: number) => Promise<void>) => {
  describe(name, () => {
    it('delivers to every listener of a channel (on every replica), and no longer after it stops', async () => {
      const { a, b } = make();
      const channel = `c-${Math.random()}`;
      const onA = received(a, channel);
      const onB = received(b, channel);
      const other = received(b, `${channel}-other`);
      await Promise.all([onA.stop, onB.stop, other.stop]);
      expect(await b.listeners(channel)).toBeGreaterThanOrEqual(1);
      await a.publish(channel, 'one');
      await settle();
      expect([onA.messages, onB.messages, other.messages]).toEqual([['one'], ['one'], []]);
      await (await onA.stop)();
      await (await onB.stop)();
      expect(await a.listeners(channel)).toBe(0);
      await a.publish(channel, 'two');
      await settle();
      expect([onA.messages, onB.messages]).toEqual([['one'], ['one']]);
    });

    it('claims a key once within its window, whichever replica asks', async () => {
      const { a, b } = make();
      const key = `k-${Math.random()}`;
      expect(await a.claimOnce(key, 200)).toBe(true);
      expect(await b.claimOnce(key, 200)).toBe(false);
      expect(await a.claimOnce(key, 200)).toBe(false);
      await wait(300);
      expect(await b.claimOnce(key, 200)).toBe(true);
    });
  });
};

const marksContract = (name: string, make: () => { a: PollMarks; b: PollMarks }, wait: (ms: number) => Promise<void>) => {
  describe(name, () => {
    it('keeps the mark where the last poll left it', async () => {
      const { a, b } = make();
      const id = `conn-${Math.random()}`;
      expect(await b.read(id)).toBeUndefined();
      await a.write(id, { at: 1000, ids: ['t1', 't2'], polledAt: 5 });
      expect(await b.read(id)).toEqual({ at: 1000, ids: ['t1', 't2'], polledAt: 5 });
    });

    it('leases a connection to one holder, renewed by it, free once it lapses or is released', async () => {
      const { a, b } = make();
      const id = `conn-${Math.random()}`;
      expect(await a.lease(id, 'replica-a', 200)).toBe(true);
      expect(await b.lease(id, 'replica-b', 200)).toBe(false);
      await wait(120);
      expect(await a.lease(id, 'replica-a', 200)).toBe(true); // renewed
      await wait(120);
      expect(await b.lease(id, 'replica-b', 200)).toBe(false); // still held after the first ttl
      await b.release(id, 'replica-b'); // not its lease: no effect
      expect(await b.lease(id, 'replica-b', 200)).toBe(false);
      await a.release(id, 'replica-a');
      expect(await b.lease(id, 'replica-b', 200)).toBe(true);
      await wait(300);
      expect(await a.lease(id, 'replica-a', 200)).toBe(true); // b's lapsed
    });
  });
};

let clock = 0;
const tick = async (ms: number) => void (clock += ms);
// In process there is one replica: both names are the same store.
busContract('in-memory bus', () => {
  const bus = createMemoryEventBus(() => clock);
  return { a: bus, b: bus };
}, tick);
marksContract('in-memory marks', () => {
  const marks = createMemoryPollMarks(() => clock);
  return { a: marks, b: marks };
}, tick);

describe.runIf(redisAvailable)('redis', () => {
  let redis: RunningRedis;
  const connections: RedisConnection[] = [];
  const replica = (): RedisConnection => {
    const connection = createRedisConnection(redis.url);
    connections.push(connection);
    return connection;
  };
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await redis.stop();
  });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  busContract('Redis bus (two replicas)', () => ({ a: createRedisEventBus(replica()), b: createRedisEventBus(replica()) }), sleep);
  marksContract('Redis marks (two replicas)', () => ({ a: createRedisPollMarks(replica()), b: createRedisPollMarks(replica()) }), sleep);
});
