import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGlobalId, idParts } from '../../src/domain/global-id.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

/**
 * The bounds that hold while a request runs: its upstream-call budget, its deadline, its client's
 * signal, the per-token rate, each upstream's budget, the circuit breaker, and fair sharing.
 */

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const codes = (errors: { extensions?: Record<string, unknown> }[] | undefined): string[] =>
  (errors ?? []).map((error) => String(error.extensions?.['code']));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('per-request upstream budget', () => {
  it('stops calling upstreams past the budget and still returns what it fetched', async () => {
    t = await startTestGateway(['rest'], { limits: { maxUpstreamCalls: 3 } });
    const result = await t.gql('{ tickets(first: 20) { edges { node { subject requester { name } } } } }');
    expect(result.data?.tickets.edges).toHaveLength(20);
    expect(result.data?.tickets.edges[0].node.subject).toEqual(expect.any(String));
    expect(codes(result.errors)).toEqual(['UPSTREAM_BUDGET_EXCEEDED']);
    expect(result.errors?.[0]?.message).toContain('budget of 3 upstream calls');
    expect((await t.stats('rest')).total).toBe(3);
    expect(result.extensions?.['cost']).toMatchObject({ upstreamCalls: 3, upstreamCallLimit: 3 });
  });
});

describe('identical calls', () => {
  it('makes an identical list call once per request, however many fields ask for it', async () => {
    t = await startTestGateway(['rest']);
    const page = 'tickets(connectionId: "acme-rest", first: 5) { edges { node { subject } } }';
    const result = await t.gql(`{ a: ${page} b: ${page} c: tickets(connectionId: "acme-rest", first: 5) { totalCount } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.a).toEqual(result.data?.b);
    expect((await t.stats('rest')).byRoute).toEqual({ 'GET /api/v1/tickets': 1 });
  });
});

describe('deadline', () => {
  it('answers within the deadline with the other connections’ data when one upstream hangs', async () => {
    t = await startTestGateway(['rest', 'plain'], { limits: { deadlineMs: 1000 }, timeoutMs: 5000 });
    await t.control('plain', 'faults', { hang: true });
    const started = performance.now();
    const result = await t.gql('{ tickets(first: 5) { edges { node { subject helpdesk { kind } } } } }');
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1800);
    expect(result.data?.tickets.edges.length).toBeGreaterThan(0);
    expect(codes(result.errors)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(result.errors?.[0]?.extensions?.['connectionId']).toBe('acme-plain');
  });

  it('asks a connection that failed once in a request no more, and reports it once', async () => {
    // The per-call timeout is below the deadline, as by default: the hanging upstream costs one timeout,
    // and the rest of the request (the lists after the lookups) still has time.
    t = await startTestGateway(['rest', 'plain'], { limits: { deadlineMs: 3000 }, timeoutMs: 600 });
    await t.control('plain', 'faults', { hang: true });
    const started = performance.now();
    const result = await t.gql(`{
      contactByEmail(email: "${PEOPLE[0]?.email}") {
        email identities { externalId }
        helpdeskTickets(first: 5) { edges { node { subject } } }
        tickets(first: 5) { edges { node { subject } } }
      }
    }`);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result.data?.contactByEmail?.helpdeskTickets.edges.length).toBeGreaterThan(0);
    expect(codes(result.errors)).toEqual(['UPSTREAM_TIMEOUT']);
    expect((await t.stats('plain')).total).toBe(1);
  });
});

describe('cancellation', () => {
  it('stops upstream calls when the client disconnects', async () => {
    t = await startTestGateway(['rest'], {
      limits: { maxUpstreamCalls: 10_000, deadlineMs: 60_000, maxCost: 100_000 },
      connection: { rate: { maxConcurrency: 2 } },
    });
    await t.control('rest', 'faults', { latencyMs: 50 });
    const server = createServer(t.gateway.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const aborter = new AbortController();
      // Hundreds of slow calls: each ticket's requester has a list of its own.
      const heavy = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.read}` },
        body: JSON.stringify({ query: '{ tickets(first: 100) { edges { node { requester { tickets(first: 100) { edges { node { subject } } } } } } } }' }),
        signal: aborter.signal,
      }).catch((error: unknown) => error);
      await sleep(400);
      const during = (await t.stats('rest')).total;
      expect(during).toBeGreaterThan(0);
      aborter.abort();
      await heavy;
      await sleep(300);
      const settled = (await t.stats('rest')).total;
      await sleep(700);
      // At most the calls already in flight finish (two, the pool's size); nothing new starts.
      expect((await t.stats('rest')).total).toBe(settled);
      expect(settled - during).toBeLessThanOrEqual(4);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('fair sharing and rates', () => {
  it('serves a small query while a heavy one queues behind its own calls', async () => {
    t = await startTestGateway(['rest'], {
      limits: { maxUpstreamCalls: 10_000, deadlineMs: 60_000, maxCost: 100_000 },
      connection: { rate: { maxConcurrency: 2 } },
    });
    await t.control('rest', 'faults', { latencyMs: 40 });
    let heavyDone = false;
    const heavy = t
      .gql('{ tickets(first: 60) { edges { node { requester { tickets(first: 5) { edges { node { subject } } } } } } } }')
      .then((result) => {
        heavyDone = true;
        return result;
      });
    await sleep(200);
    const started = performance.now();
    const light = await t.gql('{ tickets(first: 5) { edges { node { subject } } } }');
    const lightMs = performance.now() - started;
    expect(light.errors).toBeUndefined();
    expect(heavyDone).toBe(false);
    // One call of 40 ms waits for at most one slot to free up: far below the heavy query's seconds.
    expect(lightMs).toBeLessThan(400);
    expect((await heavy).errors).toBeUndefined();
  });

  it('limits each token to its rate with 429 RATE_LIMITED and Retry-After', async () => {
    t = await startTestGateway(['rest'], { readTokenLimits: { requestsPerMinute: 60, burst: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.gql('{ viewer { tokenId } }')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await t.gql('{ viewer { tokenId } }');
    expect(codes(refused.errors)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another token has its own bucket.
    expect((await t.gql('{ viewer { tokenId } }', undefined, TOKENS.write)).status).toBe(200);
  });

  it('keeps a connection under a budget of N a minute: the upstream sees at most N', async () => {
    t = await startTestGateway(['rest'], { limits: { deadlineMs: 1000 }, connection: { rate: { requestsPerMinute: 5 } } });
    const results = [];
    for (let page = 0; page < 8; page++) results.push(await t.gql(`{ tickets(first: 1, filter: { search: "x${page}" }) { totalCount } }`));
    expect((await t.stats('rest')).total).toBe(5);
    const refusals = results.flatMap((result) => codes(result.errors));
    expect(refusals).toEqual(['UPSTREAM_RATE_LIMITED', 'UPSTREAM_RATE_LIMITED', 'UPSTREAM_RATE_LIMITED']);
  });
});

describe('circuit breaker', () => {
  it('opens after repeated failures and then answers at once without touching the upstream', async () => {
    t = await startTestGateway(['rest'], { connection: { breaker: { failureThreshold: 2, openMs: 60_000 }, rate: { maxRetries: 0 } } });
    await t.control('rest', 'faults', { errorStatus: 503 });
    for (let i = 0; i < 2; i++) expect(codes((await t.gql('{ tickets(first: 1) { totalCount } }')).errors)).toEqual(['UPSTREAM_UNAVAILABLE']);
    const before = (await t.stats('rest')).total;
    await t.control('rest', 'faults', {});
    const started = performance.now();
    const open = await t.gql('{ tickets(first: 1) { totalCount } }');
    expect(performance.now() - started).toBeLessThan(300);
    expect(codes(open.errors)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(open.errors?.[0]?.message).toContain('calls pause');
    expect((await t.stats('rest')).total).toBe(before);
  });
});

describe('ids', () => {
  it('refuses a global id whose upstream id is malformed for its connector, without a call', async () => {
    t = await startTestGateway(['zendesk']);
    const id = encodeGlobalId('Ticket', idParts('acme-zendesk', 'not-a-number'));
    const result = await t.gql('query ($id: ID!) { ticket(id: $id) { subject } }', { id });
    expect(codes(result.errors)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('is not a valid zendesk id for a Ticket');
    expect((await t.stats('zendesk')).total).toBe(0);
  });
});
