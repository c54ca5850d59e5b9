import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import type { RunningSimulator } from '../../src/simulators/sim-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { simControl, type SimControl } from '../support/sim-control.js';

/**
 * The `/_sim/faults` machinery every simulator shares, driven against each simulator. Requests go to
 * a path no route answers (its normal answer is the upstream's own 404) or to a real route without
 * credentials (a 401 after the rate budget is spent), so no request here depends on a dataset.
 */

/** A real route of each simulator, for the rate budgets (which only real routes spend). */
const ROUTES: Readonly<Record<string, { method: string; path: string }>> = {
  rest: { method: 'GET', path: '/api/v1/tickets' },
  plain: { method: 'POST', path: '/graphql/v1' },
  zendesk: { method: 'GET', path: '/api/v2/tickets' },
  pylon: { method: 'GET', path: '/issues' },
  helpdesk: { method: 'GET', path: '/helpdesk/api/v1/tickets' },
  desk: { method: 'GET', path: '/desk/api/v2/tickets.json' },
};

/** Where each upstream tells a rate-limited client when to come back. */
const RETRY_HINT: Readonly<Record<string, string>> = {
  rest: 'retry-after',
  plain: 'x-ratelimit-reset',
  zendesk: 'retry-after',
  pylon: 'retry-after',
  helpdesk: 'retry-after',
  desk: 'retry-after',
};

/** Every leaf of a JSON value with its path and JSON type. */
const leaves = (value: unknown, path = ''): [string, string][] => {
  if (Array.isArray(value)) return value.length === 0 ? [[path, 'empty list']] : value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, field]) => leaves(field, `${path}.${key}`));
  return [[path, value === null ? 'null' : typeof value]];
};

describe.each(SIMULATOR_KINDS.map((kind) => [kind.kind, kind] as const))('%s simulator faults', (name, kind) => {
  let simulator: RunningSimulator;
  let control: SimControl;
  const get = (path = '/no-such-route', method = 'GET') => fetch(`${simulator.url}${path}`, { method, headers: { 'content-type': 'application/json' } });

  beforeAll(async () => {
    simulator = await kind.start();
    control = simControl(simulator.url);
  });
  afterAll(() => simulator.close());
  beforeEach(() => control.reset());

  it('answers a count-limited fault `times` times, then serves normally', async () => {
    const normal = (await get()).status;
    expect(normal).toBe(404);
    await control.faults({ errorStatus: 503, times: 2 });
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(503);
    expect((await get()).status).toBe(normal);
    expect((await get()).status).toBe(normal);
  });

  it('counts `times` on the faulted routes only', async () => {
    await control.faults({ errorStatus: 500, times: 1, routes: ['GET (unmatched)'] });
    expect((await get('/no-such-route', 'POST')).status).toBe(404);
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(404);
  });

  it('resets the connection without an answer', async () => {
    await control.faults({ reset: true, times: 1 });
    const failure = await get().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(String((failure as { cause?: { code?: unknown } }).cause?.code)).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect((await get()).status).toBe(404);
  });

  it('breaks the wire schema: 200, valid JSON, the same keys with every value of another type', async () => {
    const real = await (await get()).json();
    await control.faults({ breakSchema: true });
    const broken = await get();
    expect(broken.status).toBe(200);
    const body = await broken.json();
    const [realLeaves, brokenLeaves] = [leaves(real), leaves(body)];
    expect(brokenLeaves.map(([path]) => path)).toEqual(realLeaves.map(([path]) => path));
    brokenLeaves.forEach(([, type], i) => expect(type).not.toBe(realLeaves[i]![1]));
  });

  it(`keeps the upstream's retry hint (${RETRY_HINT[name]}) on every 429`, async () => {
    await control.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 7 } });
    const burst = await get();
    expect(burst.status).toBe(429);
    expect(burst.headers.get(RETRY_HINT[name]!)).toBeTruthy();
    // A spent budget answers the same way.
    const route = ROUTES[name]!;
    await control.faults({ rateLimits: { '*': { requests: 1, windowMs: 60_000 } } });
    expect((await get(route.path, route.method)).status).not.toBe(429);
    const spent = await get(route.path, route.method);
    expect(spent.status).toBe(429);
    expect(spent.headers.get(RETRY_HINT[name]!)).toBeTruthy();
  });
});

describe('faults against the connectors', () => {
  const KINDS = SIMULATOR_KINDS.map((kind) => kind.kind);
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway(KINDS);
  });
  afterAll(() => g.close());

  const listOf = (kind: string) => g.gql(`query($c: ID!) { tickets(connectionId: $c, first: 3) { edges { node { id } } } }`, { c: `acme-${kind}` });

  it.each(KINDS)('breakSchema makes the %s connector refuse the answer as UPSTREAM_BAD_RESPONSE', async (kind) => {
    await g.control(kind, 'faults', { breakSchema: true });
    try {
      const result = await listOf(kind);
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_BAD_RESPONSE']);
    } finally {
      await g.control(kind, 'faults', {});
    }
  });

  it.each(KINDS)('503 twice then OK gives the %s connector its full answer after retries', async (kind) => {
    await g.control(kind, 'faults', { errorStatus: 503, times: 2 });
    try {
      const result = await listOf(kind);
      expect(result.errors).toBeUndefined();
      expect(result.data?.tickets.edges).toHaveLength(3);
    } finally {
      await g.control(kind, 'faults', {});
    }
  });
});
