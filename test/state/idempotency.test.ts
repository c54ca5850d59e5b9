import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIdempotencyStore, createRedisIdempotencyStore, type IdempotencyStore } from '../../src/state/idempotency.js';

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

const REDIS = '/usr/bin/redis-server';
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe.runIf(existsSync(REDIS) || process.env['CI'] === 'true')('redis', () => {
  let redis: ChildProcess;
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      redis.once('error', reject);
      redis.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    });
    url = `redis://127.0.0.1:${port}`;
  });
  afterAll(() => {
    redis.kill();
  });
  contract('Redis store (REDIS_URL)', (windowMs) => createRedisIdempotencyStore(url, windowMs), (ms) => new Promise((resolve) => setTimeout(resolve, ms)));

  it('shares keys between two gateway replicas', async () => {
    const [a, b] = [createRedisIdempotencyStore(url, 60_000), createRedisIdempotencyStore(url, 60_000)];
    expect(await a.claim('shared', 'f')).toEqual({ state: 'claimed' });
    await a.complete('shared', 'f', 'first');
    expect(await b.claim('shared', 'f')).toEqual({ state: 'done', fingerprint: 'f', result: 'first' });
    await Promise.all([a.close(), b.close()]);
  });
});
